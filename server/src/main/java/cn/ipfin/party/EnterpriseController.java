package cn.ipfin.party;

import cn.ipfin.shared.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class EnterpriseController {

    private final Enterprises enterprises;

    EnterpriseController(Enterprises enterprises) {
        this.enterprises = enterprises;
    }

    @GetMapping("/enterprises")
    String list(Actor actor, @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                Model model) {
        model.addAttribute("q", q);
        model.addAttribute("result", enterprises.search(actor, q, Math.max(0, page), 50));
        return "party/enterprises";
    }
}
