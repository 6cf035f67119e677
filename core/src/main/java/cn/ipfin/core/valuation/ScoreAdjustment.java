package cn.ipfin.core.valuation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How the indicator score S (0–100) adjusts the income approach, by linear interpolation between the factor at S = 0
 * and the factor at S = 100:
 * <pre>
 * split rate     = base split rate     × (splitAtZero + (splitAtHundred − splitAtZero) × S / 100)
 * economic life  = economic life cap   × (lifeAtZero  + (lifeAtHundred  − lifeAtZero)  × S / 100)
 * </pre>
 * This is the practice of setting the split rate inside its range from a factor score (the 分成率 "综合评价法" of the
 * textbooks, where the rate = lower limit + (upper − lower) × adjustment coefficient), with the range given as
 * factors of the base rate. The default patent setting 0.5–1.5 puts the base rate at S = 50.
 */
public record ScoreAdjustment(BigDecimal splitAtZero, BigDecimal splitAtHundred, BigDecimal lifeAtZero,
                              BigDecimal lifeAtHundred) {

    /** No adjustment: the base split rate and the full economic life, whatever the score. */
    public static final ScoreAdjustment NONE = new ScoreAdjustment(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE);

    public ScoreAdjustment {
        Objects.requireNonNull(splitAtZero, "splitAtZero");
        Objects.requireNonNull(splitAtHundred, "splitAtHundred");
        Objects.requireNonNull(lifeAtZero, "lifeAtZero");
        Objects.requireNonNull(lifeAtHundred, "lifeAtHundred");
        if (splitAtZero.signum() < 0 || splitAtHundred.compareTo(splitAtZero) < 0
                || lifeAtZero.signum() < 0 || lifeAtHundred.compareTo(lifeAtZero) < 0) {
            throw new IllegalArgumentException("调整系数须非负且随评分不减 / factors must be non-negative and not fall with the score");
        }
    }

    public BigDecimal splitFactor(BigDecimal score) {
        return interpolate(splitAtZero, splitAtHundred, score);
    }

    public BigDecimal lifeFactor(BigDecimal score) {
        return interpolate(lifeAtZero, lifeAtHundred, score);
    }

    /** Exact: S has 2 decimals, so S / 100 is a shift of the decimal point. */
    private static BigDecimal interpolate(BigDecimal atZero, BigDecimal atHundred, BigDecimal score) {
        return atZero.add(atHundred.subtract(atZero).multiply(score.movePointLeft(2)));
    }
}
