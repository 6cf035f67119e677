package cn.ipfin.supervision;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.money.MoneyFormat;
import cn.ipfin.core.supervision.Indicators;
import cn.ipfin.core.supervision.Quarter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The dashboard's charts as the data-chart specs app.js draws, amounts in 万元 (two places, half up); each bar links
 * to the list of loans behind it.
 */
final class SupervisionCharts {

    private SupervisionCharts() {
    }

    /** New loans and balance per bank; a bar opens that bank's loans of the quarter. */
    static Map<String, Object> byBank(QuarterlyStatistics.Statistics statistics, boolean english, String title,
                                      String newName, String balanceName) {
        var labels = new ArrayList<String>();
        var links = new ArrayList<String>();
        var newAmounts = new ArrayList<BigDecimal>();
        var balances = new ArrayList<BigDecimal>();
        for (var line : statistics.banks()) {
            labels.add(english ? line.bankNameEn() : line.bankName());
            links.add(loansLink(statistics.quarter()) + "&bank=" + line.bankId());
            newAmounts.add(wan(line.platform().newAmount()));
            balances.add(wan(line.platform().balance()));
        }
        return grouped(title, labels, links, List.of(
                series(newName, newAmounts, "#b4232a"), series(balanceName, balances, "#9ca3af")));
    }

    /** Balance and NPL balance per collateral kind; a bar opens the loans of that kind. */
    static Map<String, Object> byKind(QuarterlyStatistics.Statistics statistics, Function<String, String> kindName,
                                      String title, String balanceName, String nplName) {
        var labels = new ArrayList<String>();
        var links = new ArrayList<String>();
        var balances = new ArrayList<BigDecimal>();
        var npl = new ArrayList<BigDecimal>();
        statistics.byKind().forEach((kind, figures) -> {
            labels.add(kindName.apply(kind));
            links.add(loansLink(statistics.quarter()) + "&kind=" + kind);
            balances.add(wan(figures.balance()));
            npl.add(wan(figures.nplBalance()));
        });
        return grouped(title, labels, links, List.of(series(balanceName, balances, "#9ca3af"),
                series(nplName, npl, "#b4232a")));
    }

    /** New loans by quarter over the last quarters; a bar opens that quarter's loans. */
    static Map<String, Object> byQuarter(List<Map.Entry<Quarter, Indicators>> trend, String title, String newName,
                                         String balanceName) {
        var labels = new ArrayList<String>();
        var links = new ArrayList<String>();
        var newAmounts = new ArrayList<BigDecimal>();
        var balances = new ArrayList<BigDecimal>();
        for (var point : trend) {
            labels.add(point.getKey().toString());
            links.add(loansLink(point.getKey()));
            newAmounts.add(wan(point.getValue().newAmount()));
            balances.add(wan(point.getValue().balance()));
        }
        return grouped(title, labels, links, List.of(series(newName, newAmounts, "#b4232a"),
                series(balanceName, balances, "#9ca3af")));
    }

    /** Each programme's year: committed and paid, with what remains of its budget; a bar opens the programme. */
    static Map<String, Object> byProgramme(List<ProgrammeSpending.Line> lines, boolean english, String title,
                                           String committedName, String paidName, String remainingName) {
        var labels = new ArrayList<String>();
        var links = new ArrayList<String>();
        var committed = new ArrayList<BigDecimal>();
        var paid = new ArrayList<BigDecimal>();
        var remaining = new ArrayList<BigDecimal>();
        for (var line : lines) {
            labels.add(english ? line.nameEn() : line.nameZh());
            links.add("/programmes/" + line.key());
            committed.add(wan(line.report().budget().committed()));
            paid.add(wan(line.report().budget().paid()));
            remaining.add(wan(line.report().budget().remaining()));
        }
        return grouped(title, labels, links, List.of(series(committedName, committed, "#b4232a"),
                series(paidName, paid, "#6b7280"), series(remainingName, remaining, "#d1d5db")));
    }

    static String loansLink(Quarter quarter) {
        return "/supervision/loans?quarter=" + quarter;
    }

    private static Map<String, Object> grouped(String title, List<String> labels, List<String> links,
                                               List<Map<String, Object>> series) {
        var spec = new LinkedHashMap<String, Object>();
        spec.put("title", title);
        spec.put("labels", labels);
        spec.put("grouped", true);
        spec.put("series", series);
        spec.put("links", links);
        return spec;
    }

    private static Map<String, Object> series(String name, List<BigDecimal> values, String color) {
        return Map.of("name", name, "values", values, "color", color);
    }

    static BigDecimal wan(Money amount) {
        return MoneyFormat.inWan(amount);
    }
}
