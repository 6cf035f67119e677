package cn.ipfin.supervision;

import cn.ipfin.core.party.OrgType;
import cn.ipfin.core.supervision.Quarter;
import cn.ipfin.core.supervision.ReportingStatus;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.Role;
import cn.ipfin.shared.RuleViolation;
import cn.ipfin.shared.UploadFilename;
import cn.ipfin.tabular.TabularWriter;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The supervision pages: the quarter's dashboard for the IP office and the financial regulators (charts that open the
 * loans behind them, each bank's figures beside its report, who is late, the NPL tolerance), the quarterly bulletin as
 * a PDF, and the banks' own page to submit their quarterly report by the Excel template.
 */
@Controller
class SupervisionController {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int TREND_QUARTERS = 4;
    private static final int SELECTABLE_QUARTERS = 8;

    private final QuarterlyStatistics statistics;
    private final BankReports reports;
    private final QuarterlyBulletin bulletin;
    private final AnnualSummary annual;
    private final DistrictTargets targets;
    private final ProgrammeSpending spending;
    private final MessageSource messages;
    private final Clock clock;

    SupervisionController(QuarterlyStatistics statistics, BankReports reports, QuarterlyBulletin bulletin,
                          AnnualSummary annual, DistrictTargets targets, ProgrammeSpending spending,
                          MessageSource messages, Clock clock) {
        this.statistics = statistics;
        this.reports = reports;
        this.bulletin = bulletin;
        this.annual = annual;
        this.targets = targets;
        this.spending = spending;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/supervision")
    String dashboard(Actor actor, @RequestParam(required = false) String quarter, Model model) {
        requireReader(actor);
        Quarter q = quarter(quarter);
        var stats = statistics.of(actor, q);
        boolean english = english();
        model.addAttribute("stats", stats);
        model.addAttribute("snapshotNote", snapshotNote(stats.snapshot()));
        model.addAttribute("quarters", selectable());
        model.addAttribute("bankChart", JSON.writeValueAsString(SupervisionCharts.byBank(stats, english,
                message("supervision.chart.byBank"), message("supervision.newAmount"), message("supervision.balance"))));
        model.addAttribute("kindChart", JSON.writeValueAsString(SupervisionCharts.byKind(stats, this::kindName,
                message("supervision.chart.byKind"), message("supervision.balance"), message("supervision.nplBalance"))));
        model.addAttribute("trendChart", JSON.writeValueAsString(SupervisionCharts.byQuarter(
                statistics.trend(actor, q, TREND_QUARTERS), message("supervision.chart.byQuarter"),
                message("supervision.newAmount"), message("supervision.balance"))));
        model.addAttribute("kindNames", new KindNames());
        model.addAttribute("targets", targets.progress(actor).orElse(null));
        // as text: a message argument that is a number would read "2,026"
        model.addAttribute("targetYear", Integer.toString(LocalDate.now(clock).getYear()));
        model.addAttribute("setsTargets", actor.has(Role.IPO_OFFICER));
        // the programmes are the office's own: regulators read statistics and bulletins only
        if (actor.has(Role.IPO_OFFICER)) {
            var lines = spending.of(actor, LocalDate.now(clock).getYear());
            model.addAttribute("programmeSpending", lines);
            model.addAttribute("programmeChart", JSON.writeValueAsString(SupervisionCharts.byProgramme(lines, english,
                    message("supervision.programmes.chart"), message("supervision.programmes.committed"),
                    message("supervision.programmes.paid"), message("supervision.programmes.remaining"))));
        }
        return "supervision/dashboard";
    }

    /** The office sets the year's targets (004 (十七)); a refusal is shown on the dashboard with its reason. */
    @PostMapping("/supervision/targets")
    String setTargets(Actor actor, @RequestParam int year, @RequestParam BigDecimal countGrowth,
                      @RequestParam BigDecimal amountGrowth, @RequestParam(required = false) Integer enterprises,
                      Model model) {
        if (!actor.has(Role.IPO_OFFICER)) throw new AccessDeniedException("the IP office sets the targets");
        try {
            targets.set(actor, year, countGrowth, amountGrowth, enterprises);
        } catch (RuleViolation refused) {
            model.addAttribute("targetRefusal", english() ? refused.en() : refused.zh());
            return dashboard(actor, null, model);
        }
        return "redirect:/supervision#targets";
    }

    /** The loans behind a figure, of one bank (with where it stands with its report) or one collateral kind. */
    @GetMapping("/supervision/loans")
    String loans(Actor actor, @RequestParam(required = false) String quarter, @RequestParam(required = false) Long bank,
                 @RequestParam(required = false) String kind, Model model) {
        requireReader(actor);
        Quarter q = quarter(quarter);
        var stats = statistics.of(actor, q);
        model.addAttribute("stats", stats);
        model.addAttribute("bankLine", bank == null ? null
                : stats.banks().stream().filter(b -> b.bankId() == bank).findFirst().orElse(null));
        model.addAttribute("versions", bank == null ? List.of() : reports.versions(bank, q));
        model.addAttribute("kind", kind);
        model.addAttribute("loans", statistics.loans(actor, q, bank, kind));
        model.addAttribute("kindNames", new KindNames());
        return "supervision/loans";
    }

    @GetMapping("/supervision/bulletin.pdf")
    void bulletin(Actor actor, @RequestParam(required = false) String quarter, HttpServletResponse response)
            throws IOException {
        requireReader(actor);
        Quarter q = quarter(quarter);
        byte[] pdf = bulletin.render(actor, q);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"bulletin-" + q + ".pdf\"");
        response.getOutputStream().write(pdf);
    }

    /** The annual work summary (年度工作总结) of a year, this one by default, as a Chinese PDF. */
    @GetMapping("/supervision/annual.pdf")
    void annualSummary(Actor actor, @RequestParam(required = false) Integer year, HttpServletResponse response)
            throws IOException {
        requireReader(actor);
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        byte[] pdf = annual.render(actor, y);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"annual-summary-" + y + ".pdf\"");
        response.getOutputStream().write(pdf);
    }

    @GetMapping("/supervision/submissions")
    String submissions(Actor actor, Model model) {
        requireBank(actor);
        LocalDate today = LocalDate.now(clock);
        var rows = new ArrayList<Submission>();
        for (Quarter q : selectable()) {
            var versions = reports.versions(actor.orgId(), q);
            LocalDate first = versions.isEmpty() ? null : versions.getLast().submittedOn();
            rows.add(new Submission(q, ReportingStatus.of(q, first, today), versions));
        }
        model.addAttribute("submissions", rows);
        return "supervision/submissions";
    }

    @PostMapping("/supervision/submissions")
    String submit(Actor actor, @RequestParam("file") MultipartFile file, Model model) throws IOException {
        requireBank(actor);
        model.addAttribute("report", reports.submit(actor, UploadFilename.clean(file.getOriginalFilename(), "upload"),
                file.getBytes()));
        return submissions(actor, model);
    }

    @GetMapping("/supervision/submissions/template.xlsx")
    void template(Actor actor, HttpServletResponse response) throws IOException {
        requireBank(actor);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + BankReportImport.TEMPLATE.name()
                + "-template.xlsx\"");
        TabularWriter.writeTemplate(BankReportImport.TEMPLATE, response.getOutputStream());
    }

    record Submission(Quarter quarter, ReportingStatus status, List<BankReport> versions) {
    }

    /** Collateral kinds by name in the reader's language; MIXED for bundles, "—" for loans without a registered pledge. */
    final class KindNames {
        public String of(String kind) {
            return kindName(kind);
        }
    }

    String kindName(String kind) {
        if (kind == null || kind.equals("—")) return message("supervision.kind.none");
        return messages.getMessage(kind.equals("MIXED") ? "supervision.kind.MIXED" : "ipKind." + kind, null, kind,
                LocaleContextHolder.getLocale());
    }

    /** How the quarter's figures were kept: at its closing day's close, later on demand, or not yet (under way). */
    private String snapshotNote(QuarterHistory.Snapshot snapshot) {
        if (!snapshot.taken()) return message("supervision.history.underWay");
        if (snapshot.source().equals("CLOSE")) return message("supervision.history.atClose");
        return messages.getMessage("supervision.history.onDemand",
                new Object[]{LocalDate.ofInstant(snapshot.takenAt(), clock.getZone()).toString()},
                LocaleContextHolder.getLocale());
    }

    /** The quarter asked for, or the last one that has ended (the one being reported). */
    private Quarter quarter(String text) {
        if (text != null && !text.isBlank()) {
            try {
                return Quarter.parse(text);
            } catch (IllegalArgumentException e) {
                throw SupervisionRules.QUARTER_FORMAT.violation();
            }
        }
        return Quarter.of(LocalDate.now(clock)).previous();
    }

    private List<Quarter> selectable() {
        var quarters = new ArrayList<Quarter>();
        for (Quarter q = Quarter.of(LocalDate.now(clock)).previous(); quarters.size() < SELECTABLE_QUARTERS; q = q.previous()) {
            quarters.add(q);
        }
        return quarters;
    }

    /** The IP office and the financial regulators read the statistics. */
    private static void requireReader(Actor actor) {
        boolean reader = actor.has(Role.IPO_OFFICER) || actor.has(Role.AUDITOR)
                || actor.roles().stream().anyMatch(Role.REGULATORS::contains);
        if (!reader) throw new AccessDeniedException("the statistics are for the IP office and the regulators");
    }

    private static void requireBank(Actor actor) {
        if (actor.orgType() != OrgType.BANK) throw new AccessDeniedException("the quarterly report is the bank's");
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private static boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
