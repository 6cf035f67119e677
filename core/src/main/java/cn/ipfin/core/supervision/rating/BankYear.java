package cn.ipfin.core.supervision.rating;

import cn.ipfin.core.money.Money;

import java.util.Objects;

/**
 * What the rating looks at in one bank's year, as the platform knows it.
 *
 * @param nplTolerated   whether the bank's IP pledge NPL rate is within 3 points of its overall rate
 *                       (Shenzhen 004 (二十)); null when the bank reported no overall rate to compare with
 * @param reportsDue     the year's quarterly reports whose due date has passed, or that are already in
 * @param reportsOnTime  of those, the ones first submitted by their due date
 */
public record BankYear(long bankId, String bankName, String bankNameEn, Money newAmount, int newLoans, int customers,
                       Boolean nplTolerated, int reportsDue, int reportsOnTime, boolean dueDiligenceExemption,
                       boolean separateCreditPlan) {

    public BankYear {
        Objects.requireNonNull(newAmount, "newAmount");
        if (reportsOnTime < 0 || reportsOnTime > reportsDue) {
            throw new IllegalArgumentException("reports on time " + reportsOnTime + " of " + reportsDue);
        }
    }
}
