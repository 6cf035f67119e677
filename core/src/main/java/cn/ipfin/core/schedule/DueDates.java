package cn.ipfin.core.schedule;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * Due dates fall on the start date's day of month. Each is counted from the start, not from the previous due date,
 * so a short month does not shift the rest (Jan 30 → Feb 29 → Mar 30). A loan started on the last day of a month
 * is due on the last day of every month (Jan 31 → Feb 29 → Mar 31 → Apr 30; Feb 28 2025 → Mar 31).
 */
public final class DueDates {

    private DueDates() {
    }

    /** The k-th due date, k ≥ 0; k = 0 is the start date itself. */
    public static LocalDate dueDate(LocalDate start, PeriodFrequency frequency, int k) {
        if (k < 0) throw new IllegalArgumentException("k must not be negative: " + k);
        return monthsAfter(start, (long) k * frequency.months());
    }

    /** The k-th anniversary (对应日) of start, by the same month-end rule: Feb 29, 2024 → Feb 28, 2025; Feb 28, 2023 → Feb 29, 2024. */
    public static LocalDate anniversary(LocalDate start, int years) {
        if (years < 0) throw new IllegalArgumentException("years must not be negative: " + years);
        return monthsAfter(start, 12L * years);
    }

    private static LocalDate monthsAfter(LocalDate start, long months) {
        LocalDate date = start.plusMonths(months);
        return isMonthEnd(start) ? date.with(TemporalAdjusters.lastDayOfMonth()) : date;
    }

    private static boolean isMonthEnd(LocalDate date) {
        return date.getDayOfMonth() == date.lengthOfMonth();
    }
}
