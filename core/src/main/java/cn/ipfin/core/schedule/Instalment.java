package cn.ipfin.core.schedule;

import cn.ipfin.core.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of a repayment schedule. Invariants checked here so that no generator can produce a line that breaks
 * them: parts not negative, payment = principal + interest, closing = opening − principal, and closing not negative.
 */
public record Instalment(
        int number,
        LocalDate dueDate,
        Money openingBalance,
        Money principal,
        Money interest,
        Money payment,
        Money closingBalance) {

    public Instalment {
        Objects.requireNonNull(dueDate, "dueDate");
        if (number < 1) throw new IllegalArgumentException("instalment numbers start at 1: " + number);
        if (principal.isNegative() || interest.isNegative()) {
            throw new IllegalArgumentException("negative principal or interest in instalment " + number + ": " + principal + " / " + interest);
        }
        if (!payment.equals(principal.plus(interest))) {
            throw new IllegalArgumentException("payment ≠ principal + interest in instalment " + number);
        }
        if (!closingBalance.equals(openingBalance.minus(principal))) {
            throw new IllegalArgumentException("closing ≠ opening − principal in instalment " + number);
        }
        if (closingBalance.isNegative()) throw new IllegalArgumentException("negative balance after instalment " + number);
    }

    static Instalment of(int number, LocalDate dueDate, Money opening, Money principal, Money interest) {
        return new Instalment(number, dueDate, opening, principal, interest, principal.plus(interest), opening.minus(principal));
    }
}
