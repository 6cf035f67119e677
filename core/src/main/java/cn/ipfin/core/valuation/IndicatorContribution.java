package cn.ipfin.core.valuation;

import java.math.BigDecimal;

/**
 * What one sub-indicator added to the score: the measured {@code input}, its curve score (0–100), its effective weight
 * in the total (dimension weight × weight inside the dimension) and the {@code points} it contributes, rounded to
 * 0.01 so that the points of all contributions add up exactly to the total.
 */
public record IndicatorContribution(SubIndicator indicator, BigDecimal input, BigDecimal score, BigDecimal weight,
                                    BigDecimal points) {

    /** "法律价值/legal · 剩余保护期/remaining term: 12.5 → 89.2857 × 10.00% = 8.93". */
    public String explain() {
        return indicator.dimension().zh() + "/" + indicator.dimension().en() + " · "
                + indicator.zh() + "/" + indicator.en() + ": " + input.toPlainString() + " → "
                + score.toPlainString() + " × " + weight.movePointRight(2).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()
                + "% = " + points.toPlainString();
    }
}
