package cn.ipfin.servicing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The non-performing loans at each month-end as the data-chart spec app.js draws: the NPL amount in 万元 (bars, red)
 * and the NPL ratio in percent (a line on the right-hand axis). A month opens the loan book's non-performing loans.
 */
final class NplTrendChart {

    static final String LINK = "/servicing/positions?npl=true";

    private NplTrendChart() {
    }

    static Map<String, Object> spec(List<LoanBook.MonthEnd> trend, boolean english, String title) {
        var labels = new ArrayList<String>();
        var amounts = new ArrayList<BigDecimal>();
        var ratios = new ArrayList<BigDecimal>();
        var links = new ArrayList<String>();
        for (LoanBook.MonthEnd m : trend) {
            labels.add(m.date().toString());
            amounts.add(m.npl().movePointLeft(4).setScale(2, RoundingMode.HALF_UP));
            ratios.add(m.nplPercent());
            links.add(LINK);
        }
        var spec = new LinkedHashMap<String, Object>();
        spec.put("title", title);
        spec.put("labels", labels);
        spec.put("grouped", true);
        spec.put("series", List.of(
                Map.of("name", english ? "NPL (10k yuan)" : "不良贷款（万元）", "values", amounts, "color", "#b4232a"),
                Map.of("name", english ? "NPL ratio (%)" : "不良率（%）", "values", ratios, "color", "#1f2937",
                        "type", "line", "axis", 1)));
        spec.put("links", links);
        return spec;
    }
}
