package cn.ipfin.core.securitization.cost;

import cn.ipfin.core.money.Money;

import java.util.Objects;

/** A low–high amount, as the Longnan cost table states most fees ("20-30万元"); a single figure has low = high. */
public record AmountRange(Money low, Money high) {

    public AmountRange {
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
        if (low.isGreaterThan(high)) {
            throw new IllegalArgumentException("区间下限高于上限 / range low above high: " + low + " > " + high);
        }
    }

    public static AmountRange of(Money both) {
        return new AmountRange(both, both);
    }

    /** In 万元 (ten thousand yuan), the unit the attachment writes in. */
    public static AmountRange wan(long low, long high) {
        return new AmountRange(Money.ofYuan(low * 10_000), Money.ofYuan(high * 10_000));
    }

    public static AmountRange zero() {
        return of(Money.zero());
    }

    public AmountRange plus(AmountRange other) {
        return new AmountRange(low.plus(other.low), high.plus(other.high));
    }

    public AmountRange times(long multiple) {
        return new AmountRange(low.times(multiple), high.times(multiple));
    }

    public boolean isSingle() {
        return low.equals(high);
    }

    @Override
    public String toString() {
        return isSingle() ? low.amount().toPlainString() : low.amount().toPlainString() + "–" + high.amount().toPlainString();
    }
}
