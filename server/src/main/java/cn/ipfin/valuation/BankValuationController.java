package cn.ipfin.valuation;

import cn.ipfin.shared.Actor;
import cn.ipfin.shared.PageActions;
import cn.ipfin.shared.Role;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The bank's pages of seed 004 (四): its cooperating firms, its review of a report, internal valuation. */
@Controller
class BankValuationController {

    private final BankValuationFirms firms;
    private final BankValuationReview review;
    private final ValuationRequests requests;
    private final PageActions actions;

    BankValuationController(BankValuationFirms firms, BankValuationReview review, ValuationRequests requests,
                            PageActions actions) {
        this.firms = firms;
        this.review = review;
        this.requests = requests;
        this.actions = actions;
    }

    @GetMapping("/bank/valuation-firms")
    String cooperation(Actor actor, Model model) {
        model.addAttribute("firms", firms.list(actor));
        model.addAttribute("canDecide", actor.has(Role.BANK_APPROVER));
        return "valuation/cooperation";
    }

    @PostMapping("/bank/valuation-firms/{firmId}/decision")
    @ResponseBody
    String decide(Actor actor, @PathVariable long firmId, @RequestParam int version, @RequestParam boolean admit,
                  @RequestParam(defaultValue = "") String reason, HttpServletResponse response) {
        return actions.run(response, () -> {
            if (admit) firms.admit(actor, firmId, version, reason);
            else firms.suspend(actor, firmId, version, reason);
            return "/bank/valuation-firms";
        });
    }

    @PostMapping("/valuations/internal")
    @ResponseBody
    String internal(Actor actor, @RequestParam(defaultValue = "") String assetNumber,
                    @RequestParam(defaultValue = "") String purpose, HttpServletResponse response) {
        return actions.run(response, () -> {
            if (purpose.isBlank()) throw ValuationRules.PURPOSE_REQUIRED.violation();
            long assetId = requests.visibleAssetByNumber(actor, assetNumber.strip());
            return "/valuations/" + requests.requestInternal(actor,
                    new ValuationRequests.NewInternalValuation(assetId, null, null, purpose)).id();
        });
    }

    @PostMapping("/valuations/{id}/bank-review")
    @ResponseBody
    String bankReview(Actor actor, @PathVariable long id, @RequestParam int version,
                      @RequestParam(defaultValue = "true") boolean confirm,
                      @RequestParam(defaultValue = "") String opinion, HttpServletResponse response) {
        return actions.run(response,
                () -> "/valuations/" + review.review(actor, id, version, confirm, opinion).id());
    }
}
