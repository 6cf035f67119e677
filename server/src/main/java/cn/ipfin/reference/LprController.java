package cn.ipfin.reference;

import cn.ipfin.core.money.Rate;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.PageActions;
import cn.ipfin.shared.Role;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The LPR table's page: everyone signed in reads it, the IP office adds a quote (htmx form; the page reloads). */
@Controller
class LprController {

    private final LprRates lpr;
    private final PageActions actions;

    LprController(LprRates lpr, PageActions actions) {
        this.lpr = lpr;
        this.actions = actions;
    }

    @GetMapping("/servicing/lpr")
    String lprPage(Actor actor, Model model) {
        model.addAttribute("rows", lpr.rows().reversed());
        model.addAttribute("editor", actor.has(Role.IPO_OFFICER));
        return "reference/lpr";
    }

    @PostMapping("/servicing/lpr")
    @ResponseBody
    String addLpr(Actor actor, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
                  @RequestParam BigDecimal oneYear, @RequestParam BigDecimal overFiveYears, HttpServletResponse response) {
        return actions.run(response, "/servicing/lpr", () -> {
            lpr.add(actor, effectiveOn, Rate.percent(oneYear), Rate.percent(overFiveYears));
            return "/servicing/lpr";
        });
    }
}
