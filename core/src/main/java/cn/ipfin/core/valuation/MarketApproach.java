package cn.ipfin.core.valuation;

import cn.ipfin.core.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The market approach (市场法): comparable transactions, each adjusted for time, technology, legal status and
 * transaction terms ({@link AdjustmentMode}), then the weighted mean of the adjusted prices:
 * <pre>
 * adjusted_j = price_j × Π(1 + a_ij)   or   price_j × (1 + Σ a_ij)        (HALF_UP to the fen)
 * value      = Σ w_j × adjusted_j,  Σ w_j = 1                              (HALF_UP to the fen, once)
 * </pre>
 * A right whose legal gate is closed is worth zero whatever similar rights fetched.
 */
public final class MarketApproach {

    private final AdjustmentMode mode;

    public MarketApproach(AdjustmentMode mode) {
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    public MarketValuation value(ValuationSubject subject, List<ComparableTransaction> comparables) {
        if (comparables.isEmpty()) throw new IllegalArgumentException("市场法需要可比交易 / the market approach needs comparables");
        BigDecimal weights = BigDecimal.ZERO;
        for (ComparableTransaction c : comparables) weights = weights.add(c.weight());
        if (weights.compareTo(BigDecimal.ONE) != 0) {
            throw new IllegalArgumentException("可比交易权重之和须为1 / comparable weights must sum to 1, not " + weights.toPlainString());
        }
        List<AdjustedComparable> adjusted = new ArrayList<>(comparables.size());
        List<String> lines = new ArrayList<>();
        lines.add("市场法 / market approach (" + mode + ")");
        BigDecimal mean = BigDecimal.ZERO;
        for (ComparableTransaction c : comparables) {
            BigDecimal factor = factorOf(c);
            Money price = c.price().times(factor, RoundingMode.HALF_UP);
            adjusted.add(new AdjustedComparable(c.reference(), c.price(), factor, price, c.weight()));
            mean = mean.add(price.amount().multiply(c.weight()));
            lines.add(c.reference() + ": " + c.price() + " × " + factor.toPlainString() + " = " + price + ", 权重 / weight "
                    + c.weight().toPlainString());
        }
        Money value = subject.legalGateOpen() ? Money.of(mean.setScale(2, RoundingMode.HALF_UP)) : Money.zero();
        lines.add("评估值 / value: " + value + (subject.legalGateOpen() ? "" : " (法律闸门关闭 / legal gate closed)"));
        return new MarketValuation(adjusted, value, lines);
    }

    private BigDecimal factorOf(ComparableTransaction c) {
        BigDecimal factor = BigDecimal.ONE;
        for (AdjustmentFactor f : AdjustmentFactor.values()) {
            factor = mode == AdjustmentMode.MULTIPLICATIVE
                    ? factor.multiply(BigDecimal.ONE.add(c.adjustment(f)))
                    : factor.add(c.adjustment(f));
        }
        return factor;
    }

    public record AdjustedComparable(String reference, Money price, BigDecimal factor, Money adjustedPrice, BigDecimal weight) {
    }

    public record MarketValuation(List<AdjustedComparable> comparables, Money value, List<String> explanation) {
        public MarketValuation {
            comparables = List.copyOf(comparables);
            explanation = List.copyOf(explanation);
        }
    }
}
