package cn.ipfin.core.riskshare;

import cn.ipfin.core.money.Money;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A guarantor's recourse on the enterprise after its compensation (代偿), serviced like a credit loan (Shenzhen 004
 * (九): 参照信用贷款予以代偿): the amount it paid is the principal, due by the instalments it sets; every receipt
 * settles the earliest instalment still open, so what is overdue on a day is what fell due before it and is not yet
 * covered by the receipts.
 *
 * @param instalments due dates strictly increasing, amounts positive and summing exactly to the principal; empty until
 *                    the guarantor sets them (then nothing is overdue)
 */
public record RecourseSchedule(Money principal, List<Instalment> instalments) {

    public record Instalment(LocalDate dueOn, Money amount) {
        public Instalment {
            Objects.requireNonNull(dueOn);
            if (!amount.isPositive()) throw new IllegalArgumentException("an instalment is positive: " + amount);
        }
    }

    /** One instalment as it stands: what of it the receipts have settled. */
    public record Line(LocalDate dueOn, Money amount, Money settled) {
        public Money open() {
            return amount.minus(settled);
        }
    }

    /** The receivable on a day: its balance, what is overdue and since how many days, each instalment's state. */
    public record Position(Money balance, Money overdue, int daysOverdue, List<Line> lines) {
    }

    public RecourseSchedule {
        if (!principal.isPositive()) throw new IllegalArgumentException("a recourse principal is positive: " + principal);
        instalments = List.copyOf(instalments);
        if (!instalments.isEmpty() && !fits(principal, instalments)) {
            throw new IllegalArgumentException("instalments " + instalments + " do not schedule " + principal);
        }
    }

    public static RecourseSchedule unscheduled(Money principal) {
        return new RecourseSchedule(principal, List.of());
    }

    /** True when the instalments sum exactly to the principal with their due dates strictly increasing. */
    public static boolean fits(Money principal, List<Instalment> instalments) {
        if (instalments.isEmpty()) return false;
        for (int i = 1; i < instalments.size(); i++) {
            if (!instalments.get(i).dueOn().isAfter(instalments.get(i - 1).dueOn())) return false;
        }
        return total(instalments).equals(principal);
    }

    public static Money total(List<Instalment> instalments) {
        return instalments.stream().map(Instalment::amount).reduce(Money.zero(), Money::plus);
    }

    /**
     * {@code count} monthly instalments from {@code firstDue} (one is a single due date): equal parts rounded down to
     * the fen, the fen left over on the last, so that they sum exactly to the principal.
     */
    public static List<Instalment> monthly(Money principal, LocalDate firstDue, int count) {
        if (count < 1 || principal.toFen() < count) {
            throw new IllegalArgumentException(count + " instalments cannot schedule " + principal);
        }
        Money part = principal.dividedBy(count, RoundingMode.DOWN);
        List<Instalment> list = new ArrayList<>();
        for (int i = 0; i < count - 1; i++) list.add(new Instalment(firstDue.plusMonths(i), part));
        list.add(new Instalment(firstDue.plusMonths(count - 1), principal.minus(part.times(count - 1))));
        return list;
    }

    /**
     * The receivable grown by a further payment of the guarantor's share: the increase falls due with the last
     * instalment, so the schedule the guarantor set still sums to the principal.
     */
    public RecourseSchedule grownBy(Money paid) {
        if (!paid.isPositive()) throw new IllegalArgumentException("a payment is positive: " + paid);
        if (instalments.isEmpty()) return unscheduled(principal.plus(paid));
        List<Instalment> grown = new ArrayList<>(instalments);
        Instalment last = grown.removeLast();
        grown.add(new Instalment(last.dueOn(), last.amount().plus(paid)));
        return new RecourseSchedule(principal.plus(paid), grown);
    }

    /** Where the receivable stands on {@code asOf} after {@code received} in all; never more than the principal. */
    public Position position(Money received, LocalDate asOf) {
        if (received.isNegative() || received.isGreaterThan(principal)) {
            throw new IllegalArgumentException("received " + received + " of " + principal);
        }
        Money left = received;
        Money overdue = Money.zero();
        LocalDate oldestOpen = null;
        List<Line> lines = new ArrayList<>();
        for (Instalment i : instalments) {
            Money settled = left.min(i.amount());
            left = left.minus(settled);
            Line line = new Line(i.dueOn(), i.amount(), settled);
            lines.add(line);
            if (i.dueOn().isBefore(asOf) && line.open().isPositive()) {
                overdue = overdue.plus(line.open());
                if (oldestOpen == null) oldestOpen = i.dueOn();
            }
        }
        int days = oldestOpen == null ? 0 : (int) ChronoUnit.DAYS.between(oldestOpen, asOf);
        return new Position(principal.minus(received), overdue, days, List.copyOf(lines));
    }
}
