package cn.ipfin.core.securitization.cost;

import cn.ipfin.core.money.LargestRemainder;
import cn.ipfin.core.money.Money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * Each enterprise's share of an issue's cost (Longnan 二(一): "市场主导、政府补贴、企业分担"): the cost in proportion to
 * what the enterprise raises in the pool, in fen that add up exactly to the cost (largest remainder, ties to the
 * earlier enterprise). The share is what an enterprise bears before the programme's subsidy, and its base.
 */
public final class IssueCostShares {

    private IssueCostShares() {
    }

    /** The shares of {@code cost} over {@code amounts}, in the amounts' order. */
    public static List<Money> of(Money cost, List<Money> amounts) {
        if (cost.isNegative()) throw new IllegalArgumentException("a negative issue cost: " + cost);
        BigDecimal pool = amounts.stream().map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (amounts.isEmpty() || pool.signum() <= 0 || amounts.stream().anyMatch(a -> !a.isPositive())) {
            throw new IllegalArgumentException("an issue cost is shared over positive amounts only: " + amounts);
        }
        List<BigDecimal> exact = amounts.stream()
                .map(a -> cost.amount().multiply(a.amount()).divide(pool, MathContext.DECIMAL128)).toList();
        return LargestRemainder.allocate(exact, cost.amount(), 2).stream().map(Money::of).toList();
    }
}
