package cn.ipfin.riskshare;

import cn.ipfin.shared.Actor;
import cn.ipfin.shared.PageActions;
import cn.ipfin.shared.Role;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Enterprises' own IP insurance policies (/riskshare/policies): the insurer records them, the insured enterprise and
 * the insurer follow each claim during a disposal or litigation (/riskshare/policies/{id}).
 */
@Controller
class IpPolicyController {

    private final IpPolicies policies;
    private final PageActions actions;

    IpPolicyController(IpPolicies policies, PageActions actions) {
        this.policies = policies;
        this.actions = actions;
    }

    @GetMapping("/riskshare/policies")
    String list(Actor actor, Model model) {
        model.addAttribute("policies", policies.visible(actor));
        model.addAttribute("insurer", actor.has(Role.INSURER_OFFICER));
        model.addAttribute("kinds", IpPolicies.Kind.values());
        return "riskshare/policies";
    }

    @GetMapping("/riskshare/policies/{id}")
    String policy(Actor actor, @PathVariable long id, Model model) {
        IpPolicies.Policy p = policies.get(actor, id);
        boolean insurer = actor.has(Role.INSURER_OFFICER) && actor.orgId() == p.insurerOrgId();
        model.addAttribute("p", p);
        model.addAttribute("insurer", insurer);
        model.addAttribute("files", insurer || (actor.has(Role.ENTERPRISE_FINANCE) && actor.orgId() == p.enterpriseId()));
        model.addAttribute("contexts", IpPolicies.Context.values());
        return "riskshare/policy";
    }

    @PostMapping("/riskshare/policies")
    @ResponseBody
    String record(Actor actor, @RequestParam String enterpriseCode, @RequestParam IpPolicies.Kind kind,
                  @RequestParam String policyNo, @RequestParam BigDecimal limit, @RequestParam BigDecimal deductible,
                  @RequestParam BigDecimal premium,
                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
                  @RequestParam String assets, HttpServletResponse response) {
        return actions.run(response, () -> "/riskshare/policies/" + policies.record(actor, new IpPolicies.PolicyTerms(
                enterpriseCode, kind, policyNo, RiskShareController.money(limit), RiskShareController.money(deductible),
                RiskShareController.money(premium), startsOn, endsOn, Arrays.asList(assets.split("[,，\\s]+")))));
    }

    @PostMapping("/riskshare/policies/{id}/claims")
    @ResponseBody
    String file(Actor actor, @PathVariable long id, @RequestParam IpPolicies.Context context,
                @RequestParam String reference, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate eventOn,
                @RequestParam BigDecimal claimed, HttpServletResponse response) {
        return actions.run(response, () -> {
            policies.fileClaim(actor, id, context, reference, eventOn, RiskShareController.money(claimed));
            return "/riskshare/policies/" + id;
        });
    }

    @PostMapping("/riskshare/policies/{id}/claims/{claimId}/decision")
    @ResponseBody
    String decide(Actor actor, @PathVariable long id, @PathVariable long claimId, @RequestParam boolean approve,
                  @RequestParam(required = false) BigDecimal amount, @RequestParam(required = false) String note,
                  HttpServletResponse response) {
        return actions.run(response, () -> {
            policies.decide(actor, id, claimId, approve, amount == null ? null : RiskShareController.money(amount), note);
            return "/riskshare/policies/" + id;
        });
    }

    @PostMapping("/riskshare/policies/{id}/claims/{claimId}/payment")
    @ResponseBody
    String pay(Actor actor, @PathVariable long id, @PathVariable long claimId, HttpServletResponse response) {
        return actions.run(response, () -> {
            policies.pay(actor, id, claimId);
            return "/riskshare/policies/" + id;
        });
    }
}
