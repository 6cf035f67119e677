package cn.ipfin.core.servicing;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.schedule.Instalment;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Where a loan stands after the close of {@code closedThrough}: the principal not yet due, the current instalment
 * and what has been paid towards it, interest accrued in the current period, and the overdue buckets with the
 * date the oldest unpaid amount fell due. The daily close reads one and writes the next; repayments reduce it.
 *
 * @param scheduledBalance  principal not yet fallen due (the current period's interest accrues on it)
 * @param periodStart       first night of the current period
 * @param nextNo            number of the current instalment; 0 once every instalment has fallen due
 * @param nextDueOn         its due date; null once every instalment has fallen due
 * @param nextPrincipal     its scheduled principal
 * @param nextInterest      its scheduled interest
 * @param accruedInterest   interest accrued in the current period through the night of closedThrough
 * @param overdueSince      due date of the oldest amount still unpaid; null when nothing is overdue
 * @param dpd               days past due at closedThrough
 * @param bankChoice        the bank's own classification (worse than the floor, with a reason), or null
 */
public record ServicingPosition(
        Money scheduledBalance,
        LocalDate periodStart,
        int nextNo,
        LocalDate nextDueOn,
        Money nextPrincipal,
        Money nextInterest,
        Money nextPrincipalPaid,
        Money nextInterestPaid,
        Money accruedInterest,
        Money overduePrincipal,
        Money overdueInterest,
        Money penaltyDue,
        LocalDate overdueSince,
        int dpd,
        LoanClassification classification,
        LoanClassification bankChoice,
        LocalDate closedThrough) {

    public ServicingPosition {
        Objects.requireNonNull(scheduledBalance, "scheduledBalance");
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(closedThrough, "closedThrough");
        if ((nextDueOn == null) != (nextNo == 0)) throw new IllegalArgumentException("next instalment number and date go together");
        for (Money m : new Money[]{scheduledBalance, nextPrincipal, nextInterest, nextPrincipalPaid, nextInterestPaid,
                accruedInterest, overduePrincipal, overdueInterest, penaltyDue}) {
            if (m.isNegative()) throw new IllegalArgumentException("negative amount in a servicing position: " + m);
        }
        if (dpd < 0) throw new IllegalArgumentException("negative days past due");
    }

    /**
     * The position of a loan just disbursed: the first instalment current, nothing accrued, the close last run the
     * night before disbursement.
     */
    public static ServicingPosition atDisbursement(Money principal, LocalDate disbursedOn, Instalment first) {
        return new ServicingPosition(principal, disbursedOn, first.number(), first.dueDate(), first.principal(),
                first.interest(), Money.zero(), Money.zero(), Money.zero(), Money.zero(), Money.zero(), Money.zero(),
                null, 0, LoanClassification.NORMAL, null, disbursedOn.minusDays(1));
    }

    /** The current instalment paid in full (on its due date, before the close rolls it). */
    public ServicingPosition withCurrentPaid() {
        return new ServicingPosition(scheduledBalance, periodStart, nextNo, nextDueOn, nextPrincipal, nextInterest,
                nextPrincipal, nextInterest, accruedInterest, overduePrincipal, overdueInterest, penaltyDue, overdueSince,
                dpd, classification, bankChoice, closedThrough);
    }

    /** The same position with the bank's own classification (or none) and the classification that results. */
    public ServicingPosition withClassification(LoanClassification effective, LoanClassification bankChoice) {
        return new ServicingPosition(scheduledBalance, periodStart, nextNo, nextDueOn, nextPrincipal, nextInterest,
                nextPrincipalPaid, nextInterestPaid, accruedInterest, overduePrincipal, overdueInterest, penaltyDue,
                overdueSince, dpd, effective, bankChoice, closedThrough);
    }

    /** Days past due on a date: from the oldest unpaid due date, 0 when nothing is overdue or it fell due that day. */
    public static int daysPastDue(LocalDate overdueSince, LocalDate on) {
        return overdueSince == null ? 0 : (int) Math.max(0, ChronoUnit.DAYS.between(overdueSince, on));
    }

    /** Principal still owed: not yet due plus overdue, less what was paid towards the current instalment. */
    public Money principalOutstanding() {
        return scheduledBalance.plus(overduePrincipal).minus(nextPrincipalPaid);
    }

    /** Everything due and unpaid today: penalty, overdue interest and principal. */
    public Money overdueTotal() {
        return penaltyDue.plus(overdueInterest).plus(overduePrincipal);
    }

    public boolean isSettled() {
        return nextDueOn == null && scheduledBalance.isZero() && overdueTotal().isZero();
    }

    /** The effective classification: the worse of the floor for these days past due and the bank's own. */
    public LoanClassification effectiveClassification() {
        LoanClassification floor = LoanClassification.floorFor(dpd);
        return bankChoice == null ? floor : floor.worst(bankChoice);
    }
}
