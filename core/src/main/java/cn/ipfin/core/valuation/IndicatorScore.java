package cn.ipfin.core.valuation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The indicator model's result: a total from 0 to 100 (2 decimals), the contribution of every sub-indicator, and the
 * version of the configuration that produced it. The contributions' points add up exactly to the total, and a
 * dimension's total is the exact sum of its contributions, so the explanation never disagrees with the score.
 *
 * <p>When the legal gate is closed (lapsed, expired, invalidated, pending, or no term left) the total and every
 * contribution are zero and {@link #gateReason} says why; downstream approaches then value the right at zero.
 */
public record IndicatorScore(String modelVersion, BigDecimal total, boolean legalGateOpen, String gateReason,
                             List<IndicatorContribution> contributions) {

    public IndicatorScore {
        Objects.requireNonNull(modelVersion, "modelVersion");
        Objects.requireNonNull(total, "total");
        contributions = List.copyOf(contributions);
    }

    /** Sum of the points of the dimension's contributions. */
    public BigDecimal dimensionTotal(Dimension dimension) {
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        for (IndicatorContribution c : contributions) if (c.indicator().dimension() == dimension) sum = sum.add(c.points());
        return sum;
    }

    public IndicatorContribution contributionOf(SubIndicator indicator) {
        for (IndicatorContribution c : contributions) if (c.indicator() == indicator) return c;
        throw new IllegalArgumentException("no contribution for " + indicator);
    }

    /** One line per dimension and per contribution, in Chinese and English, ending with the total. */
    public List<String> explanation() {
        List<String> lines = new ArrayList<>();
        lines.add("专利价值度模型 / indicator model " + modelVersion);
        if (!legalGateOpen) lines.add("法律闸门关闭，价值为零 / legal gate closed, value is zero: " + gateReason);
        for (Dimension d : Dimension.values()) {
            lines.add(d.both() + ": " + dimensionTotal(d).toPlainString());
            for (IndicatorContribution c : contributions) if (c.indicator().dimension() == d) lines.add("  " + c.explain());
        }
        lines.add("合计 / total: " + total.toPlainString());
        return lines;
    }
}
