package cn.ipfin.servicing;

import cn.ipfin.core.servicing.LoanClassification;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The portfolio by five-category class as the data-chart spec app.js draws (a bar per class, principal outstanding in
 * 万元 rounded half-up to two places): 正常 and 关注 in the platform's grey, the non-performing three in red; a bar
 * opens the loan book of its class.
 */
final class PortfolioChart {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final String LINK = "/servicing/positions?classification=";

    private PortfolioChart() {
    }

    static Map<String, Object> spec(ServicingView.Portfolio portfolio, boolean english, String title) {
        var labels = new java.util.ArrayList<String>();
        var performing = new java.util.ArrayList<BigDecimal>();
        var npl = new java.util.ArrayList<BigDecimal>();
        var links = new java.util.ArrayList<String>();
        for (LoanClassification c : LoanClassification.values()) {
            BigDecimal outstanding = portfolio.rows().stream().filter(r -> r.classification() == c)
                    .map(ServicingView.PortfolioRow::outstanding).findFirst().orElse(BigDecimal.ZERO);
            BigDecimal wan = outstanding.movePointLeft(4).setScale(2, RoundingMode.HALF_UP);
            labels.add(english ? c.en() : c.zh());
            boolean nonPerforming = c.isNonPerforming();
            performing.add(nonPerforming ? null : wan);
            npl.add(nonPerforming ? wan : null);
            links.add(LINK + c.name());
        }
        var spec = new LinkedHashMap<String, Object>();
        spec.put("title", title);
        spec.put("labels", labels);
        spec.put("series", List.of(
                Map.of("name", english ? "Performing" : "正常类贷款", "values", performing, "color", "#9ca3af"),
                Map.of("name", english ? "Non-performing" : "不良贷款", "values", npl, "color", "#b4232a")));
        // a click on a class opens the loan book filtered to that class
        spec.put("links", links);
        return spec;
    }

    static String json(ServicingView.Portfolio portfolio, boolean english, String title) {
        return JSON.writeValueAsString(spec(portfolio, english, title));
    }
}
