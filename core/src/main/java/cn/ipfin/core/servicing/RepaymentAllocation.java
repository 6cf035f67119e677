package cn.ipfin.core.servicing;

import cn.ipfin.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Splits one repayment over what is owed, in the order the platform's loan contracts state: first the loan's penalty
 * (罚息 and 复利), then overdue interest (oldest instalment first), then overdue principal (oldest first), then the
 * interest and then the principal of the instalments due on the value date. Instalments due later receive nothing;
 * what is left is returned as {@code unallocated} for the caller to refund, hold or apply as a prepayment.
 *
 * <p>Without such a clause 《民法典》第五百六十一条 applies the same idea (costs, then interest, then principal) and
 * 第五百六十条 the oldest debt first; the contract clause makes the order explicit, and this class is that clause.
 * "Overdue" means due before the value date; "current" means due on it.
 */
public final class RepaymentAllocation {

    private RepaymentAllocation() {
    }

    /** What one instalment still owes. */
    public record InstalmentDue(int number, LocalDate dueDate, Money principalOutstanding, Money interestOutstanding) {
        public InstalmentDue {
            Objects.requireNonNull(dueDate, "dueDate");
            if (number < 1) throw new IllegalArgumentException("instalment numbers start at 1: " + number);
            if (principalOutstanding.isNegative() || interestOutstanding.isNegative()) {
                throw new IllegalArgumentException("negative amount outstanding on instalment " + number);
            }
        }
    }

    /**
     * What one instalment receives.
     *
     * @param overdue true if the instalment fell due before the value date, false if it falls due on it
     */
    public record InstalmentPart(int number, Money interest, Money principal, boolean overdue) {
        public Money total() {
            return interest.plus(principal);
        }
    }

    /**
     * The split: {@code penalty + Σ parts + unallocated} equals the amount paid, exactly. Parts list only the
     * instalments that receive something, oldest first.
     */
    public record Allocation(Money penalty, List<InstalmentPart> parts, Money unallocated) {
        public Allocation {
            Objects.requireNonNull(penalty, "penalty");
            Objects.requireNonNull(unallocated, "unallocated");
            parts = List.copyOf(parts);
        }

        public Money overdueInterest() {
            return sum(InstalmentPart::overdue, InstalmentPart::interest);
        }

        public Money overduePrincipal() {
            return sum(InstalmentPart::overdue, InstalmentPart::principal);
        }

        public Money currentInterest() {
            return sum(part -> !part.overdue(), InstalmentPart::interest);
        }

        public Money currentPrincipal() {
            return sum(part -> !part.overdue(), InstalmentPart::principal);
        }

        /** Everything allocated, penalty included; the amount paid less {@link #unallocated()}. */
        public Money allocated() {
            return penalty.plus(sum(part -> true, InstalmentPart::total));
        }

        /** The amount paid: allocated plus unallocated. */
        public Money total() {
            return allocated().plus(unallocated);
        }

        private Money sum(Predicate<InstalmentPart> which, Function<InstalmentPart, Money> amount) {
            return parts.stream().filter(which).map(amount).reduce(Money.zero(), Money::plus);
        }
    }

    /** Allocates {@code amount} (positive) paid on {@code valueDate}. */
    public static Allocation allocate(List<InstalmentDue> dues, Money penaltyOutstanding, LocalDate valueDate, Money amount) {
        if (!amount.isPositive()) throw new IllegalArgumentException("a repayment must be positive: " + amount);
        List<InstalmentDue> payable = payable(dues, penaltyOutstanding, valueDate);

        Money penalty = amount.min(penaltyOutstanding);
        Money left = amount.minus(penalty);
        Map<Integer, Money> interest = new LinkedHashMap<>();
        Map<Integer, Money> principal = new LinkedHashMap<>();
        Predicate<InstalmentDue> overdue = due -> due.dueDate().isBefore(valueDate);
        left = fill(payable, overdue, InstalmentDue::interestOutstanding, interest, left);
        left = fill(payable, overdue, InstalmentDue::principalOutstanding, principal, left);
        left = fill(payable, overdue.negate(), InstalmentDue::interestOutstanding, interest, left);
        left = fill(payable, overdue.negate(), InstalmentDue::principalOutstanding, principal, left);

        List<InstalmentPart> parts = new ArrayList<>();
        for (InstalmentDue due : payable) {
            Money i = interest.getOrDefault(due.number(), Money.zero());
            Money p = principal.getOrDefault(due.number(), Money.zero());
            if (i.isPositive() || p.isPositive()) parts.add(new InstalmentPart(due.number(), i, p, overdue.test(due)));
        }
        return new Allocation(penalty, parts, left);
    }

    /** Everything payable on {@code valueDate}: the penalty and the interest and principal of instalments due by then. */
    public static Money totalDue(List<InstalmentDue> dues, Money penaltyOutstanding, LocalDate valueDate) {
        return payable(dues, penaltyOutstanding, valueDate).stream()
                .map(due -> due.interestOutstanding().plus(due.principalOutstanding()))
                .reduce(penaltyOutstanding, Money::plus);
    }

    /** The instalments due on or before the value date, oldest first (by due date, then number). */
    private static List<InstalmentDue> payable(List<InstalmentDue> dues, Money penaltyOutstanding, LocalDate valueDate) {
        Objects.requireNonNull(valueDate, "valueDate");
        if (penaltyOutstanding.isNegative()) throw new IllegalArgumentException("negative penalty outstanding: " + penaltyOutstanding);
        var numbers = new HashSet<Integer>();
        for (InstalmentDue due : dues) {
            if (!numbers.add(due.number())) throw new IllegalArgumentException("instalment " + due.number() + " listed twice");
        }
        return dues.stream()
                .filter(due -> !due.dueDate().isAfter(valueDate))
                .sorted(Comparator.comparing(InstalmentDue::dueDate).thenComparingInt(InstalmentDue::number))
                .toList();
    }

    /** Pays one bucket oldest first; returns what is left. */
    private static Money fill(List<InstalmentDue> payable, Predicate<InstalmentDue> inBucket, Function<InstalmentDue, Money> owed,
                              Map<Integer, Money> paid, Money left) {
        for (InstalmentDue due : payable) {
            if (!left.isPositive()) break;
            if (!inBucket.test(due)) continue;
            Money part = left.min(owed.apply(due));
            paid.merge(due.number(), part, Money::plus);
            left = left.minus(part);
        }
        return left;
    }
}
