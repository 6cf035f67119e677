package cn.ipfin.core.schedule;

import cn.ipfin.core.money.Money;
import java.util.List;
import java.util.Objects;

/**
 * The instalments of one loan under its terms. Construction checks the rule every schedule obeys: the balance runs
 * from the principal to zero, line to line, so the principal parts sum exactly to the principal.
 */
public record RepaymentSchedule(ScheduleTerms terms, List<Instalment> instalments) {

    public RepaymentSchedule {
        Objects.requireNonNull(terms, "terms");
        instalments = List.copyOf(instalments);
        if (instalments.isEmpty()) throw new IllegalArgumentException("a schedule has at least one instalment");
        Money balance = terms.principal();
        for (int i = 0; i < instalments.size(); i++) {
            Instalment line = instalments.get(i);
            if (line.number() != i + 1) throw new IllegalArgumentException("instalment " + (i + 1) + " is numbered " + line.number());
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

    public Instalment instalment(int number) {
        return instalments.get(number - 1);
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
