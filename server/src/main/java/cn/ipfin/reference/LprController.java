package cn.ipfin.reference;

import cn.ipfin.core.money.Rate;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.Role;
import cn.ipfin.shared.RuleViolation;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The LPR table's page: everyone signed in reads it, the IP office adds a quote (htmx form; the page reloads). */
@Controller
class LprController {

    private final LprRates lpr;

    LprController(LprRates lpr) {
        this.lpr = lpr;
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
        try {
            lpr.add(actor, effectiveOn, Rate.percent(oneYear), Rate.percent(overFiveYears));
            response.setHeader("HX-Redirect", "/servicing/lpr");
            return "";
        } catch (RuleViolation e) {
            boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
            return "<p class=\"alert error\" role=\"alert\">" + HtmlUtils.htmlEscape(english ? e.en() : e.zh()) + "</p>";
        } catch (AccessDeniedException e) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return "";
        }
    }
}
