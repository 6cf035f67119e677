package cn.ipfin.core.schedule;

import cn.ipfin.core.lending.RepaymentMethod;
import cn.ipfin.core.money.DayCount;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.money.Rate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything a repayment schedule depends on, stated explicitly: no default day count, interest basis or rounding is
 * hidden in the generator (style.md §5).
 *
 * <p>Due dates lie on a grid fixed by {@code anchorDate}: the k-th line of this schedule falls due on grid date
 * {@code anchorOffset + k}, where grid date j is {@code DueDates.dueDate(anchorDate, frequency, j)}. A first schedule is
 * anchored on its own start (offset 0). A revised schedule (after a prepayment, a repricing or an extension) keeps the
 * original loan's anchor, so its due dates stay on the original grid, and may start inside a period: its first period is
 * then broken (shorter); DAY_COUNT prices it by its days, PERIODIC_RATE charges r ÷ 12 pro rata to the days it covers of
 * its grid period.
 *
 * @param principal     amount owed from {@code startDate}; positive
 * @param annualRate    nominal annual rate; not negative
 * @param startDate     disbursement date, or the date a revised schedule takes over; interest runs from it
 * @param periods       number of periods of {@code frequency} to maturity (1..600)
 * @param method        等额本息, 等额本金, 先息后本 or bullet
 * @param dayCount      used when {@code interestBasis} is DAY_COUNT (and recorded either way)
 * @param interestBasis periodic rate (rate ÷ 12) or day count
 * @param rounding      where and how amounts round to the fen
 * @param anchorDate    the date the due-date grid counts from (the original disbursement date)
 * @param anchorOffset  grid dates already behind this schedule: its first line is numbered {@code anchorOffset + 1} and
 *                      falls due on grid date {@code anchorOffset + 1}; {@code startDate} lies in
 *                      [grid date anchorOffset, grid date anchorOffset + 1)
 */
public record ScheduleTerms(
        Money principal,
        Rate annualRate,
        LocalDate startDate,
        int periods,
        PeriodFrequency frequency,
        RepaymentMethod method,
        DayCount dayCount,
        InterestBasis interestBasis,
        ScheduleRounding rounding,
        LocalDate anchorDate,
        int anchorOffset) {

    /** 50 years of months: beyond any loan the platform makes, and keeps (1+r)^n well inside BigDecimal. */
    public static final int MAX_PERIODS = 600;

    public ScheduleTerms {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(annualRate, "annualRate");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(dayCount, "dayCount");
        Objects.requireNonNull(interestBasis, "interestBasis");
        Objects.requireNonNull(rounding, "rounding");
        if (!principal.isPositive()) throw new IllegalArgumentException("principal must be positive: " + principal);
        if (annualRate.isNegative()) throw new IllegalArgumentException("rate must not be negative: " + annualRate);
        Objects.requireNonNull(anchorDate, "anchorDate");
        if (periods < 1 || periods > MAX_PERIODS) {
            throw new IllegalArgumentException("periods must be 1.." + MAX_PERIODS + ": " + periods);
        }
        if (anchorOffset < 0 || anchorOffset > MAX_PERIODS) {
            throw new IllegalArgumentException("anchorOffset must be 0.." + MAX_PERIODS + ": " + anchorOffset);
        }
        LocalDate periodStart = DueDates.dueDate(anchorDate, frequency, anchorOffset);
        LocalDate firstDue = DueDates.dueDate(anchorDate, frequency, anchorOffset + 1);
        if (startDate.isBefore(periodStart) || !startDate.isBefore(firstDue)) {
            throw new IllegalArgumentException("start " + startDate + " must lie in the grid period [" + periodStart + ", " + firstDue
                    + ") of anchor " + anchorDate + " offset " + anchorOffset);
        }
    }

    /** A first schedule: its due dates count from its own start. */
    public ScheduleTerms(Money principal, Rate annualRate, LocalDate startDate, int periods, PeriodFrequency frequency,
                         RepaymentMethod method, DayCount dayCount, InterestBasis interestBasis, ScheduleRounding rounding) {
        this(principal, annualRate, startDate, periods, frequency, method, dayCount, interestBasis, rounding, startDate, 0);
    }

    /** The date the loan matures: the last due date, grid date {@code anchorOffset + periods}. */
    public LocalDate maturityDate() {
        return dueDate(periods);
    }

    /** The end of the k-th period of this schedule (1..periods): grid date {@code anchorOffset + k}. */
    public LocalDate dueDate(int k) {
        if (k < 1 || k > periods) throw new IllegalArgumentException("period " + k + " is outside 1.." + periods);
        return DueDates.dueDate(anchorDate, frequency, anchorOffset + k);
    }

    /**
     * The ends of all periods, in order. For every method but BULLET these are the instalments' due dates; a bullet
     * loan has one instalment, at the last of them.
     */
    public List<LocalDate> dueDates() {
        List<LocalDate> dates = new ArrayList<>(periods);
        for (int k = 1; k <= periods; k++) dates.add(dueDate(k));
        return List.copyOf(dates);
    }

    /** True when the first period starts on the grid (not a broken period). */
    public boolean startsOnTheGrid() {
        return startDate.equals(DueDates.dueDate(anchorDate, frequency, anchorOffset));
    }
}
