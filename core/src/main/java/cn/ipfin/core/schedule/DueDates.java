package cn.ipfin.core.schedule;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * Due dates fall on the start date's day of month. Each is counted from the start, not from the previous due date,
 * so a short month does not shift the rest (Jan 30 → Feb 29 → Mar 30). A loan started on the last day of a month
 * is due on the last day of every month (Jan 31 → Feb 29 → Mar 31 → Apr 30; Feb 28 2025 → Mar 31).
 */
final class DueDates {

    private DueDates() {
    }

    /** The k-th due date, k ≥ 1; k = 0 is the start date itself. */
    static LocalDate dueDate(LocalDate start, PeriodFrequency frequency, int k) {
        LocalDate date = start.plusMonths((long) k * frequency.months());
        return isMonthEnd(start) ? date.with(TemporalAdjusters.lastDayOfMonth()) : date;
    }

    private static boolean isMonthEnd(LocalDate date) {
        return date.getDayOfMonth() == date.lengthOfMonth();
    }
}
