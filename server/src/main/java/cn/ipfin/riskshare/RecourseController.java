package cn.ipfin.riskshare;

import cn.ipfin.core.riskshare.RecourseSchedule;
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

/**
 * The guarantor's recourse after 代偿 (/riskshare/recourse): its receivables on enterprises with balance and overdue,
 * and one receivable with its schedule and receipts. The enterprise reads its own; the IP office the district's.
 */
@Controller
class RecourseController {

    private final Recourse recourse;
    private final PageActions actions;

    RecourseController(Recourse recourse, PageActions actions) {
        this.recourse = recourse;
        this.actions = actions;
    }

    @GetMapping("/riskshare/recourse")
    String list(Actor actor, Model model) {
        model.addAttribute("receivables", recourse.visible(actor));
        return "riskshare/recourse";
    }

    @GetMapping("/riskshare/recourse/{id}")
    String receivable(Actor actor, @PathVariable long id, Model model) {
        Recourse.Receivable r = recourse.get(actor, id);
        model.addAttribute("r", r);
        model.addAttribute("creditor", actor.has(Role.GUARANTOR_OFFICER) && actor.orgId() == r.creditorOrgId());
        return "riskshare/receivable";
    }

    /** A schedule of {@code count} monthly instalments from {@code firstDue}; one is a single due date. */
    @PostMapping("/riskshare/recourse/{id}/schedule")
    @ResponseBody
    String schedule(Actor actor, @PathVariable long id,
                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate firstDue,
                    @RequestParam(defaultValue = "1") int count, HttpServletResponse response) {
        return actions.run(response, () -> {
            Recourse.Receivable r = recourse.get(actor, id);
            int instalments = Math.max(1, Math.min(count, 120));
            recourse.schedule(actor, id, RecourseSchedule.monthly(r.schedule().principal(), firstDue, instalments));
            return "/riskshare/recourse/" + id;
        });
    }

    @PostMapping("/riskshare/recourse/{id}/receipts")
    @ResponseBody
    String receive(Actor actor, @PathVariable long id, @RequestParam BigDecimal amount, @RequestParam String reference,
                   HttpServletResponse response) {
        return actions.run(response, () -> {
            recourse.receive(actor, id, RiskShareController.money(amount), reference);
            return "/riskshare/recourse/" + id;
        });
    }
}
