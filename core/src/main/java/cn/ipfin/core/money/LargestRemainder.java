package cn.ipfin.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rounds parts so that they add up exactly to a rounded total (the largest-remainder, or Hamilton, method): every
 * part is first rounded down, then the units still missing go one each to the parts that lost most, ties to the
 * earlier part. Deterministic, so the same inputs always give the same explanation.
 */
public final class LargestRemainder {

    private LargestRemainder() {
    }

    /** Parts rounded to {@code scale} decimals whose sum is exactly {@code total} (which must have that scale). */
    public static List<BigDecimal> allocate(List<BigDecimal> exactParts, BigDecimal total, int scale) {
        int n = exactParts.size();
        List<BigDecimal> rounded = new ArrayList<>(n);
        BigDecimal[] lost = new BigDecimal[n];
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            BigDecimal exact = exactParts.get(i);
            BigDecimal down = exact.setScale(scale, RoundingMode.FLOOR);
            rounded.add(down);
            lost[i] = exact.subtract(down);
            sum = sum.add(down);
        }
        BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
        int missing = total.subtract(sum).divide(unit, 0, RoundingMode.UNNECESSARY).intValueExact();
        if (missing == 0) return rounded;
        if (n == 0) throw new IllegalArgumentException("nothing to allocate " + total + " to");
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) order.add(i);
        if (missing > 0) {
            order.sort(Comparator.<Integer, BigDecimal>comparing(i -> lost[i]).reversed().thenComparing(i -> i));
        } else {
            order.sort(Comparator.<Integer, BigDecimal>comparing(i -> lost[i]).thenComparing(i -> i));
        }
        int step = missing > 0 ? 1 : -1;
        for (int k = 0; k < Math.abs(missing); k++) {
            int i = order.get(k % n);
            rounded.set(i, rounded.get(i).add(unit.multiply(BigDecimal.valueOf(step))));
        }
        return rounded;
    }
}
