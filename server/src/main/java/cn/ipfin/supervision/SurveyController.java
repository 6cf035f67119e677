package cn.ipfin.supervision;

import cn.ipfin.core.party.OrgType;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.PageActions;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The satisfaction survey: an enterprise rates its loans; the IP office reads the summary per bank and product. */
@Controller
class SurveyController {

    private static final int COMMENTS = 20;

    private final FinancingSurveys surveys;
    private final PageActions actions;

    SurveyController(FinancingSurveys surveys, PageActions actions) {
        this.surveys = surveys;
        this.actions = actions;
    }

    @GetMapping("/supervision/surveys")
    String page(Actor actor, Model model) {
        if (actor.orgType() == OrgType.ENTERPRISE) {
            model.addAttribute("loans", surveys.loans(actor));
            return "supervision/survey";
        }
        if (!SupervisionReaders.office(actor)) throw new AccessDeniedException("the surveys are the IP office's");
        model.addAttribute("summary", surveys.summary(actor));
        model.addAttribute("comments", surveys.comments(actor, COMMENTS));
        return "supervision/surveys";
    }

    @PostMapping("/supervision/surveys/{loanId}")
    @ResponseBody
    String answer(Actor actor, @PathVariable long loanId, @RequestParam int speed, @RequestParam int cost,
                  @RequestParam int service, @RequestParam int overall, @RequestParam(defaultValue = "") String comment,
                  HttpServletResponse response) {
        if (actor.orgType() != OrgType.ENTERPRISE) throw new AccessDeniedException("an enterprise rates its own loans");
        return actions.run(response, () -> {
            surveys.answer(actor, loanId, new FinancingSurveys.Scores(speed, cost, service, overall), comment);
            return "/supervision/surveys";
        });
    }
}
