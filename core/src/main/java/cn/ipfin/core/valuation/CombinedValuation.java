package cn.ipfin.core.valuation;

import cn.ipfin.core.money.LargestRemainder;
import cn.ipfin.core.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A value combined from several approaches with stated weights: value = Σ w_a × value_a, rounded HALF_UP to the fen;
 * each approach's contribution is rounded to the fen by largest remainder so the contributions add up exactly to the
 * value shown.
 */
public record CombinedValuation(Map<Approach, Money> values, ApproachWeights weights, Map<Approach, Money> contributions,
                                Money value) {

    public CombinedValuation {
        values = Collections.unmodifiableMap(new EnumMap<>(values));
        contributions = Collections.unmodifiableMap(new EnumMap<>(contributions));
    }

    public static CombinedValuation combine(Map<Approach, Money> values, ApproachWeights weights) {
        List<Approach> used = new ArrayList<>(weights.weights().keySet());
        List<BigDecimal> exact = new ArrayList<>(used.size());
        BigDecimal sum = BigDecimal.ZERO;
        for (Approach a : used) {
            Money v = values.get(a);
            if (v == null) throw new IllegalArgumentException("缺少" + a.zh() + "结果 / no value for the weighted " + a.en());
            BigDecimal part = v.amount().multiply(weights.weights().get(a));
            exact.add(part);
            sum = sum.add(part);
        }
        BigDecimal total = sum.setScale(2, RoundingMode.HALF_UP);
        List<BigDecimal> parts = LargestRemainder.allocate(exact, total, 2);
        Map<Approach, Money> contributions = new EnumMap<>(Approach.class);
        for (int i = 0; i < used.size(); i++) contributions.put(used.get(i), Money.of(parts.get(i)));
        return new CombinedValuation(values, weights, contributions, Money.of(total));
    }

    public List<String> explanation() {
        List<String> lines = new ArrayList<>();
        contributions.forEach((a, c) -> lines.add(a.both() + ": " + values.get(a) + " × "
                + weights.weights().get(a).toPlainString() + " = " + c));
        lines.add("加权评估值 / weighted value: " + value);
        return lines;
    }
}
