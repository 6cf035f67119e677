package cn.ipfin.core.valuation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What the cost approach needs beyond the subject: the historical costs, the index that restates them, a reasonable
 * developer's profit on the replacement cost (合理利润, 0 if none), the functional and economic obsolescence rates,
 * and the years of economic life used and left (an intangible asset has no physical wear, so only these count).
 */
public record CostBasis(
        List<CostItem> items,
        PriceIndex index,
        BigDecimal developerProfitRate,
        BigDecimal functionalObsolescence,
        BigDecimal economicObsolescence,
        BigDecimal usedYears,
        BigDecimal remainingYears) {

    public CostBasis {
        items = List.copyOf(items);
        Objects.requireNonNull(index, "index");
        requireFraction(developerProfitRate, "developerProfitRate", false);
        requireFraction(functionalObsolescence, "functionalObsolescence", true);
        requireFraction(economicObsolescence, "economicObsolescence", true);
        Objects.requireNonNull(usedYears, "usedYears");
        Objects.requireNonNull(remainingYears, "remainingYears");
        if (usedYears.signum() < 0 || remainingYears.signum() < 0 || usedYears.add(remainingYears).signum() == 0) {
            throw new IllegalArgumentException("年限须非负且总和为正 / used and remaining years must be >= 0 with a positive total");
        }
    }

    private static void requireFraction(BigDecimal value, String name, boolean atMostOne) {
        Objects.requireNonNull(value, name);
        if (value.signum() < 0 || (atMostOne && value.compareTo(BigDecimal.ONE) > 0)) {
            throw new IllegalArgumentException(name + " out of range: " + value);
        }
    }
}
