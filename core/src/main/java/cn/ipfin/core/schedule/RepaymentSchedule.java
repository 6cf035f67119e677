package cn.ipfin.core.schedule;

import cn.ipfin.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The instalments of one loan under its terms. Construction checks the rule every schedule obeys: the balance runs
 * from the principal to zero, line to line, so the principal parts sum exactly to the principal. Lines are numbered
 * from {@code terms.anchorOffset() + 1}, so a revised schedule continues the numbering of the one it replaces.
 */
public record RepaymentSchedule(ScheduleTerms terms, List<Instalment> instalments) {

    public RepaymentSchedule {
        Objects.requireNonNull(terms, "terms");
        instalments = List.copyOf(instalments);
        if (instalments.isEmpty()) throw new IllegalArgumentException("a schedule has at least one instalment");
        Money balance = terms.principal();
        for (int i = 0; i < instalments.size(); i++) {
            Instalment line = instalments.get(i);
            int expected = terms.anchorOffset() + i + 1;
            if (line.number() != expected) throw new IllegalArgumentException("instalment " + expected + " is numbered " + line.number());
            if (!line.openingBalance().equals(balance)) {
                throw new IllegalArgumentException("instalment " + line.number() + " opens at " + line.openingBalance() + ", expected " + balance);
            }
            balance = line.closingBalance();
        }
        if (!balance.isZero()) throw new IllegalArgumentException("schedule leaves " + balance + " unpaid");
    }

    /** Generates the schedule the terms describe. */
    public static RepaymentSchedule of(ScheduleTerms terms) {
        return ScheduleGenerator.generate(terms);
    }

    /**
     * Equal instalments of a given payment instead of the annuity formula's: every line but the last pays
     * {@code payment} (its principal part is the payment less the interest, never negative, never more than the
     * balance), the last pays whatever remains. For a 等额本息 schedule revised to keep its instalment (提前还款, 缩短期限).
     */
    public static RepaymentSchedule ofEqualInstalments(ScheduleTerms terms, Money payment) {
        return ScheduleGenerator.equalInstalmentsOf(terms, payment);
    }

    /**
     * Equal principal parts of a given share instead of principal ÷ periods: every line but the last repays
     * {@code share} (or the balance, if less), the last repays what remains. For a 等额本金 schedule revised to keep its
     * principal share (提前还款, 缩短期限).
     */
    public static RepaymentSchedule ofEqualPrincipal(ScheduleTerms terms, Money share) {
        return ScheduleGenerator.equalPrincipalOf(terms, share);
    }

    /**
     * A custom schedule (自定义还款计划): the principal of each period as the contract lists it, interest on the
     * declining balance by the terms. Refused unless the parts match the periods and add up to the principal exactly.
     */
    public static RepaymentSchedule ofCustom(ScheduleTerms terms, List<Money> principalParts) {
        return ScheduleGenerator.customOf(terms, principalParts);
    }

    /** The principal part of every line, in order: what a custom schedule keeps when it is revised. */
    public List<Money> principalParts() {
        return instalments.stream().map(Instalment::principal).toList();
    }

    /** The instalment numbered {@code number} (numbering starts at {@code terms.anchorOffset() + 1}). */
    public Instalment instalment(int number) {
        int index = number - terms.anchorOffset() - 1;
        if (index < 0 || index >= instalments.size()) throw new IllegalArgumentException("no instalment numbered " + number);
        return instalments.get(index);
    }

    /** The instalments' due dates, in order. */
    public List<LocalDate> dueDates() {
        return instalments.stream().map(Instalment::dueDate).toList();
    }

    public Instalment first() {
        return instalments.getFirst();
    }

    public Instalment last() {
        return instalments.getLast();
    }

    public int size() {
        return instalments.size();
    }

    /** Equals the principal, by construction. */
    public Money totalPrincipal() {
        return instalments.stream().map(Instalment::principal).reduce(Money.zero(), Money::plus);
    }

    public Money totalInterest() {
        return instalments.stream().map(Instalment::interest).reduce(Money.zero(), Money::plus);
    }

    public Money totalPayment() {
        return instalments.stream().map(Instalment::payment).reduce(Money.zero(), Money::plus);
    }
}
