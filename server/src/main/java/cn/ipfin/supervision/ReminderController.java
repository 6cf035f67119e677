package cn.ipfin.supervision;

import cn.ipfin.core.party.OrgType;
import cn.ipfin.core.supervision.Quarter;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.PageActions;
import cn.ipfin.shared.Role;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reminders for overdue quarterly reports: the office sends them, a bank reads the ones it received. */
@Controller
class ReminderController {

    private static final int SELECTABLE_QUARTERS = 8;

    private final ReportReminders reminders;
    private final PageActions actions;
    private final Clock clock;

    ReminderController(ReportReminders reminders, PageActions actions, Clock clock) {
        this.reminders = reminders;
        this.actions = actions;
        this.clock = clock;
    }

    @GetMapping("/supervision/reminders")
    String page(Actor actor, @RequestParam(required = false) String quarter, Model model) {
        if (actor.orgType() == OrgType.BANK) {
            model.addAttribute("received", reminders.received(actor.orgId()));
            return "supervision/reminders-received";
        }
        if (!SupervisionReaders.office(actor)) throw new AccessDeniedException("the reminders are the IP office's");
        Quarter q = quarter(quarter);
        var missing = reminders.missing(actor, q);
        model.addAttribute("quarter", q);
        model.addAttribute("quarters", selectable());
        model.addAttribute("missing", missing);
        model.addAttribute("sent", reminders.sent(actor, q));
        model.addAttribute("sends", actor.has(Role.IPO_OFFICER) && q.isLate(LocalDate.now(clock)));
        return "supervision/reminders";
    }

    @PostMapping("/supervision/reminders")
    @ResponseBody
    String remind(Actor actor, @RequestParam String quarter, HttpServletResponse response) {
        if (!actor.has(Role.IPO_OFFICER)) throw new AccessDeniedException("the IP office sends the reminders");
        return actions.run(response, () -> {
            Quarter q = quarter(quarter);
            reminders.remind(actor, q);
            return "/supervision/reminders?quarter=" + q;
        });
    }

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
}
