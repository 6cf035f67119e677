package cn.ipfin.core.schedule;

import cn.ipfin.core.lending.RepaymentMethod;
import cn.ipfin.core.money.DayCount;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.money.Rate;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Everything a repayment schedule depends on, stated explicitly: no default day count, interest basis or rounding is
 * hidden in the generator (style.md §5).
 *
 * @param principal     amount disbursed on {@code startDate}; positive
 * @param annualRate    nominal annual rate; not negative
 * @param startDate     disbursement date; due dates count from it
 * @param periods       number of periods of {@code frequency} to maturity (1..600)
 * @param method        等额本息, 等额本金, 先息后本 or bullet
 * @param dayCount      used when {@code interestBasis} is DAY_COUNT (and recorded either way)
 * @param interestBasis periodic rate (rate ÷ 12) or day count
 * @param rounding      where and how amounts round to the fen
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
        ScheduleRounding rounding) {

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
        if (periods < 1 || periods > MAX_PERIODS) {
            throw new IllegalArgumentException("periods must be 1.." + MAX_PERIODS + ": " + periods);
        }
    }

    /** The date the loan matures: the last due date. */
    public LocalDate maturityDate() {
        return DueDates.dueDate(startDate, frequency, periods);
    }
}
