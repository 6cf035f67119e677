package cn.ipfin.core.valuation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;

/**
 * Yearly levels of a price index (e.g. the NBS producer or R&D-cost price index, any base), used to restate a
 * historical cost at the valuation year: factor = level(to) / level(from), rounded HALF_UP to 6 decimals.
 */
public record PriceIndex(Map<Integer, BigDecimal> levels) {

    private static final int FACTOR_SCALE = 6;

    public PriceIndex {
        levels = java.util.Collections.unmodifiableMap(new TreeMap<>(levels));
        for (BigDecimal level : levels.values()) {
            if (level.signum() <= 0) throw new IllegalArgumentException("价格指数须为正 / index levels must be positive");
        }
    }

    /** An index that never moves: costs are taken as they were. */
    public static PriceIndex flat() {
        return new PriceIndex(Map.of());
    }

    public BigDecimal factor(int fromYear, int toYear) {
        if (fromYear == toYear || levels.isEmpty()) return BigDecimal.ONE;
        return level(toYear).divide(level(fromYear), FACTOR_SCALE, RoundingMode.HALF_UP);
    }

    private BigDecimal level(int year) {
        BigDecimal level = levels.get(year);
        if (level == null) throw new IllegalArgumentException("缺少价格指数 / no index level for " + year);
        return level;
    }
}
