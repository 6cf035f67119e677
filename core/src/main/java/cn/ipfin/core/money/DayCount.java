package cn.ipfin.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How many days of interest a period earns and how many make a year. Chinese banks accrue loan interest daily at
 * the annual rate / 360 (ACT/360; 人民银行《人民币利率管理规定》, 银发〔1999〕77号: 日利率 = 年利率 ÷ 360; domain.md); bonds and some
 * products use ACT/365F or 30/360, so the convention is a product parameter, never hard-coded.
 *
 * <p>Periods run from {@code from} inclusive to {@code to} exclusive (interest is earned for the night of each day),
 * the usual "算头不算尾" rule.
 */
public enum DayCount {

    /** Actual days / 360. */
    ACT_360(360) {
        @Override
        public long days(LocalDate from, LocalDate to) {
            return ChronoUnit.DAYS.between(from, to);
        }
    },

    /** Actual days / 365, fixed: a leap year still has a 365-day denominator. */
    ACT_365F(365) {
        @Override
        public long days(LocalDate from, LocalDate to) {
            return ChronoUnit.DAYS.between(from, to);
        }
    },

    /**
     * 30/360 in its European form, 30E/360 (Eurobond basis, ISDA 2006 Definitions §4.16(g)): a day 31 counts as 30 at either end, and February's
     * end is NOT stretched to 30. Chosen over 30/360 US because its rule is symmetric and needs no knowledge of
     * whether a date is the last of a period; the difference shows only for periods touching 31st or end of February.
     */
    THIRTY_360(360) {
        @Override
        public long days(LocalDate from, LocalDate to) {
            int d1 = Math.min(from.getDayOfMonth(), 30);
            int d2 = Math.min(to.getDayOfMonth(), 30);
            return 360L * (to.getYear() - from.getYear()) + 30L * (to.getMonthValue() - from.getMonthValue()) + (d2 - d1);
        }
    };

    /** The scale of {@link #yearFraction}: far finer than any amount it will multiply can show. */
    public static final int YEAR_FRACTION_SCALE = 16;

    private final int daysInYear;

    DayCount(int daysInYear) {
        this.daysInYear = daysInYear;
    }

    /** Days of interest from from (inclusive) to to (exclusive), as the convention counts them. */
    public abstract long days(LocalDate from, LocalDate to);

    /** The denominator: 360 or 365. */
    public int daysInYear() {
        return daysInYear;
    }

    /** days / daysInYear at {@value #YEAR_FRACTION_SCALE} decimals, HALF_EVEN. For display and for schedules. */
    public BigDecimal yearFraction(LocalDate from, LocalDate to) {
        checkOrder(from, to);
        return BigDecimal.valueOf(days(from, to)).divide(BigDecimal.valueOf(daysInYear), YEAR_FRACTION_SCALE, RoundingMode.HALF_EVEN);
    }

    /**
     * Interest accrued day by day on a constant principal over the period: principal × rate × days / daysInYear,
     * computed exactly and rounded once to the fen, so that no rounding of the year fraction or of a daily amount
     * leaks into the total.
     */
    public Money dailyInterest(Money principal, Rate rate, LocalDate from, LocalDate to, RoundingMode rounding) {
        checkOrder(from, to);
        BigDecimal numerator = principal.amount().multiply(rate.annualFraction()).multiply(BigDecimal.valueOf(days(from, to)));
        return Money.of(numerator.divide(BigDecimal.valueOf(daysInYear), 2, rounding));
    }

    private static void checkOrder(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) throw new IllegalArgumentException("period ends before it starts: " + from + " → " + to);
    }
}
