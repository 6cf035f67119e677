package cn.ipfin.lending;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The district's registrations by month and kind of right, as the data-chart spec app.js draws: one stacked series
 * per kind, a bar per month, and a click on a segment opens the register filtered on that kind and month.
 */
final class PledgeChart {

    private static final String[] COLOURS = {"#b4232a", "#e07a5f", "#3d5a80", "#81b29a", "#f2cc8f", "#6b7280"};

    private PledgeChart() {
    }

    static Map<String, Object> spec(List<RegisteredPledges.MonthKindCount> counts, String title,
                                    Function<String, String> kindLabel) {
        var months = new TreeSet<YearMonth>();
        var kinds = new TreeSet<String>();
        counts.forEach(c -> {
            months.add(c.month());
            kinds.add(c.kind());
        });
        List<YearMonth> monthList = List.copyOf(months);
        var series = new ArrayList<Map<String, Object>>();
        var seriesLinks = new ArrayList<List<String>>();
        int k = 0;
        for (String kind : kinds) {
            var values = new ArrayList<Long>();
            var links = new ArrayList<String>();
            for (YearMonth month : monthList) {
                values.add(counts.stream().filter(c -> c.kind().equals(kind) && c.month().equals(month))
                        .mapToLong(RegisteredPledges.MonthKindCount::count).sum());
                links.add("/pledges?kind=" + kind + "&from=" + month.atDay(1) + "&to=" + month.atEndOfMonth());
            }
            series.add(Map.of("name", kindLabel.apply(kind), "values", values, "color", COLOURS[k++ % COLOURS.length]));
            seriesLinks.add(links);
        }
        var spec = new LinkedHashMap<String, Object>();
        spec.put("title", title);
        spec.put("labels", monthList.stream().map(YearMonth::toString).toList());
        spec.put("series", series);
        spec.put("seriesLinks", seriesLinks);
        return spec;
    }
}
