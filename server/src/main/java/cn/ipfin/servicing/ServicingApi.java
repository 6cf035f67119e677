package cn.ipfin.servicing;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.servicing.LoanClassification;
import cn.ipfin.core.servicing.PrepaymentOption;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.BusinessDates;
import cn.ipfin.shared.RecordNotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Servicing over HTTP: a loan's position and schedule versions, repayments (idempotent by the bank's transaction
 * reference), early repayment and settlement, 展期, the bank's classification, the portfolio by classification, the
 * daily close and the LPR table.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Servicing", description = "Schedules, repayments, overdue, classification and the daily close")
@Validated
class ServicingApi {

    private final ServicingView view;
    private final Repayments repayments;
    private final ScheduleRevisions revisions;
    private final Classifications classifications;
    private final DailyClose close;
    private final ServicingExport export;
    private final BusinessDates businessDates;

    ServicingApi(ServicingView view, Repayments repayments, ScheduleRevisions revisions, Classifications classifications,
                 DailyClose close, ServicingExport export, BusinessDates businessDates) {
        this.view = view;
        this.repayments = repayments;
        this.revisions = revisions;
        this.classifications = classifications;
        this.close = close;
        this.export = export;
        this.businessDates = businessDates;
    }

    record Repayment(@NotBlank @Size(max = 64) String bankReference, @NotNull @Positive @Digits(integer = 13, fraction = 2) BigDecimal amount) {
    }

    record Prepayment(@NotBlank @Size(max = 64) String bankReference, @NotNull @Positive @Digits(integer = 13, fraction = 2) BigDecimal principal, @NotNull PrepaymentOption option) {
    }

    record Extension(@Min(1) @Max(120) int extraMonths, @NotBlank @Size(max = 1000) String reason) {
    }

    record Classification(LoanClassification classification, @Size(max = 1000) String reason) {
    }

    record LoanServicing(ServicingView.Summary summary, List<ServicingView.Version> versions,
                         List<Repayments.Receipt> repayments, List<Classifications.Entry> classifications) {
    }

    @GetMapping("/loans/{loanNo}/servicing")
    @Operation(summary = "The loan's position, schedule versions (newest first), repayments and classification history")
    LoanServicing servicing(Actor actor, @PathVariable String loanNo) {
        ServicingView.Summary summary = view.summary(actor, loanNo)
                .orElseThrow(() -> new RecordNotFound("loan servicing", loanNo));
        long id = summary.loanId();
        boolean bankSide = !actor.orgType().equals(cn.ipfin.core.party.OrgType.ENTERPRISE);
        return new LoanServicing(bankSide ? summary : ServicingController.withoutClassification(summary),
                view.versions(id, summary.closedThrough()), repayments.list(actor, loanNo),
                bankSide ? classifications.history(actor, loanNo) : List.of());
    }

    @PostMapping("/loans/{loanNo}/repayments")
    @Operation(summary = "Record a repayment; the same bankReference, or the same Idempotency-Key with the same request, "
            + "returns the first receipt (replay = true); the key with another request is refused with 422")
    Repayments.Receipt repay(Actor actor, @PathVariable String loanNo,
                             @RequestHeader(value = "Idempotency-Key", required = false) String key,
                             @Valid @RequestBody Repayment body) {
        return repayments.repay(actor, loanNo, body.bankReference(), money(body.amount()), key);
    }

    @PostMapping("/loans/{loanNo}/prepayments")
    @Operation(summary = "Early repayment of part of the principal (SHORTEN_TERM or LOWER_INSTALMENT): a new schedule version")
    Repayments.Receipt prepay(Actor actor, @PathVariable String loanNo, @Valid @RequestBody Prepayment body) {
        return revisions.prepay(actor, loanNo, body.bankReference(), money(body.principal()), body.option());
    }

    @GetMapping("/loans/{loanNo}/payoff")
    @Operation(summary = "What settling the loan today costs")
    ScheduleRevisions.Payoff payoff(Actor actor, @PathVariable String loanNo) {
        return revisions.payoffQuote(actor, loanNo);
    }

    @PostMapping("/loans/{loanNo}/settlement")
    @Operation(summary = "Settle the loan today (amount must equal the payoff); its pledges are cancelled")
    Repayments.Receipt settle(Actor actor, @PathVariable String loanNo, @Valid @RequestBody Repayment body) {
        return revisions.settle(actor, loanNo, body.bankReference(), money(body.amount()));
    }

    @PostMapping("/loans/{loanNo}/extensions")
    @ResponseStatus(HttpStatus.NO_CONTENT)   // documented as the 204 it answers
    @Operation(summary = "展期: extend the maturity within 《贷款通则》第十二条; a new schedule version")
    ResponseEntity<Void> extend(Actor actor, @PathVariable String loanNo, @Valid @RequestBody Extension body) {
        revisions.extend(actor, loanNo, body.extraMonths(), body.reason());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/loans/{loanNo}/classification")
    @ResponseStatus(HttpStatus.NO_CONTENT)   // documented as the 204 it answers
    @Operation(summary = "The bank's own five-category classification (worse than the floor with a reason; null withdraws it)")
    ResponseEntity<Void> classify(Actor actor, @PathVariable String loanNo, @Valid @RequestBody Classification body) {
        classifications.classify(actor, loanNo, body.classification(), body.reason());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/servicing/portfolio")
    @Operation(summary = "Outstanding principal by five-category classification, with the NPL ratio")
    ServicingView.Portfolio portfolio(Actor actor) {
        return view.portfolio(actor);
    }

    @GetMapping("/servicing/ledger.xlsx")
    @Operation(summary = "The servicing ledger (贷款台账: balances, overdue, classification) as Excel")
    ResponseEntity<byte[]> ledger(Actor actor) throws IOException {
        return export.workbook(actor);
    }

    @PostMapping("/servicing/close-runs/{date}")
    @Operation(summary = "Run the daily close of a business date (IP office); a closed date is returned unchanged")
    CloseRun runClose(Actor actor, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        businessDates.check("date", date);
        return close.run(actor, date);
    }

    @GetMapping("/servicing/close-runs/{date}")
    @Operation(summary = "The progress of a daily close (district-wide figures: the IP office and auditors only)")
    CloseRun closeRun(Actor actor, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        // loan and posting counts of the whole district are not a bank's business
        if (!actor.seesWholeDistrict()) {
            throw new org.springframework.security.access.AccessDeniedException("the daily close is run by the IP office");
        }
        businessDates.check("date", date);
        return close.find(date).orElseThrow(() -> new RecordNotFound("close run", date.toString()));
    }

    static Money money(BigDecimal amount) {
        try {
            return Money.of(amount);
        } catch (IllegalArgumentException e) {
            throw ServicingRules.AMOUNT_DECIMALS.violation(amount.toPlainString());
        }
    }
}
