package cn.ipfin.lending;

import cn.ipfin.core.schedule.InterestConvention;
import cn.ipfin.asset.IpAssets;
import cn.ipfin.core.asset.IpKind;
import cn.ipfin.core.lending.RepaymentMethod;
import cn.ipfin.core.lending.Requirement;
import cn.ipfin.core.lending.TargetGroup;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.PageActions;
import cn.ipfin.shared.Role;
import cn.ipfin.shared.Rule;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The product catalogue and the demand library as pages: enterprises browse products and post demands with the
 * ranked products for each; banks publish product versions and follow up the demands matched to their products.
 */
@Controller
class MarketplaceController {

    private final Products products;
    private final Demands demands;
    private final IpAssets assets;
    private final PageActions actions;

    MarketplaceController(Products products, Demands demands, IpAssets assets, PageActions actions) {
        this.products = products;
        this.demands = demands;
        this.assets = assets;
        this.actions = actions;
    }

    /** A demand as a page shows it: the ranked products, the follow-ups the reader may see, applications opened. */
    record DemandRow(Demand demand, List<Demands.ProductFit> matches, List<Map<String, Object>> followUps,
                     List<String> applications) {
    }

    @GetMapping("/products")
    String products(Actor actor, @RequestParam(required = false) Long from, Model model) {
        List<Product> catalogue = products.catalogue();
        boolean bank = isBank(actor);
        model.addAttribute("bank", bank);
        model.addAttribute("catalogue", bank
                ? catalogue.stream().filter(p -> actor.visibleOrgIds().contains(p.bankOrgId())).toList() : catalogue);
        Product template = from == null ? null : products.find(from)
                .filter(p -> actor.visibleOrgIds().contains(p.bankOrgId())).orElse(null);
        model.addAttribute("template", template);
        model.addAttribute("kinds", IpKind.values());
        model.addAttribute("methods", RepaymentMethod.values());
        model.addAttribute("requirements", Requirement.values());
        model.addAttribute("targets", TargetGroup.values());
        model.addAttribute("conventions", InterestConvention.values());
        return "lending/products";
    }

    @PostMapping("/products")
    @ResponseBody
    String publish(Actor actor, @RequestParam MultiValueMap<String, String> form, HttpServletResponse response) {
        return actions.run(response, "/products", () -> {
            Map<IpKind, BigDecimal> rates = new EnumMap<>(IpKind.class);
            for (IpKind kind : IpKind.values()) {
                BigDecimal percent = decimal(form.getFirst("rate." + kind.name()), "rate");
                if (percent != null && percent.signum() > 0) rates.put(kind, percent.movePointLeft(2));
            }
            Set<RepaymentMethod> methods = EnumSet.noneOf(RepaymentMethod.class);
            for (String m : form.getOrDefault("methods", List.of())) methods.add(RepaymentMethod.valueOf(m));
            if (rates.isEmpty() || methods.isEmpty()) {
                throw LendingRules.PRODUCT_RATES_AND_METHODS.violation();
            }
            Set<String> parks = new TreeSet<>();
            for (String park : text(form, "parks").split("[,，、]")) if (!park.isBlank()) parks.add(park.strip());
            products.publish(actor, new Products.ProductDraft(text(form, "code"), text(form, "name"),
                    text(form, "description"), rates, required(form, "amountMin"), required(form, "amountMax"),
                    required(form, "termMinMonths").intValue(), required(form, "termMaxMonths").intValue(),
                    required(form, "spreadMinBp").intValue(), required(form, "spreadMaxBp").intValue(), methods,
                    Requirement.valueOf(text(form, "guarantor")), Requirement.valueOf(text(form, "insurance")),
                    TargetGroup.valueOf(text(form, "target")), parks,
                    text(form, "interest").isEmpty() ? null : InterestConvention.valueOf(text(form, "interest")), null));
            return "/products";
        });
    }

    @GetMapping("/demands")
    String demands(Actor actor, Model model) {
        boolean bank = isBank(actor);
        List<DemandRow> rows = new ArrayList<>();
        for (Demand d : demands.list(actor)) {
            List<Demands.ProductFit> matches = demands.match(actor, d.id());
            rows.add(new DemandRow(d, bank ? matches : matches.stream().limit(5).toList(),
                    demands.followUps(actor, d.id()), bank ? demands.applicationsFrom(actor, d.id()) : List.of()));
        }
        model.addAttribute("bank", bank);
        model.addAttribute("enterprise", actor.has(Role.ENTERPRISE_FINANCE));
        model.addAttribute("rows", rows);
        model.addAttribute("kinds", IpKind.values());
        model.addAttribute("followUps", Demands.FollowUp.values());
        model.addAttribute("assets", actor.has(Role.ENTERPRISE_FINANCE) ? assets.ofEnterprise(actor, actor.orgId()) : List.of());
        model.addAttribute("ownProducts", bank ? products.catalogue().stream()
                .filter(p -> actor.visibleOrgIds().contains(p.bankOrgId())).toList() : List.of());
        return "lending/demands";
    }

    @PostMapping("/demands")
    @ResponseBody
    String post(Actor actor, @RequestParam BigDecimal amount, @RequestParam int termMonths, @RequestParam String purpose,
                @RequestParam(name = "kinds", required = false) List<IpKind> kinds,
                @RequestParam(name = "assetIds", required = false) List<Long> assetIds, HttpServletResponse response) {
        return actions.run(response, "/demands", () -> {
            if (kinds == null || kinds.isEmpty()) {
                throw LendingRules.DEMAND_COLLATERAL_KINDS.violation();
            }
            if (purpose.isBlank()) throw LendingRules.FINANCING_PURPOSE_REQUIRED.violation();
            demands.post(actor, new Demands.DemandDraft(amount, termMonths, purpose, EnumSet.copyOf(kinds),
                    assetIds == null ? List.of() : assetIds));
            return "/demands";
        });
    }

    @PostMapping("/demands/{id}/follow-ups")
    @ResponseBody
    String followUp(Actor actor, @PathVariable long id, @RequestParam Demands.FollowUp action,
                    @RequestParam(required = false) Long productId, @RequestParam(required = false) String reason,
                    @RequestParam(required = false) String loanNo, HttpServletResponse response) {
        return actions.run(response, "/demands", () -> {
            demands.followUp(actor, id, new Demands.FollowUpDraft(action, productId, blankToNull(reason), blankToNull(loanNo)));
            return "/demands#demand-" + id;
        });
    }

    static boolean isBank(Actor actor) {
        return actor.has(Role.BANK_OFFICER) || actor.has(Role.BANK_APPROVER);
    }

    private static String text(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value.strip();
    }

    private BigDecimal required(MultiValueMap<String, String> form, String name) {
        BigDecimal value = decimal(form.getFirst(name), name);
        if (value == null) {
            throw LendingRules.FIELD_REQUIRED.violation(new Rule.Words(PageInputAdvice.fieldLabel(actions, name), name));
        }
        return value;
    }

    private BigDecimal decimal(String value, String name) {
        if (value == null || value.isBlank()) return null;
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw LendingRules.FIELD_NUMBER.violation(new Rule.Words(PageInputAdvice.fieldLabel(actions, name), name), value);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
