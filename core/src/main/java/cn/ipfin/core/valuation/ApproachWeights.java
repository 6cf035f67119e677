package cn.ipfin.core.valuation;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The stated weights with which a valuation combines approaches. They must be non-negative and sum to exactly 1: a
 * report that weights income 0.7 and market 0.4 is an error, not something to normalise silently.
 */
public record ApproachWeights(Map<Approach, BigDecimal> weights) {

    public ApproachWeights {
        Objects.requireNonNull(weights, "weights");
        EnumMap<Approach, BigDecimal> copy = new EnumMap<>(Approach.class);
        copy.putAll(weights);
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal w : copy.values()) {
            if (w.signum() < 0) throw new IllegalArgumentException("方法权重不能为负 / an approach weight cannot be negative: " + w);
            sum = sum.add(w);
        }
        if (sum.compareTo(BigDecimal.ONE) != 0) {
            throw new IllegalArgumentException("方法权重之和须为1 / approach weights must sum to 1, not " + sum.toPlainString());
        }
        weights = Collections.unmodifiableMap(copy);
    }

    public static ApproachWeights of(Approach a, String wa, Approach b, String wb) {
        return new ApproachWeights(Map.of(a, new BigDecimal(wa), b, new BigDecimal(wb)));
    }

    public static ApproachWeights only(Approach a) {
        return new ApproachWeights(Map.of(a, BigDecimal.ONE));
    }
}
