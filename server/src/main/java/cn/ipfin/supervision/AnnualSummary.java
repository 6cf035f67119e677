package cn.ipfin.supervision;

import cn.ipfin.core.supervision.AnnualFigures;
import cn.ipfin.core.supervision.Indicators;
import cn.ipfin.core.supervision.Quarter;
import cn.ipfin.core.supervision.QuarterFigures;
import cn.ipfin.core.supervision.ReportingStatus;
import cn.ipfin.core.supervision.TargetProgress;
import cn.ipfin.shared.Actor;
import cn.ipfin.valuation.ChinesePdf;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The annual work summary (年度工作总结, seed 004 (十七): the district's targets and how they were met; 001 四.3) as a
 * PDF in Chinese: the year's figures, quarter by quarter as kept at each quarter's end, each bank's year and how it
 * reported, and the targets with their progress. A year still running counts its quarters so far.
 */
@Component
class AnnualSummary {

    static final int FIRST_YEAR = 2000;

    private final QuarterlyStatistics statistics;
    private final QuarterHistory history;
    private final PlatformFigures platform;
    private final DistrictTargets targets;
    private final ITemplateEngine templates;
    private final ChinesePdf pdf;
    private final MessageSource messages;
    private final Clock clock;

    AnnualSummary(QuarterlyStatistics statistics, QuarterHistory history, PlatformFigures platform,
                  DistrictTargets targets, ITemplateEngine templates, ChinesePdf pdf, MessageSource messages, Clock clock) {
        this.statistics = statistics;
        this.history = history;
        this.platform = platform;
        this.targets = targets;
        this.templates = templates;
        this.pdf = pdf;
        this.messages = messages;
        this.clock = clock;
    }

    /** One quarter of the year: the district's figures and how many banks reported late or not at all. */
    public record QuarterLine(Quarter quarter, Indicators figures, boolean underWay, long behind) {
    }

    /** One bank's year: its figures and its reports by status. */
    public record BankYear(String name, Indicators figures, long onTime, long late, long missing) {
    }

    public record Summary(int year, LocalDate asOf, Indicators district, List<QuarterLine> quarters,
                          List<BankYear> banks, DistrictTargets.Progress targets) {

        /** The district's progress, then each bank's, by name; empty without targets. */
        public List<Map.Entry<String, TargetProgress>> targetLines() {
            if (targets == null) return List.of();
            var lines = new ArrayList<Map.Entry<String, TargetProgress>>();
            lines.add(Map.entry("全区", targets.district()));
            targets.banks().forEach(b -> lines.add(Map.entry(b.bankName(), b.progress())));
            return lines;
        }
    }

    Summary of(Actor actor, int year) {
        LocalDate today = LocalDate.now(clock);
        if (year < FIRST_YEAR || year > today.getYear()) {
            throw SupervisionRules.SUMMARY_YEAR.violation(Integer.toString(year));
        }
        String district = platform.districtOf(actor.orgId());
        var quarters = new ArrayList<QuarterLine>();
        var districtQuarters = new ArrayList<QuarterFigures>();
        var bankQuarters = new LinkedHashMap<Long, List<QuarterFigures>>();
        var statuses = new LinkedHashMap<Long, List<ReportingStatus>>();
        var names = new LinkedHashMap<Long, String>();
        LocalDate asOf = today;
        for (int n = 1; n <= 4; n++) {
            Quarter quarter = new Quarter(year, n);
            if (quarter.firstDay().isAfter(today)) break;
            QuarterHistory.Figures figures = history.figures(district, quarter);
            QuarterlyStatistics.Statistics stats = statistics.of(actor, quarter);
            asOf = stats.asOf();
            districtQuarters.add(figures.district());
            quarters.add(new QuarterLine(quarter, figures.district().indicators(), !figures.snapshot().taken(),
                    stats.behind().size()));
            for (var bank : stats.banks()) {
                names.put(bank.bankId(), bank.bankName());
                bankQuarters.computeIfAbsent(bank.bankId(), id -> new ArrayList<>())
                        .add(figures.of(QuarterHistory.BANK).getOrDefault(Long.toString(bank.bankId()), QuarterFigures.NONE));
                statuses.computeIfAbsent(bank.bankId(), id -> new ArrayList<>()).add(bank.status());
            }
        }
        List<BankYear> banks = names.entrySet().stream().map(bank -> {
            List<ReportingStatus> reported = statuses.get(bank.getKey());
            return new BankYear(bank.getValue(), AnnualFigures.of(bankQuarters.get(bank.getKey())).indicators(),
                    reported.stream().filter(s -> s == ReportingStatus.ON_TIME).count(),
                    reported.stream().filter(s -> s == ReportingStatus.LATE).count(),
                    reported.stream().filter(s -> s == ReportingStatus.MISSING).count());
        }).toList();
        // targets' progress is measured inside the running year only
        DistrictTargets.Progress progress = year == today.getYear() ? targets.progress(actor).orElse(null) : null;
        return new Summary(year, asOf, AnnualFigures.of(districtQuarters).indicators(), quarters, banks, progress);
    }

    byte[] render(Actor actor, int year) {
        Context context = new Context(Locale.SIMPLIFIED_CHINESE);
        context.setVariable("summary", of(actor, year));
        context.setVariable("font", ChinesePdf.FONT_FAMILY);
        context.setVariable("fmt", new QuarterlyBulletin.Figures(messages));
        context.setVariable("issuedOn", LocalDate.now(clock));
        return pdf.render(templates.process("supervision/annual", context));
    }
}
