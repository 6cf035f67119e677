package cn.ipfin.servicing;

import cn.ipfin.core.party.OrgType;
import cn.ipfin.core.servicing.LoanClassification;
import cn.ipfin.core.servicing.PrepaymentOption;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.PageActions;
import cn.ipfin.shared.Role;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Servicing pages: a loan's schedule versions, repayments, overdue and classification, with the bank officer's
 * commands (htmx forms); the portfolio by classification (banks, IP office) or the next payments (enterprise); the
 * daily close with its progress; the LPR table.
 */
@Controller
class ServicingController {

    private final ServicingView view;
    private final Repayments repayments;
    private final ScheduleRevisions revisions;
    private final Classifications classifications;
    private final DailyClose close;
    private final ServicingExport export;
    private final PageActions actions;
    private final cn.ipfin.ledger.Ledger ledger;
    private final Clock clock;

    ServicingController(ServicingView view, Repayments repayments, ScheduleRevisions revisions,
                        Classifications classifications, DailyClose close, ServicingExport export,
                        PageActions actions, cn.ipfin.ledger.Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.view = view;
        this.repayments = repayments;
        this.revisions = revisions;
        this.classifications = classifications;
        this.close = close;
        this.export = export;
        this.actions = actions;
        this.clock = clock;
    }

    /** The borrower sees its schedule and payments, not the bank's risk classification of it. */
    static ServicingView.Summary withoutClassification(ServicingView.Summary s) {
        return new ServicingView.Summary(s.loanId(), s.loanNo(), s.enterpriseName(), s.bankName(), s.annualRate(), s.spreadBp(),
                s.nextRepricingOn(), s.maturityOn(), s.scheduleVersion(), s.active(), s.principalOutstanding(),
                s.accruedInterest(), s.overduePrincipal(), s.overdueInterest(), s.penaltyDue(), s.dpd(), null, null, null,
                s.nextNo(), s.nextDueOn(), s.nextDue(), s.closedThrough());
    }

    private static boolean borrower(Actor actor) {
        return actor.orgType() == OrgType.ENTERPRISE;
    }

    @GetMapping("/loans/{loanNo}/servicing")
    String loan(Actor actor, @PathVariable String loanNo, Model model) {
        var found = view.summary(actor, loanNo);
        if (found.isEmpty()) {
            // a loan the actor may see that the platform never serviced (repaid before it served the district)
            model.addAttribute("loanNo", loanNo);
            return "servicing/none";
        }
        ServicingView.Summary summary = found.get();
        long id = summary.loanId();
        model.addAttribute("s", borrower(actor) ? withoutClassification(summary) : summary);
        model.addAttribute("versions", view.versions(id, summary.closedThrough()));
        model.addAttribute("repayments", repayments.list(actor, loanNo));
        model.addAttribute("classifications", borrower(actor) ? List.of() : classifications.history(actor, loanNo));
        model.addAttribute("postings", borrower(actor) ? List.of() : view.postings(id, 60));
        model.addAttribute("alerts", borrower(actor) ? List.of() : view.alerts(id));
        model.addAttribute("history", ledger.history(actor, "LOAN", loanNo));
        model.addAttribute("officer", actor.has(Role.BANK_OFFICER) && summary.active());
        model.addAttribute("classifier", (actor.has(Role.BANK_OFFICER) || actor.has(Role.BANK_APPROVER)) && summary.active());
        model.addAttribute("categories", LoanClassification.values());
        model.addAttribute("options", PrepaymentOption.values());
        model.addAttribute("dueToday", summary.active() ? repayments.dueToday(actor, loanNo) : null);
        model.addAttribute("payoff", summary.active() && actor.has(Role.BANK_OFFICER) ? revisions.payoffQuote(actor, loanNo) : null);
        return "servicing/loan";
    }

    @PostMapping("/loans/{loanNo}/servicing/repayments")
    @ResponseBody
    String repay(Actor actor, @PathVariable String loanNo, @RequestParam String bankReference,
                 @RequestParam BigDecimal amount, HttpServletResponse response) {
        return actions.run(response, path(loanNo), () -> {
            repayments.repay(actor, loanNo, bankReference, ServicingApi.money(amount));
            return path(loanNo);
        });
    }

    @PostMapping("/loans/{loanNo}/servicing/prepayments")
    @ResponseBody
    String prepay(Actor actor, @PathVariable String loanNo, @RequestParam String bankReference,
                  @RequestParam BigDecimal principal, @RequestParam PrepaymentOption option, HttpServletResponse response) {
        return actions.run(response, path(loanNo), () -> {
            revisions.prepay(actor, loanNo, bankReference, ServicingApi.money(principal), option);
            return path(loanNo);
        });
    }

    @PostMapping("/loans/{loanNo}/servicing/settlement")
    @ResponseBody
    String settle(Actor actor, @PathVariable String loanNo, @RequestParam String bankReference,
                  @RequestParam BigDecimal amount, HttpServletResponse response) {
        return actions.run(response, path(loanNo), () -> {
            revisions.settle(actor, loanNo, bankReference, ServicingApi.money(amount));
            return path(loanNo);
        });
    }

    @PostMapping("/loans/{loanNo}/servicing/extensions")
    @ResponseBody
    String extend(Actor actor, @PathVariable String loanNo, @RequestParam int extraMonths, @RequestParam String reason,
                  HttpServletResponse response) {
        return actions.run(response, path(loanNo), () -> {
            revisions.extend(actor, loanNo, extraMonths, reason);
            return path(loanNo);
        });
    }

    @PostMapping("/loans/{loanNo}/servicing/classification")
    @ResponseBody
    String classify(Actor actor, @PathVariable String loanNo, @RequestParam(required = false) String classification,
                    @RequestParam(required = false) String reason, HttpServletResponse response) {
        return actions.run(response, path(loanNo), () -> {
            LoanClassification chosen = classification == null || classification.isBlank() ? null
                    : LoanClassification.valueOf(classification);
            classifications.classify(actor, loanNo, chosen, reason);
            return path(loanNo);
        });
    }

    @GetMapping("/servicing/ledger.xlsx")
    ResponseEntity<byte[]> ledger(Actor actor) throws IOException {
        return export.workbook(actor);
    }

    @GetMapping("/servicing/close")
    String closePage(Actor actor, Model model) {
        if (!actor.seesWholeDistrict()) throw new AccessDeniedException("the daily close is run by the IP office");
        model.addAttribute("runs", close.recent(30));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("closer", actor.has(Role.IPO_OFFICER));
        return "servicing/close";
    }

    @PostMapping("/servicing/close")
    @ResponseBody
    String startClose(Actor actor, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                      HttpServletResponse response) {
        return actions.run(response, "/servicing/close", () -> {
            if (close.find(date).map(CloseRun::completed).orElse(false)) {
                throw ServicingRules.CLOSE_COMPLETE.violation(date);
            }
            close.startInBackground(actor, date);
            return "/servicing/close/" + date;
        });
    }

    @GetMapping("/servicing/close/{date}")
    String closeRun(Actor actor, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                    @RequestParam(required = false) String fragment, Model model) {
        if (!actor.seesWholeDistrict()) throw new AccessDeniedException("the daily close is run by the IP office");
        model.addAttribute("date", date);
        model.addAttribute("run", close.find(date).orElse(null));
        return fragment != null ? "servicing/close-run :: progress" : "servicing/close-run";
    }

    private static String path(String loanNo) {
        return "/loans/" + loanNo + "/servicing";
    }
}
