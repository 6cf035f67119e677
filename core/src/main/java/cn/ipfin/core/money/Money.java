package cn.ipfin.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of renminbi, exact to the fen (分): a BigDecimal of scale 2, never a double. Only CNY exists on this
 * platform (every programme in the seeds pays and lends in yuan), so there is no currency field to get wrong.
 *
 * <p>Operations that cannot produce a third decimal (plus, minus, times a whole number) are exact. Those that can
 * (times a fraction, divided by) take the {@link RoundingMode} from the caller, because which rounding applies is a
 * product or policy decision, not a library default (style.md §5).
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    private static final Money ZERO = new Money(BigDecimal.ZERO);

    /** Accepts any amount that is exact in fen (1.5 becomes 1.50); rejects 1.005 rather than round it silently. */
    public Money {
        Objects.requireNonNull(amount, "amount");
        try {
            amount = amount.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("金额精度超过分 / amount has more than 2 decimals: " + amount.toPlainString(), e);
        }
    }

    /** From text in yuan, e.g. "1234.56"; rejects more than 2 decimals. */
    public static Money of(String yuan) {
        Objects.requireNonNull(yuan, "yuan");
        try {
            return new Money(new BigDecimal(yuan.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("金额格式错误 / not an amount: \"" + yuan + "\"", e);
        }
    }

    public static Money of(BigDecimal yuan) {
        return new Money(yuan);
    }

    /** Whole yuan. */
    public static Money ofYuan(long yuan) {
        return new Money(BigDecimal.valueOf(yuan));
    }

    /** From fen (1/100 yuan), the unit payment systems use. */
    public static Money ofFen(long fen) {
        return new Money(BigDecimal.valueOf(fen, 2));
    }

    public static Money zero() {
        return ZERO;
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public Money negate() {
        return new Money(amount.negate());
    }

    public Money abs() {
        return amount.signum() < 0 ? negate() : this;
    }

    /** Exact: a whole multiple never needs rounding. */
    public Money times(long multiple) {
        return new Money(amount.multiply(BigDecimal.valueOf(multiple)));
    }

    /** Times a fraction (a rate, a ratio, a share), rounded once to the fen with the given rule. */
    public Money times(BigDecimal factor, RoundingMode rounding) {
        return new Money(amount.multiply(factor).setScale(2, rounding));
    }

    /** Divided by a number, rounded once to the fen with the given rule. */
    public Money dividedBy(BigDecimal divisor, RoundingMode rounding) {
        return new Money(amount.divide(divisor, 2, rounding));
    }

    public Money dividedBy(long divisor, RoundingMode rounding) {
        return dividedBy(BigDecimal.valueOf(divisor), rounding);
    }

    /** The amount in fen; exact because the scale is always 2. Throws if it does not fit a long. */
    public long toFen() {
        return amount.unscaledValue().longValueExact();
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isAtLeast(Money other) {
        return compareTo(other) >= 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    public boolean isAtMost(Money other) {
        return compareTo(other) <= 0;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    /** "1234.56": plain yuan, for logs and CSV; {@link MoneyFormat} formats for people. */
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
