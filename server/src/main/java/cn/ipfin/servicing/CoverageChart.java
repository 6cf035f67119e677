package cn.ipfin.servicing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Coverage as the data-chart spec app.js draws as a scatter: each active loan at (principal outstanding, collateral
 * value), both in 万元 to two places; the line is the collateral the threshold requires (principal ÷ threshold), so a
 * loan below it is short of collateral (red). A point opens its loan's servicing page.
 */
final class CoverageChart {

    private CoverageChart() {
    }

    static Map<String, Object> spec(CollateralCoverage.Coverage coverage, boolean english, String title) {
        var below = new java.util.HashSet<>(coverage.belowLine());
        var covered = new ArrayList<List<Object>>();
        var coveredLinks = new ArrayList<String>();
        var short_ = new ArrayList<List<Object>>();
        var shortLinks = new ArrayList<String>();
        BigDecimal maxX = BigDecimal.ZERO;
        for (CollateralCoverage.Point p : coverage.points()) {
            BigDecimal x = wan(p.principalOutstanding());
            maxX = maxX.max(x);
            List<Object> point = List.of(x, wan(p.collateralValue()), p.loanNo() + " " + p.enterpriseName());
            String link = "/loans/" + p.loanNo() + "/servicing";
            if (below.contains(p)) {
                short_.add(point);
                shortLinks.add(link);
            } else {
                covered.add(point);
                coveredLinks.add(link);
            }
        }
        var spec = new LinkedHashMap<String, Object>();
        spec.put("title", title);
        spec.put("xName", english ? "Principal outstanding (10k yuan)" : "本金余额（万元）");
        spec.put("yName", english ? "Collateral value (10k yuan)" : "质押物价值（万元）");
        spec.put("scatter", List.of(
                Map.of("name", english ? "Covered" : "覆盖充足", "points", covered, "color", "#9ca3af", "links", coveredLinks),
                Map.of("name", english ? "Below the line" : "低于警戒线", "points", short_, "color", "#b4232a", "links", shortLinks)));
        // the line from the origin to the largest principal: collateral value = principal ÷ threshold
        BigDecimal endY = coverage.threshold().signum() == 0 ? maxX
                : maxX.divide(coverage.threshold(), 2, RoundingMode.HALF_UP);
        spec.put("line", Map.of("name", (english ? "Required collateral, threshold " : "警戒线：本金÷质押物价值 = ")
                + coverage.threshold().stripTrailingZeros().toPlainString(),
                "points", List.of(List.of(BigDecimal.ZERO, BigDecimal.ZERO), List.of(maxX, endY))));
        return spec;
    }

    private static BigDecimal wan(BigDecimal yuan) {
        return yuan.movePointLeft(4).setScale(2, RoundingMode.HALF_UP);
    }
}
