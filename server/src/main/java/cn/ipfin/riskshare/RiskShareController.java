package cn.ipfin.riskshare;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.riskshare.RiskParty;
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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The risk-sharing pages: the fund, products and cover, defaults and claims (/riskshare), and one claim with its
 * shares and disposals (/riskshare/claims/{id}). Commands are htmx forms run through {@link PageActions}.
 */
@Controller
class RiskShareController {

    private final RiskFunds funds;
    private final RiskProducts products;
    private final Defaults defaults;
    private final LossClaims claims;
    private final Disposals disposals;
    private final CounterPledges counterPledges;
    private final PageActions actions;

    RiskShareController(RiskFunds funds, RiskProducts products, Defaults defaults, LossClaims claims, Disposals disposals,
                        CounterPledges counterPledges, PageActions actions) {
        this.counterPledges = counterPledges;
        this.funds = funds;
        this.products = products;
        this.defaults = defaults;
        this.claims = claims;
        this.disposals = disposals;
        this.actions = actions;
    }

    @GetMapping("/riskshare")
    String overview(Actor actor, @RequestParam(required = false) String loanNo, Model model) {
        List<LossClaims.Claim> visibleClaims = claims.visible(actor);
        List<Long> claimed = visibleClaims.stream().map(LossClaims.Claim::loanId).toList();
        model.addAttribute("funds", funds.all());
        model.addAttribute("products", products.all());
        model.addAttribute("requests", products.requests(actor));
        model.addAttribute("counterPledges", counterPledges.visible(actor));
        model.addAttribute("defaults", defaults.visible(actor, loanNo));
        model.addAttribute("loanNo", loanNo);
        model.addAttribute("claimed", claimed);
        model.addAttribute("claims", visibleClaims);
        model.addAttribute("office", actor.has(Role.IPO_OFFICER));
        model.addAttribute("orgId", actor.orgId());
        model.addAttribute("bank", isBank(actor));
        model.addAttribute("guarantor", actor.has(Role.GUARANTOR_OFFICER));
        model.addAttribute("insurer", actor.has(Role.INSURER_OFFICER));
        return "riskshare/overview";
    }

    @GetMapping("/riskshare/claims/{id}")
    String claim(Actor actor, @PathVariable long id, Model model) {
        LossClaims.Claim claim = claims.get(actor, id);
        List<RiskParty> mine = new ArrayList<>();
        for (LossClaims.Share s : claim.shares()) {
            boolean decides = s.party() == RiskParty.FUND ? actor.has(Role.IPO_OFFICER)
                    : s.party() != RiskParty.BANK && s.orgId() != null && s.orgId() == actor.orgId();
            if (decides) mine.add(s.party());
        }
        model.addAttribute("claim", claim);
        model.addAttribute("mine", mine);
        model.addAttribute("disposals", disposals.forClaim(actor, id));
        model.addAttribute("bank", isBank(actor) && actor.visibleOrgIds().contains(claim.bankOrgId()));
        model.addAttribute("assets", disposals.pledgedAssets(claim.loanId()));
        model.addAttribute("paths", Disposals.Path.values());
        return "riskshare/claim";
    }

    @PostMapping("/riskshare/funds/{id}/capital")
    @ResponseBody
    String payIn(Actor actor, @PathVariable long id, @RequestParam BigDecimal amount, HttpServletResponse response) {
        return actions.run(response, () -> {
            funds.payIn(actor, id, money(amount));
            return "/riskshare";
        });
    }

    @PostMapping("/riskshare/products")
    @ResponseBody
    String publish(Actor actor, @RequestParam RiskProducts.Kind kind, @RequestParam String name,
                   @RequestParam BigDecimal feePercent, @RequestParam BigDecimal coveragePercent, @RequestParam BigDecimal cap,
                   HttpServletResponse response) {
        return actions.run(response, () -> {
            products.publish(actor, new RiskProducts.ProductTerms(kind, name, feePercent.movePointLeft(2),
                    coveragePercent.movePointLeft(2), money(cap), null, BigDecimal.ZERO, Money.zero()));
            return "/riskshare";
        });
    }

    @PostMapping("/riskshare/products/{id}/cover")
    @ResponseBody
    String attach(Actor actor, @PathVariable long id, @RequestParam String loanNo, HttpServletResponse response) {
        return actions.run(response, () -> {
            products.attach(actor, id, loanNo.strip());
            return "/riskshare";
        });
    }

    @PostMapping("/riskshare/products/{id}/requests")
    @ResponseBody
    String requestCover(Actor actor, @PathVariable long id, @RequestParam String loanNo, HttpServletResponse response) {
        return actions.run(response, () -> {
            products.requestCover(actor, id, loanNo.strip());
            return "/riskshare";
        });
    }

    @PostMapping("/riskshare/cover-requests/{id}/consent")
    @ResponseBody
    String consent(Actor actor, @PathVariable long id, @RequestParam boolean approve,
                   @RequestParam(required = false) String note, HttpServletResponse response) {
        return actions.run(response, () -> {
            products.consent(actor, id, approve, note);
            return "/riskshare";
        });
    }

    @PostMapping("/riskshare/counter-pledges")
    @ResponseBody
    String counterPledge(Actor actor, @RequestParam String loanNo, @RequestParam String assetNumber,
                         HttpServletResponse response) {
        return actions.run(response, () -> {
            counterPledges.register(actor, loanNo.strip(), assetNumber);
            return "/riskshare";
        });
    }

    @PostMapping("/riskshare/counter-pledges/{id}/release")
    @ResponseBody
    String releaseCounterPledge(Actor actor, @PathVariable long id, HttpServletResponse response) {
        return actions.run(response, () -> {
            counterPledges.release(actor, id);
            return "/riskshare";
        });
    }

    @PostMapping("/riskshare/accelerations")
    @ResponseBody
    String accelerate(Actor actor, @RequestParam String loanNo, HttpServletResponse response) {
        return actions.run(response, () -> {
            defaults.accelerate(actor, loanNo.strip());
            return "/riskshare";
        });
    }

    @PostMapping("/riskshare/claims")
    @ResponseBody
    String file(Actor actor, @RequestParam String loanNo, HttpServletResponse response) {
        return actions.run(response, () -> "/riskshare/claims/" + claims.file(actor, loanNo));
    }

    @PostMapping("/riskshare/claims/{id}/shares/{party}")
    @ResponseBody
    String decide(Actor actor, @PathVariable long id, @PathVariable RiskParty party, @RequestParam boolean approve,
                  @RequestParam(required = false) String note, HttpServletResponse response) {
        return actions.run(response, () -> {
            claims.decide(actor, id, party, approve, note);
            return "/riskshare/claims/" + id;
        });
    }

    @PostMapping("/riskshare/claims/{id}/shares/{party}/payments")
    @ResponseBody
    String pay(Actor actor, @PathVariable long id, @PathVariable RiskParty party, @RequestParam BigDecimal amount,
               HttpServletResponse response) {
        return actions.run(response, () -> {
            claims.pay(actor, id, party, money(amount));
            return "/riskshare/claims/" + id;
        });
    }

    @PostMapping("/riskshare/claims/{id}/disposals")
    @ResponseBody
    String list(Actor actor, @PathVariable long id, @RequestParam long assetId, @RequestParam Disposals.Path path,
                @RequestParam BigDecimal valuationPercent, @RequestParam BigDecimal valuationFee,
                HttpServletResponse response) {
        return actions.run(response, () -> {
            disposals.list(actor, id, assetId, path, valuationPercent.movePointLeft(2), money(valuationFee),
                    List.of(RiskParty.FUND, RiskParty.GUARANTOR, RiskParty.RE_GUARANTOR, RiskParty.INSURER, RiskParty.BANK));
            return "/riskshare/claims/" + id;
        });
    }

    @PostMapping("/riskshare/disposals/{id}/bids")
    @ResponseBody
    String bid(Actor actor, @PathVariable long id, @RequestParam String bidder, @RequestParam BigDecimal amount,
               HttpServletResponse response) {
        return actions.run(response, () -> {
            disposals.bid(actor, id, bidder, money(amount));
            return "/riskshare/claims/" + disposals.get(actor, id).claimId();
        });
    }

    @PostMapping("/riskshare/disposals/{id}/award")
    @ResponseBody
    String award(Actor actor, @PathVariable long id, HttpServletResponse response) {
        return actions.run(response, () -> {
            disposals.award(actor, id);
            return "/riskshare/claims/" + disposals.get(actor, id).claimId();
        });
    }

    @PostMapping("/riskshare/disposals/{id}/receipts")
    @ResponseBody
    String receive(Actor actor, @PathVariable long id, @RequestParam BigDecimal amount, HttpServletResponse response) {
        return actions.run(response, () -> {
            disposals.receive(actor, id, money(amount));
            return "/riskshare/claims/" + disposals.get(actor, id).claimId();
        });
    }

    /** An amount typed in yuan, exact to the fen. */
    static Money money(BigDecimal yuan) {
        if (yuan.stripTrailingZeros().scale() > 2) throw RiskShareRules.AMOUNT_DECIMALS.violation(yuan.toPlainString());
        return Money.of(yuan.setScale(2, java.math.RoundingMode.UNNECESSARY));
    }

    private static boolean isBank(Actor actor) {
        return actor.has(Role.BANK_OFFICER) || actor.has(Role.BANK_APPROVER);
    }
}
