package cn.ipfin.core.securitization.structure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A rate per payment period (annual ÷ 12 for monthly notes) applied to amounts in fen, exactly: the rate is kept as
 * an unscaled long and a scale, so fen × rate is integer arithmetic (the Monte Carlo applies it millions of times),
 * falling back to BigDecimal only when the product would overflow.
 */
public record PeriodRate(BigDecimal fraction, long unscaled, int scale) {

    public PeriodRate {
        Objects.requireNonNull(fraction, "fraction");
        if (fraction.signum() < 0) throw new IllegalArgumentException("利率不能为负 / rate must not be negative: " + fraction);
    }

    public static PeriodRate of(BigDecimal fraction) {
        BigDecimal f = fraction.stripTrailingZeros();
        if (f.scale() < 0) f = f.setScale(0);
        boolean fits = f.precision() <= 18 && f.scale() <= 18;
        return new PeriodRate(f, fits ? f.unscaledValue().longValueExact() : -1, fits ? f.scale() : -1);
    }

    /** Annual rate ÷ 12 to {@code scale} decimals, rounded half-up (a note's monthly coupon). */
    public static PeriodRate monthlyOf(String annual, int scale) {
        return of(new BigDecimal(annual).divide(BigDecimal.valueOf(12), scale, RoundingMode.HALF_UP));
    }

    public static PeriodRate zero() {
        return of(BigDecimal.ZERO);
    }

    public boolean isZero() {
        return fraction.signum() == 0;
    }

    /** fen × rate rounded to the fen; fen must not be negative. */
    public long applyTo(long fen, RoundingMode rounding) {
        if (fen == 0 || unscaled == 0) return 0;
        if (unscaled > 0 && (rounding == RoundingMode.FLOOR || rounding == RoundingMode.DOWN || rounding == RoundingMode.HALF_UP)) {
            long high = Math.multiplyHigh(fen, unscaled);
            long product = fen * unscaled;
            if (high == 0 && product >= 0 && fen > 0) {
                long divisor = POWERS[scale];
                long q = product / divisor;
                long r = product % divisor;
                return rounding == RoundingMode.HALF_UP && r * 2 >= divisor ? q + 1 : q;
            }
        }
        return BigDecimal.valueOf(fen).multiply(fraction).setScale(0, rounding).longValueExact();
    }

    private static final long[] POWERS = new long[19];

    static {
        POWERS[0] = 1;
        for (int i = 1; i < POWERS.length; i++) POWERS[i] = POWERS[i - 1] * 10;
    }
}
