package cn.ipfin.lending;

import cn.ipfin.core.lending.LoanState;
import cn.ipfin.ledger.Ledger;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.RecordNotFound;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;

@Controller
class LoanController {

    private final Loans loans;
    private final Ledger ledger;

    LoanController(Loans loans, Ledger ledger) {
        this.loans = loans;
        this.ledger = ledger;
    }

    @GetMapping("/loans")
    String list(Actor actor, @RequestParam(required = false) Long bank, @RequestParam(required = false) LoanState state,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) String q,
                @RequestParam(defaultValue = "0") int page, Model model) {
        var filter = new Loans.Filter(bank, state, from, to, q == null || q.isBlank() ? null : q.strip());
        model.addAttribute("filter", filter);
        model.addAttribute("state", state);
        model.addAttribute("states", LoanState.values());
        model.addAttribute("banks", loans.banks(actor));
        model.addAttribute("result", loans.search(actor, filter, Math.max(0, page), 50));
        return "lending/loans";
    }

    @GetMapping("/loans/{loanNo}")
    String detail(Actor actor, @PathVariable String loanNo, Model model) {
        Loan loan = loans.find(actor, loanNo).orElseThrow(() -> new RecordNotFound("loan", loanNo));
        model.addAttribute("loan", loan);
        model.addAttribute("history", ledger.history(actor, "LOAN", loan.loanNo()));
        return "lending/loan";
    }
}
