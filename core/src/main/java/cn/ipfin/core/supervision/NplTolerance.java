package cn.ipfin.core.supervision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The NPL tolerance (不良容忍度) of seeds 003 §九 and 004 (二十): a branch whose IP pledge NPL rate is higher than its
 * overall NPL rate by no more than 3 percentage points, inclusive ("高出自身各项贷款不良率3个百分点（含）以内"), is not
 * marked down for it. The comparison is exact on the two rates, and the gap is shown to 4 decimals of a point (rates
 * are kept to 6 decimals of a fraction), so a gap shown as 3.0000 is always tolerated and 3.0001 never.
 *
 * @param ipPledgeNplRate the IP pledge NPL rate the platform computes, a fraction
 * @param overallNplRate  the bank's NPL rate on all its loans, as the bank reports it, a fraction
 */
public record NplTolerance(BigDecimal ipPledgeNplRate, BigDecimal overallNplRate) {

    /** 3 percentage points as a fraction. */
    public static final BigDecimal MAXIMUM_GAP = new BigDecimal("0.03");

    public NplTolerance {
        Objects.requireNonNull(ipPledgeNplRate, "ipPledgeNplRate");
        Objects.requireNonNull(overallNplRate, "overallNplRate");
    }

    /** How far the IP pledge rate is above the overall rate, in percentage points to 4 decimals (negative: below). */
    public BigDecimal gapPercentagePoints() {
        return ipPledgeNplRate.subtract(overallNplRate).movePointRight(2).setScale(4, RoundingMode.HALF_UP);
    }

    public boolean tolerated() {
        return ipPledgeNplRate.subtract(overallNplRate).compareTo(MAXIMUM_GAP) <= 0;
    }
}
