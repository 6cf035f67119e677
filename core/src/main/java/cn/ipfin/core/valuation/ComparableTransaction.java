package cn.ipfin.core.valuation;

import cn.ipfin.core.money.Money;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A transaction of a similar right (a transfer or an exclusive licence paid in a lump sum), with the adjustments that
 * bring it to the subject and the weight it carries in the mean (weights of all comparables sum to 1).
 */
public record ComparableTransaction(String reference, Money price, Map<AdjustmentFactor, BigDecimal> adjustments,
                                    BigDecimal weight) {

    public ComparableTransaction {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(weight, "weight");
        EnumMap<AdjustmentFactor, BigDecimal> copy = new EnumMap<>(AdjustmentFactor.class);
        copy.putAll(adjustments);
        adjustments = java.util.Collections.unmodifiableMap(copy);
        if (price.isNegative() || weight.signum() < 0) throw new IllegalArgumentException("价格和权重不能为负 / price and weight cannot be negative");
    }

    public BigDecimal adjustment(AdjustmentFactor factor) {
        return adjustments.getOrDefault(factor, BigDecimal.ZERO);
    }
}
