package cn.ipfin.valuation;

import cn.ipfin.core.money.MoneyFormat;
import cn.ipfin.core.valuation.SensitivityAnalysis;
import cn.ipfin.core.valuation.SensitivityParameter;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * A valuation's sensitivity table as the data-chart spec app.js draws: a group per change of an input (−20 % … +20 %),
 * a bar per parameter, the height the value's change in percent (two places, half-up). Which input moves the value
 * most is seen at a glance; the table below keeps the amounts.
 */
final class SensitivityChart {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] COLOURS = {"#b4232a", "#3d5a80", "#81b29a", "#e07a5f", "#6b7280"};

    private SensitivityChart() {
    }

    static Map<String, Object> spec(SensitivityAnalysis.Table table, boolean english, String title) {
        var changes = new LinkedHashSet<BigDecimal>();
        var parameters = new LinkedHashSet<SensitivityParameter>();
        for (var row : table.rows()) {
            changes.add(row.change());
            parameters.add(row.parameter());
        }
        var series = new ArrayList<Map<String, Object>>();
        int k = 0;
        for (SensitivityParameter parameter : parameters) {
            var values = new ArrayList<BigDecimal>();
            for (BigDecimal change : changes) {
                values.add(table.rows().stream().filter(r -> r.parameter() == parameter && r.change().compareTo(change) == 0)
                        .map(r -> r.valueChange().movePointRight(2).setScale(2, RoundingMode.HALF_UP))
                        .findFirst().orElse(null));
            }
            series.add(Map.of("name", english ? parameter.en() : parameter.zh(), "values", values,
                    "color", COLOURS[k++ % COLOURS.length]));
        }
        var spec = new LinkedHashMap<String, Object>();
        spec.put("title", title);
        spec.put("labels", changes.stream().map(c -> (c.signum() > 0 ? "+" : "") + MoneyFormat.percent(c)).toList());
        spec.put("series", series);
        spec.put("grouped", true);
        return spec;
    }

    static String json(SensitivityAnalysis.Table table, boolean english, String title) {
        return JSON.writeValueAsString(spec(table, english, title));
    }
}
