package cn.ipfin.core.valuation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Discount factors 1 / (1 + r)^t for the periods of an income stream. Period k (1-based) covers a fraction f of a year
 * (1 except for the last, partial year); its royalty is discounted over t = (k − 1) + f at the end-year convention and
 * t = (k − 1) + f / 2 at mid-year.
 *
 * <p>Whole powers are exact products of v = 1 / (1 + r) held at 20 decimals. A fractional power (the partial last
 * year, or mid-year) is v^½ by {@link BigDecimal#sqrt} when the fraction is ½, otherwise {@link Math#pow} on doubles:
 * a discount factor is a ratio, not money, and its 15 significant digits are far finer than the factor's
 * {@code scale} decimals at which it is then rounded HALF_UP.
 */
final class DiscountSchedule {

    private static final int WORK_SCALE = 20;
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private final BigDecimal v;
    private final BigDecimal sqrtV;
    private final TimingConvention convention;
    private final int scale;
    private BigDecimal wholePower = BigDecimal.ONE;
    private int wholeYears;

    DiscountSchedule(BigDecimal rate, TimingConvention convention, int scale) {
        BigDecimal growth = BigDecimal.ONE.add(rate);
        this.v = BigDecimal.ONE.divide(growth, WORK_SCALE, RoundingMode.HALF_EVEN);
        this.sqrtV = convention == TimingConvention.MID_YEAR
                ? BigDecimal.ONE.divide(growth.sqrt(MathContext.DECIMAL64), WORK_SCALE, RoundingMode.HALF_EVEN)
                : null;
        this.convention = convention;
        this.scale = scale;
    }

    /** The factor of period k, which must be asked in order 1, 2, 3… (so whole powers are one multiplication each). */
    BigDecimal factor(int k, BigDecimal fraction) {
        while (wholeYears < k - 1) {
            wholePower = wholePower.multiply(v).setScale(WORK_SCALE, RoundingMode.HALF_EVEN);
            wholeYears++;
        }
        BigDecimal within = convention == TimingConvention.END_YEAR ? fraction : fraction.multiply(HALF);
        return wholePower.multiply(power(within)).setScale(scale, RoundingMode.HALF_UP);
    }

    private BigDecimal power(BigDecimal exponent) {
        if (exponent.compareTo(BigDecimal.ONE) == 0) return v;
        if (exponent.compareTo(HALF) == 0 && sqrtV != null) return sqrtV;
        if (exponent.signum() == 0) return BigDecimal.ONE;
        return new BigDecimal(Math.pow(v.doubleValue(), exponent.doubleValue())).setScale(WORK_SCALE, RoundingMode.HALF_EVEN);
    }
}
