package cn.ipfin.core.servicing;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.schedule.Instalment;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.IntFunction;

/**
 * The close of one business day for one loan (日终批处理, per loan), in this order:
 * <ol>
 *   <li>penalty interest (罚息) on principal overdue before today, and compound interest (复利) on overdue interest
 *       where the contract says so, at the penalty rate, for tonight;</li>
 *   <li>the instalment due today rolls: what is unpaid at the end of its due date becomes overdue, and the next
 *       instalment becomes current;</li>
 *   <li>tonight's interest on the principal not yet due accrues: by day count (ACT/360 unless the product says
 *       otherwise) or, on the periodic basis, the instalment's interest pro rata to the nights of its period. Accrual
 *       is cumulative per period — the period's interest to date is computed exactly and rounded once, and tonight's
 *       posting is the difference — so a period's postings add up to the instalment's interest to the fen;</li>
 *   <li>days past due and the classification floor (at least 关注 when anything is overdue, 次级 beyond 90 days,
 *       可疑 beyond 270, 损失 beyond 360; the bank's own classification may only be worse);</li>
 *   <li>a reminder 30 days before maturity.</li>
 * </ol>
 * Penalty starts the day after the due date, so an instalment paid on its due date never earns any.
 */
public final class DailyServicing {

    /** Days before maturity on which the bank is reminded. */
    public static final int MATURITY_NOTICE_DAYS = 30;

    private DailyServicing() {
    }

    /**
     * Closes {@code day}, the day after the position's last close.
     *
     * @param instalments the current schedule version's instalment by number, null beyond the last
     */
    public static ServicingPosition close(ServicingPosition p, ServicingTerms terms, LocalDate day,
                                          IntFunction<Instalment> instalments, CloseOutput out) {
        if (!day.equals(p.closedThrough().plusDays(1))) {
            throw new IllegalArgumentException("closing " + day + " but the loan was last closed on " + p.closedThrough());
        }
        if (p.nextDueOn() != null && p.nextDueOn().isBefore(day)) {
            throw new IllegalStateException("instalment " + p.nextNo() + " due " + p.nextDueOn() + " was never rolled");
        }
        // 1. penalty and compound interest on what was overdue before today
        Money penalty = terms.penalty().penaltyForDay(p.overduePrincipal(), terms.rate(), terms.dayCount());
        Money compound = terms.penalty().compoundForDay(p.overdueInterest(), terms.rate(), terms.dayCount());
        if (penalty.isPositive()) out.post(day, PostingKind.PENALTY, penalty);
        if (compound.isPositive()) out.post(day, PostingKind.COMPOUND, compound);

        Money balance = p.scheduledBalance();
        LocalDate periodStart = p.periodStart();
        int nextNo = p.nextNo();
        LocalDate nextDueOn = p.nextDueOn();
        Money nextPrincipal = p.nextPrincipal();
        Money nextInterest = p.nextInterest();
        Money principalPaid = p.nextPrincipalPaid();
        Money interestPaid = p.nextInterestPaid();
        Money accrued = p.accruedInterest();
        Money overduePrincipal = p.overduePrincipal();
        Money overdueInterest = p.overdueInterest();
        LocalDate overdueSince = p.overdueSince();
        Money accrualToday = Money.zero();

        // 2. the instalment due today rolls
        if (day.equals(nextDueOn)) {
            if (accrued.isGreaterThan(nextInterest)) {
                throw new IllegalStateException("accrued " + accrued + " exceeds instalment " + nextNo + "'s interest " + nextInterest);
            }
            accrualToday = nextInterest.minus(accrued);   // zero when the schedule was made by the same day count
            Money unpaidPrincipal = nextPrincipal.minus(principalPaid);
            Money unpaidInterest = nextInterest.minus(interestPaid);
            if (unpaidPrincipal.isPositive()) out.post(day, PostingKind.ROLL_PRINCIPAL, unpaidPrincipal);
            if (unpaidInterest.isPositive()) out.post(day, PostingKind.ROLL_INTEREST, unpaidInterest);
            if ((unpaidPrincipal.isPositive() || unpaidInterest.isPositive()) && overdueSince == null) overdueSince = day;
            overduePrincipal = overduePrincipal.plus(unpaidPrincipal);
            overdueInterest = overdueInterest.plus(unpaidInterest);
            balance = balance.minus(nextPrincipal);
            Instalment following = instalments.apply(nextNo + 1);
            periodStart = day;
            accrued = Money.zero();
            principalPaid = Money.zero();
            interestPaid = Money.zero();
            if (following == null) {
                nextNo = 0;
                nextDueOn = null;
                nextPrincipal = Money.zero();
                nextInterest = Money.zero();
            } else {
                nextNo = following.number();
                nextDueOn = following.dueDate();
                nextPrincipal = following.principal();
                nextInterest = following.interest();
            }
        }

        // 3. tonight's interest, cumulative over the period so that it adds up to the instalment's interest
        if (nextDueOn != null && balance.isPositive()) {
            Money toDate = interestToDate(terms, balance, periodStart, day.plusDays(1), nextDueOn, nextInterest);
            accrualToday = accrualToday.plus(toDate.minus(accrued));
            accrued = toDate;
        }
        if (accrualToday.isPositive()) out.post(day, PostingKind.ACCRUAL, accrualToday);

        // 4. days past due and classification
        int dpd = ServicingPosition.daysPastDue(overdueSince, day);
        LoanClassification floor = LoanClassification.floorFor(dpd);
        LoanClassification effective = p.bankChoice() == null ? floor : floor.worst(p.bankChoice());
        if (effective != p.classification()) out.classified(day, p.classification(), effective, dpd);

        // 5. reminder before maturity
        long daysLeft = ChronoUnit.DAYS.between(day, terms.maturityOn());
        if (daysLeft == MATURITY_NOTICE_DAYS) out.maturityAhead(day, (int) daysLeft);

        return new ServicingPosition(balance, periodStart, nextNo, nextDueOn, nextPrincipal, nextInterest,
                principalPaid, interestPaid, accrued, overduePrincipal, overdueInterest,
                p.penaltyDue().plus(penalty).plus(compound), overdueSince, dpd, effective, p.bankChoice(), day);
    }

    /**
     * The period's interest earned from its start to {@code to} (exclusive), rounded once. By day count, balance × rate ×
     * days ÷ days-in-year (the schedule's line was made the same way). On the periodic basis (rate ÷ 12, whatever the
     * month's length) the line's interest is spread over the period's nights in proportion, so the last night brings the
     * total to the line's interest exactly, in a 28-day February as in a 31-day month.
     */
    static Money interestToDate(ServicingTerms terms, Money balance, LocalDate periodStart, LocalDate to, LocalDate dueOn,
                                Money periodInterest) {
        return switch (terms.interestBasis()) {
            case DAY_COUNT -> terms.dayCount().dailyInterest(balance, terms.rate(), periodStart, to, java.math.RoundingMode.HALF_UP);
            case PERIODIC_RATE -> Money.of(periodInterest.amount().multiply(java.math.BigDecimal.valueOf(ChronoUnit.DAYS.between(periodStart, to)))
                    .divide(java.math.BigDecimal.valueOf(ChronoUnit.DAYS.between(periodStart, dueOn)), 2, java.math.RoundingMode.HALF_UP));
        };
    }
}
