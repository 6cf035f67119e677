package cn.ipfin.servicing;

import cn.ipfin.core.party.OrgType;
import cn.ipfin.core.servicing.LoanClassification;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.Role;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The servicing overview of a bank or the IP office (the portfolio by five-category class, its NPL trend over the
 * last twelve month-ends, coverage against the collateral) and the loan book behind those charts; a borrower's
 * overview is what falls due next.
 */
@Controller
class PortfolioController {

    private static final int TREND_MONTHS = 12;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ServicingView view;
    private final LoanBook book;
    private final CollateralCoverage coverage;
    private final MessageSource messages;
    private final Clock clock;

    PortfolioController(ServicingView view, LoanBook book, CollateralCoverage coverage, MessageSource messages, Clock clock) {
        this.view = view;
        this.book = book;
        this.coverage = coverage;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/servicing")
    String portfolio(Actor actor, Model model) {
        if (actor.orgType() == OrgType.ENTERPRISE) {
            model.addAttribute("payments", view.nextPayments(actor));
        } else {
            requireLender(actor);
            boolean english = english();
            var portfolio = view.portfolio(actor);
            model.addAttribute("portfolio", portfolio);
            model.addAttribute("classChart", PortfolioChart.json(portfolio, english, message("servicing.chart.byClass")));
            model.addAttribute("trendChart", JSON.writeValueAsString(NplTrendChart.spec(
                    book.nplTrend(actor, LocalDate.now(clock), TREND_MONTHS), english, message("servicing.chart.nplTrend"))));
            var cover = coverage.of(actor);
            model.addAttribute("coverage", cover);
            model.addAttribute("coverageChart", JSON.writeValueAsString(CoverageChart.spec(cover, english,
                    message("servicing.chart.coverage"))));
        }
        model.addAttribute("closer", actor.has(Role.IPO_OFFICER));
        return "servicing/portfolio";
    }

    @GetMapping("/servicing/positions")
    String positions(Actor actor, @RequestParam(required = false) Long bank,
                     @RequestParam(required = false) LoanClassification classification,
                     @RequestParam(defaultValue = "false") boolean npl, @RequestParam(defaultValue = "false") boolean pastDue,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                     @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        requireLender(actor);
        var filter = new LoanBook.Filter(bank, classification, npl, pastDue, from, to,
                q == null || q.isBlank() ? null : q.strip());
        model.addAttribute("filter", filter);
        model.addAttribute("classes", LoanClassification.values());
        model.addAttribute("banks", book.banks(actor));
        model.addAttribute("result", book.positions(actor, filter, Math.max(0, page), 50));
        return "servicing/positions";
    }

    private static void requireLender(Actor actor) {
        if (actor.orgType() != OrgType.BANK && !actor.seesWholeDistrict()) {
            throw new AccessDeniedException("servicing is for banks, the IP office and borrowers");
        }
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private static boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
