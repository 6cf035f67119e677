package cn.ipfin.valuation;

import cn.ipfin.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Seed 004 (四) for the banks: their cooperating valuation firms, their review of reports, internal valuation. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Bank valuation", description = "Seed 004 (四) for banks: cooperation admission (合作准入) of valuation firms, "
        + "the lending bank's review and confirmation (复核认定) of a signed report, internal valuation (内部评估)")
class BankValuationApi {

    private final BankValuationFirms firms;
    private final BankValuationReview review;
    private final ValuationRequests requests;

    BankValuationApi(BankValuationFirms firms, BankValuationReview review, ValuationRequests requests) {
        this.firms = firms;
        this.review = review;
        this.requests = requests;
    }

    @GetMapping("/bank/valuation-firms")
    @Operation(operationId = "listBankValuationFirms", summary = "The district's valuation firms with the caller's bank's cooperation decision on each")
    List<BankValuationFirms.CooperationFirm> list(Actor actor) {
        return firms.list(actor);
    }

    @PostMapping("/bank/valuation-firms/{firmId}/admission")
    @Operation(operationId = "admitBankValuationFirm", summary = "The bank (approver) admits a district-admitted firm to cooperation; expectedVersion 0 the first time")
    BankValuationFirms.CooperationFirm admit(Actor actor, @PathVariable long firmId, @Valid @RequestBody Decision command) {
        return firms.admit(actor, firmId, command.expectedVersion(), command.reason());
    }

    @PostMapping("/bank/valuation-firms/{firmId}/suspension")
    @Operation(operationId = "suspendBankValuationFirm", summary = "The bank (approver) suspends cooperation with a firm: no new valuation of the bank's goes to it")
    BankValuationFirms.CooperationFirm suspend(Actor actor, @PathVariable long firmId, @Valid @RequestBody Decision command) {
        return firms.suspend(actor, firmId, command.expectedVersion(), command.reason());
    }

    @PostMapping("/valuations/{id}/bank-review")
    @Operation(summary = "复核认定 by the lending bank (approver or bank valuer): confirm or reject the signed report for its loan")
    Valuation bankReview(Actor actor, @PathVariable long id, @Valid @RequestBody Review command) {
        return review.review(actor, id, command.expectedVersion(), command.confirm(), command.opinion());
    }

    @PostMapping("/valuations/internal")
    @Operation(summary = "内部评估: a bank values one asset or a portfolio itself; its own valuer (BANK_VALUER) adjusts and signs")
    Valuation internal(Actor actor, @Valid @RequestBody InternalRequest command) {
        return requests.requestInternal(actor, new ValuationRequests.NewInternalValuation(command.assetId(),
                command.portfolioId(), command.loanId(), command.purpose()));
    }

    record Decision(@NotNull Integer expectedVersion, @NotBlank @Size(max = 500) String reason) {
    }

    record Review(@NotNull Integer expectedVersion, @NotNull Boolean confirm, @NotBlank @Size(max = 2000) String opinion) {
    }

    record InternalRequest(Long assetId, Long portfolioId, Long loanId, @NotBlank @Size(max = 500) String purpose) {
    }
}
