package cn.ipfin.lending;

import cn.ipfin.core.lending.LoanState;
import cn.ipfin.ledger.Ledger;
import cn.ipfin.ledger.LedgerEntry;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.RecordNotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1/loans")
@Tag(name = "Loans", description = "Pledge loans visible to the caller's organisation")
@Validated
class LoanApi {

    private final Loans loans;
    private final Ledger ledger;

    LoanApi(Loans loans, Ledger ledger) {
        this.loans = loans;
        this.ledger = ledger;
    }

    @GetMapping
    @Operation(operationId = "listLoans", summary = "List loans the caller may see, newest application first")
    Loans.LoanPage list(Actor actor, @RequestParam(required = false) LoanState state,
                        @RequestParam(defaultValue = "0") @Min(0) int page,
                        @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return loans.list(actor, state, page, size);
    }

    @GetMapping("/{loanNo}")
    @Operation(operationId = "getLoan", summary = "One loan; 404 when it does not exist or belongs to another bank or enterprise")
    Loan get(Actor actor, @PathVariable String loanNo) {
        return loans.find(actor, loanNo).orElseThrow(() -> new RecordNotFound("loan", loanNo));
    }

    @GetMapping("/{loanNo}/ledger")
    @Operation(operationId = "loanHistory", summary = "The loan's ledger (台账): every recorded step, oldest first")
    List<LedgerEntry> history(Actor actor, @PathVariable String loanNo) {
        Loan loan = get(actor, loanNo);
        return ledger.history(actor, "LOAN", loan.loanNo());
    }
}
