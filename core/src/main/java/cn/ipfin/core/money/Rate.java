package cn.ipfin.core.money;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An annual interest rate as a fraction (3.45% is 0.0345). Factories name the unit they read, because "3.45",
 * "345" and "0.0345" all denote the same rate in bank documents: percent in contracts, basis points (基点) in spreads
 * over the LPR, fractions in formulas.
 */
public record Rate(BigDecimal annualFraction) implements Comparable<Rate> {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    /** Trailing zeros are dropped so that equal rates are equal records, whichever factory made them. */
    public Rate {
        Objects.requireNonNull(annualFraction, "annualFraction");
        annualFraction = annualFraction.signum() == 0 ? BigDecimal.ZERO : annualFraction.stripTrailingZeros();
        if (annualFraction.scale() < 0) annualFraction = annualFraction.setScale(0);
    }

    /** From percent per year: percent("3.45") is 3.45%. */
    public static Rate percent(String percent) {
        return percent(new BigDecimal(percent.strip()));
    }

    public static Rate percent(BigDecimal percent) {
        return new Rate(percent.movePointLeft(2));
    }

    /** From basis points per year: bp(345) is 3.45%. */
    public static Rate bp(long basisPoints) {
        return new Rate(BigDecimal.valueOf(basisPoints, 4));
    }

    public static Rate fraction(String fraction) {
        return new Rate(new BigDecimal(fraction.strip()));
    }

    public Rate plusBp(int basisPoints) {
        return new Rate(annualFraction.add(BigDecimal.valueOf(basisPoints, 4)));
    }

    public Rate plus(Rate other) {
        return new Rate(annualFraction.add(other.annualFraction));
    }

    public Rate minus(Rate other) {
        return new Rate(annualFraction.subtract(other.annualFraction));
    }

    /** 3.45 for 3.45%. Exact. */
    public BigDecimal percent() {
        return annualFraction.multiply(HUNDRED).stripTrailingZeros();
    }

    /** 345 for 3.45%. Exact, may have decimals for rates finer than a basis point. */
    public BigDecimal basisPoints() {
        return annualFraction.multiply(TEN_THOUSAND).stripTrailingZeros();
    }

    public boolean isNegative() {
        return annualFraction.signum() < 0;
    }

    @Override
    public int compareTo(Rate other) {
        return annualFraction.compareTo(other.annualFraction);
    }

    /** "3.45%". */
    @Override
    public String toString() {
        return percent().toPlainString() + "%";
    }
}
