package cn.ipfin.workspace;

import cn.ipfin.core.lending.LoanState;
import cn.ipfin.lending.LoanStateTotal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The overview's principal-by-state chart: loans still in play (in the pipeline or with money out) drawn apart from
 * those that are over (repaid, withdrawn, rejected), so a glance does not add withdrawn principal to the book. Each
 * bar links to the loan list filtered on its state. Amounts in 万元, rounded half-up to two places.
 */
record LoanStateChart(List<String> labels, List<BigDecimal> active, List<BigDecimal> closed, List<String> links) {

    /** Over: no money out and nothing more will happen to it. */
    static boolean closed(LoanState state) {
        return state == LoanState.REPAID || state == LoanState.WITHDRAWN || state == LoanState.REJECTED;
    }

    static LoanStateChart of(List<LoanStateTotal> totals, Function<LoanState, String> label) {
        var labels = new ArrayList<String>();
        var active = new ArrayList<BigDecimal>();
        var closed = new ArrayList<BigDecimal>();
        var links = new ArrayList<String>();
        for (LoanStateTotal total : totals) {
            BigDecimal wan = total.principal().movePointLeft(4).setScale(2, RoundingMode.HALF_UP);
            labels.add(label.apply(total.state()));
            active.add(closed(total.state()) ? null : wan);
            closed.add(closed(total.state()) ? wan : null);
            links.add("/loans?state=" + total.state().name());
        }
        return new LoanStateChart(labels, active, closed, links);
    }

    /** The data-chart spec app.js draws: two stacked series, and where a click on each bar goes. */
    Map<String, Object> spec(String title, String activeName, String closedName) {
        var spec = new LinkedHashMap<String, Object>();
        spec.put("title", title);
        spec.put("labels", labels);
        spec.put("series", List.of(
                Map.of("name", activeName, "values", active, "color", "#b4232a"),
                Map.of("name", closedName, "values", closed, "color", "#9ca3af")));
        spec.put("links", links);
        return spec;
    }
}
