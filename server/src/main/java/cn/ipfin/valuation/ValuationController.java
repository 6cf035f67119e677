package cn.ipfin.valuation;

import cn.ipfin.core.valuation.Dimension;
import cn.ipfin.ledger.Ledger;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.PageActions;
import cn.ipfin.shared.Role;
import cn.ipfin.shared.RuleViolation;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.math.BigDecimal;
import java.util.function.Supplier;

/** The valuation pages; actions are htmx posts that reload the page or show the refusal in place. */
@Controller
class ValuationController {

    private final Valuations valuations;
    private final ValuationRequests requests;
    private final ValuationReport report;
    private final CollateralAlerts alerts;
    private final ValuationFirms firms;
    private final BankValuationFirms bankFirms;
    private final Ledger ledger;
    private final MessageSource messages;
    private final PageActions actions;

    ValuationController(Valuations valuations, ValuationRequests requests, ValuationReport report,
                        CollateralAlerts alerts, ValuationFirms firms, BankValuationFirms bankFirms, Ledger ledger,
                        MessageSource messages, PageActions actions) {
        this.bankFirms = bankFirms;
        this.valuations = valuations;
        this.requests = requests;
        this.firms = firms;
        this.report = report;
        this.alerts = alerts;
        this.ledger = ledger;
        this.messages = messages;
        this.actions = actions;
    }

    @GetMapping("/valuations")
    String list(Actor actor, @RequestParam(required = false) ValuationState state,
                @RequestParam(required = false) Long firm, @RequestParam(required = false) String q,
                @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate from,
                @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate to,
                @RequestParam(defaultValue = "0") int page, Model model) {
        var filter = new Valuations.Filter(state, firm, from, to, q == null || q.isBlank() ? null : q.strip());
        model.addAttribute("state", state);
        model.addAttribute("filter", filter);
        model.addAttribute("states", ValuationState.values());
        model.addAttribute("firmsSeen", valuations.firmsSeen(actor));
        model.addAttribute("result", valuations.search(actor, filter, Math.max(0, page), 50));
        boolean bank = ValuationRequests.isBankUser(actor);
        boolean canRequest = bank || actor.has(Role.ENTERPRISE_FINANCE);
        model.addAttribute("canRequest", canRequest);
        model.addAttribute("bank", bank);
        // a bank picks among the firms it cooperates with (seed 004 (四)); an enterprise among the district's library
        model.addAttribute("firms", !canRequest ? java.util.List.of() : bank
                ? bankFirms.list(actor).stream().filter(BankValuationFirms.CooperationFirm::usable)
                  .map(f -> new ValuationFirms.Firm(f.firmOrgId(), f.name(), f.districtStatus(), 0)).toList()
                : firms.all().stream().filter(f -> "ADMITTED".equals(f.status())).toList());
        return "valuation/list";
    }

    /** A new request from the list page: the asset by its number (专利号 / 注册号), as users know it. */
    @PostMapping("/valuations")
    @ResponseBody
    String request(Actor actor, @RequestParam(defaultValue = "") String assetNumber, @RequestParam long firmOrgId,
                   @RequestParam(defaultValue = "") String purpose, HttpServletResponse response) {
        return act(response, () -> {
            if (purpose.isBlank()) throw ValuationRules.PURPOSE_REQUIRED.violation();
            long assetId = requests.visibleAssetByNumber(actor, assetNumber.strip());
            return requests.request(actor, new ValuationRequests.NewRequest(assetId, null, null, firmOrgId, purpose));
        });
    }

    @GetMapping("/valuations/{id}")
    String detail(Actor actor, @PathVariable long id, Model model) {
        Valuation v = valuations.get(actor, id);
        ValuationInputs inputs = valuations.inputs(id);
        model.addAttribute("v", v);
        model.addAttribute("inputs", inputs);
        var result = inputs == null ? null : ValuationEngine.compute(inputs);
        model.addAttribute("result", result);
        if (result != null && result.sensitivity() != null) {
            var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
            model.addAttribute("sensitivityChart", SensitivityChart.json(result.sensitivity(),
                    "en".equals(locale.getLanguage()), messages.getMessage("valuation.chart.sensitivity", null, locale)));
        }
        model.addAttribute("comparison", inputs == null ? null : valuations.comparison(id));
        model.addAttribute("dimensions", Dimension.values());
        model.addAttribute("history", ledger.history(actor, ValuationRequests.SUBJECT, Long.toString(id)));
        boolean valuer = actor.has(v.internal() ? Role.BANK_VALUER : Role.VALUER) && actor.orgId() == v.firmOrgId();
        model.addAttribute("canPreValue", v.state() == ValuationState.REQUESTED
                && (valuer || v.requesterOrgId() == actor.orgId() || actor.has(Role.IPO_OFFICER)));
        model.addAttribute("canReview", valuer && (v.state() == ValuationState.PRE_VALUED || v.state() == ValuationState.IN_REVIEW));
        model.addAttribute("canSecondReview", v.state() == ValuationState.SIGNED
                && (actor.has(Role.IPO_OFFICER) || actor.has(Role.EXPERT)));
        model.addAttribute("canBankReview", v.state().isSigned() && v.bankReview() == null
                && (actor.has(Role.BANK_APPROVER) || actor.has(Role.BANK_VALUER))
                && actor.visibleOrgIds().contains(v.requesterOrgId()) && !actor.username().equals(v.valuerUser()));
        return "valuation/detail";
    }

    @GetMapping("/valuations/{id}/report.pdf")
    ResponseEntity<byte[]> pdf(Actor actor, @PathVariable long id) {
        return ValuationApi.reportResponse(valuations, report, actor, id);
    }

    @GetMapping("/collateral-alerts")
    String alerts(Actor actor, @RequestParam(required = false) Long bank, @RequestParam(required = false) String q,
                  @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate from,
                  @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate to,
                  @RequestParam(defaultValue = "0") int page, Model model) {
        var filter = new CollateralAlerts.Filter(bank, from, to, q == null || q.isBlank() ? null : q.strip());
        var result = alerts.search(actor, filter, Math.max(0, page), 50);
        model.addAttribute("filter", filter);
        model.addAttribute("banks", alerts.banks(actor));
        model.addAttribute("result", result);
        model.addAttribute("alerts", result.rows());
        return "valuation/alerts";
    }

    @PostMapping("/valuations/{id}/pre-valuation")
    @ResponseBody
    String preValue(Actor actor, @PathVariable long id, @RequestParam int version, HttpServletResponse response) {
        return act(response, () -> requests.preValue(actor, id, version));
    }

    @PostMapping("/valuations/{id}/adjustment")
    @ResponseBody
    String adjust(Actor actor, @PathVariable long id, @RequestParam int version,
                  @RequestParam(required = false) BigDecimal splitRatePercent,
                  @RequestParam(required = false) BigDecimal economicLifeYears,
                  @RequestParam(required = false) BigDecimal riskPremiumPercent,
                  @RequestParam(required = false) Integer advancementGrade,
                  @RequestParam(required = false) Integer substitutabilityGrade,
                  @RequestParam(required = false) Integer maturityGrade,
                  @RequestParam(required = false) BigDecimal revenue,
                  @RequestParam(defaultValue = "") String reason, HttpServletResponse response) {
        var overrides = new ValuationInputs.Overrides(fraction(splitRatePercent), economicLifeYears,
                fraction(riskPremiumPercent), advancementGrade, substitutabilityGrade, maturityGrade, null);
        return act(response, () -> requests.adjust(actor, id, version, overrides, changedRevenue(actor, id, revenue),
                null, reason));
    }

    /**
     * The form shows the first year's royalty base; sent back unchanged it must not replace a multi-year forecast
     * the valuer gave through the API with one flat year.
     */
    private java.util.List<BigDecimal> changedRevenue(Actor actor, long id, BigDecimal revenue) {
        if (revenue == null) return null;
        valuations.get(actor, id);
        ValuationInputs current = valuations.inputs(id);
        boolean same = current != null && !current.revenueForecast().isEmpty()
                && current.revenueForecast().getFirst().compareTo(revenue) == 0;
        return same ? null : java.util.List.of(revenue);
    }

    @PostMapping("/valuations/{id}/signature")
    @ResponseBody
    String sign(Actor actor, @PathVariable long id, @RequestParam int version, HttpServletResponse response) {
        return act(response, () -> requests.sign(actor, id, version));
    }

    @PostMapping("/valuations/{id}/second-review")
    @ResponseBody
    String secondReview(Actor actor, @PathVariable long id, @RequestParam int version,
                        @RequestParam(defaultValue = "true") boolean confirm,
                        @RequestParam(defaultValue = "") String opinion, HttpServletResponse response) {
        return act(response, () -> requests.secondReview(actor, id, version, confirm, opinion));
    }

    private static BigDecimal fraction(BigDecimal percent) {
        return percent == null ? null : percent.movePointLeft(2);
    }

    /** Runs the command; on success htmx reloads the page, on refusal the reason shows where the form is. */
    private String act(HttpServletResponse response, Supplier<Valuation> command) {
        return actions.run(response, () -> "/valuations/" + command.get().id());
    }
}
