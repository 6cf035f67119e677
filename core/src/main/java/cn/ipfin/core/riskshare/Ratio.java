package cn.ipfin.core.riskshare;

import java.math.BigDecimal;
import java.util.Objects;

/** A share of a whole as a fraction between 0 and 1 (40% is 0.40), exact: a ratio from an agreement, never a double. */
public record Ratio(BigDecimal fraction) {

    public static final Ratio NONE = new Ratio(BigDecimal.ZERO);

    public Ratio {
        Objects.requireNonNull(fraction, "fraction");
        if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("比例须在 0 到 100% 之间 / a ratio must lie between 0 and 100%: " + fraction);
        }
        fraction = fraction.signum() == 0 ? BigDecimal.ZERO : fraction.stripTrailingZeros();
    }

    /** percent("40") is 40%. */
    public static Ratio percent(String percent) {
        return new Ratio(new BigDecimal(percent.strip()).movePointLeft(2));
    }

    public Ratio plus(Ratio other) {
        return new Ratio(fraction.add(other.fraction));
    }

    public boolean isZero() {
        return fraction.signum() == 0;
    }

    @Override
    public String toString() {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
