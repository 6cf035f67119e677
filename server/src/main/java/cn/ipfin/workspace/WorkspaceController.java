package cn.ipfin.workspace;

import cn.ipfin.asset.IpAssets;
import cn.ipfin.core.party.OrgType;
import cn.ipfin.lending.LoanStateTotal;
import cn.ipfin.lending.Loans;
import cn.ipfin.servicing.ServicingView;
import cn.ipfin.party.Enterprises;
import cn.ipfin.party.Organisations;
import cn.ipfin.shared.Actor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

import java.math.RoundingMode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Each role's workspace: the first page after sign-in, showing what that organisation is responsible for. */
@Controller
class WorkspaceController {

    private final Organisations organisations;
    private final Enterprises enterprises;
    private final IpAssets assets;
    private final Loans loans;
    private final ServicingView servicing;
    private final MessageSource messages;
    private final JsonMapper json;

    WorkspaceController(Organisations organisations, Enterprises enterprises, IpAssets assets, Loans loans,
                        ServicingView servicing, MessageSource messages, JsonMapper json) {
        this.servicing = servicing;
        this.organisations = organisations;
        this.enterprises = enterprises;
        this.assets = assets;
        this.loans = loans;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/workspace";
    }

    @GetMapping("/workspace")
    String workspace(Actor actor, Model model) {
        model.addAttribute("organisation", organisations.find(actor, actor.orgId()).orElse(null));
        return switch (actor.orgType()) {
            case IP_OFFICE -> office(actor, model);
            case BANK -> bank(actor, model);
            case ENTERPRISE -> enterprise(actor, model);
            // the regulators read the statistics and bulletins only (issue 20)
            case BANKING_REGULATOR, PBOC_BRANCH -> "redirect:/supervision";
            default -> institution(model);
        };
    }

    @GetMapping("/institutions")
    String institutions(Model model) {
        model.addAttribute("institutions", organisations.institutions(null));
        return "workspace/institutions";
    }

    private String office(Actor actor, Model model) {
        model.addAttribute("figures", enterprises.figures(actor));
        var byKind = assets.inForceByKind(actor);
        model.addAttribute("assetChart", chart("workspace.chart.assets",
                byKind.keySet().stream().map(k -> label("ipKind." + k.name())).toList(),
                List.copyOf(byKind.values())));
        loanFigures(actor, model);
        return "workspace/office";
    }

    private String bank(Actor actor, Model model) {
        loanFigures(actor, model);
        model.addAttribute("recent", loans.list(actor, null, 0, 10).rows());
        return "workspace/bank";
    }

    private String enterprise(Actor actor, Model model) {
        model.addAttribute("enterprise", enterprises.find(actor, actor.orgId()).orElse(null));
        model.addAttribute("assets", assets.ofEnterprise(actor, actor.orgId()));
        model.addAttribute("loans", loans.list(actor, null, 0, 50).rows());
        model.addAttribute("payments", servicing.nextPayments(actor));
        return "workspace/enterprise";
    }

    private String institution(Model model) {
        model.addAttribute("banks", organisations.institutions(OrgType.BANK));
        return "workspace/institution";
    }

    private void loanFigures(Actor actor, Model model) {
        List<LoanStateTotal> totals = loans.totalsByState(actor);
        model.addAttribute("loanTotals", totals);
        // 在贷本金 is the principal still owed on active loans, by the one definition the portfolio and the servicing
        // export use (loan_servicing.principal_outstanding), not the contract amount of loans in a disbursed state
        ServicingView.Portfolio portfolio = servicing.portfolio(actor);
        model.addAttribute("outstanding", portfolio.outstanding());
        model.addAttribute("outstandingCount", portfolio.loans());
        model.addAttribute("loanChart", json.writeValueAsString(LoanStateChart.of(totals,
                state -> label("loanState." + state.name())).spec(label("workspace.chart.loans"),
                label("workspace.chart.loans.active"), label("workspace.chart.loans.closed"))));
    }

    private String chart(String titleKey, List<String> labels, List<?> values) {
        return json.writeValueAsString(Map.of("title", label(titleKey), "labels", labels, "values", values));
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

}
