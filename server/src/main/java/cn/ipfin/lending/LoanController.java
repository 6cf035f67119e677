package cn.ipfin.lending;

import cn.ipfin.core.lending.LoanState;
import cn.ipfin.ledger.Ledger;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.RecordNotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoanController {

    private final Loans loans;
    private final Ledger ledger;

    LoanController(Loans loans, Ledger ledger) {
        this.loans = loans;
        this.ledger = ledger;
    }

    @GetMapping("/loans")
    String list(Actor actor, @RequestParam(required = false) LoanState state,
                @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("state", state);
        model.addAttribute("states", LoanState.values());
        model.addAttribute("result", loans.list(actor, state, Math.max(0, page), 50));
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
