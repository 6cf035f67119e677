package cn.ipfin.supervision;

import cn.ipfin.shared.Actor;
import cn.ipfin.shared.PageActions;
import cn.ipfin.shared.Role;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The typical cases' pages: the district's cases, one case to read, or for the office to edit and publish. */
@Controller
class CaseController {

    private final TypicalCases cases;
    private final PageActions actions;

    CaseController(TypicalCases cases, PageActions actions) {
        this.cases = cases;
        this.actions = actions;
    }

    @GetMapping("/supervision/cases")
    String list(Actor actor, Model model) {
        model.addAttribute("cases", cases.list(actor));
        model.addAttribute("writes", actor.has(Role.IPO_OFFICER));
        return "supervision/cases";
    }

    @PostMapping("/supervision/cases")
    @ResponseBody
    String start(Actor actor, @RequestParam(defaultValue = "") String loanNo, HttpServletResponse response) {
        requireWriter(actor);
        return actions.run(response, () -> "/supervision/cases/" + cases.start(actor, loanNo).id());
    }

    @GetMapping("/supervision/cases/{id}")
    String show(Actor actor, @PathVariable long id, Model model) {
        TypicalCases.TypicalCase c = cases.get(actor, id);
        model.addAttribute("c", c);
        model.addAttribute("writes", actor.has(Role.IPO_OFFICER) && !c.published());
        return "supervision/case";
    }

    @PostMapping("/supervision/cases/{id}")
    @ResponseBody
    String edit(Actor actor, @PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "") String title,
                @RequestParam(defaultValue = "") String body, HttpServletResponse response) {
        requireWriter(actor);
        return actions.run(response, () -> "/supervision/cases/" + cases.edit(actor, id, version, title, body).id());
    }

    @PostMapping("/supervision/cases/{id}/publish")
    @ResponseBody
    String publish(Actor actor, @PathVariable long id, @RequestParam int version, HttpServletResponse response) {
        requireWriter(actor);
        return actions.run(response, () -> "/supervision/cases/" + cases.publish(actor, id, version).id());
    }

    /** Refused before the command runs, so a regulator's post is a 403 and not a message in the page. */
    private static void requireWriter(Actor actor) {
        if (!actor.has(Role.IPO_OFFICER)) throw new AccessDeniedException("the IP office writes the cases");
    }
}
