package cn.ipfin.servicing;

import java.time.LocalDate;

/**
 * Published when the daily close of a business date completes, so that modules which act on the day's positions
 * (riskshare's default events) read {@code loan_servicing_view} once it holds the whole day.
 */
public record DayClosed(LocalDate businessDate) {
}
