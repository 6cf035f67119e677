package cn.ipfin.lending;

import cn.ipfin.shared.Actor;
import cn.ipfin.shared.PageActions;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The application page's custom-plan form: one amount per line (or separated by commas), in yuan. */
@Controller
@ResponseBody
class RepaymentPlanActions {

    private final RepaymentPlans plans;
    private final PageActions actions;

    RepaymentPlanActions(RepaymentPlans plans, PageActions actions) {
        this.plans = plans;
        this.actions = actions;
    }

    @PostMapping("/applications/{no}/repayment-plan")
    String set(Actor actor, @PathVariable String no, @RequestParam int version, @RequestParam String parts,
               HttpServletResponse response) {
        return actions.run(response, "/applications/" + no, () -> {
            plans.set(actor, no, version, parse(parts));
            return "/applications/" + no;
        });
    }

    static List<BigDecimal> parse(String text) {
        List<BigDecimal> parts = new ArrayList<>();
        for (String token : text.split("[\\s,，；;]+")) {
            if (token.isBlank()) continue;
            try {
                parts.add(new BigDecimal(token.strip()));
            } catch (NumberFormatException e) {
                throw LendingRules.CUSTOM_PLAN_AMOUNT.violation(token);
            }
        }
        return parts;
    }
}
