package cn.ipfin.lending;

import cn.ipfin.core.lending.RepaymentMethod;
import cn.ipfin.core.lending.SecurityKind;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.PageActions;
import cn.ipfin.valuation.ValuationRequests;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;

/**
 * The application page's forms, posted by htmx. Each carries the version the reader saw, so a step someone else
 * took in the meantime is a conflict, not an overwrite; a refusal shows its reason next to the form.
 */
@Controller
@RequestMapping("/applications")
@ResponseBody
class OriginationActions {

    private final LoanApplications applications;
    private final DueDiligence diligence;
    private final PledgeRegistration pledges;
    private final LoanApproval approval;
    private final ValuationRequests valuations;
    private final TransactionTemplate transaction;
    private final PageActions actions;

    OriginationActions(LoanApplications applications, DueDiligence diligence, PledgeRegistration pledges,
                       LoanApproval approval, ValuationRequests valuations, TransactionTemplate transaction,
                       PageActions actions) {
        this.applications = applications;
        this.diligence = diligence;
        this.pledges = pledges;
        this.approval = approval;
        this.valuations = valuations;
        this.transaction = transaction;
        this.actions = actions;
    }

    @PostMapping
    String apply(Actor actor, @RequestParam long productId, @RequestParam BigDecimal amount, @RequestParam int termMonths,
                 @RequestParam String purpose, @RequestParam RepaymentMethod repaymentMethod,
                 @RequestParam(name = "assetIds", required = false) List<Long> assetIds,
                 @RequestParam(required = false) Long demandId, HttpServletResponse response) {
        return actions.run(response, "/applications", () -> {
            if (assetIds == null || assetIds.isEmpty()) {
                throw LendingRules.COLLATERAL_REQUIRED.violation();
            }
            if (purpose.isBlank()) throw LendingRules.LOAN_PURPOSE_REQUIRED.violation();
            return page(applications.apply(actor, new LoanApplications.Apply(productId, amount, termMonths, purpose,
                    repaymentMethod, assetIds, demandId)));
        });
    }

    @PostMapping("/{no}/valuation")
    String takeOn(Actor actor, @PathVariable String no, @RequestParam int version,
                  @RequestParam(required = false) String note, HttpServletResponse response) {
        return run(no, response, () -> applications.startValuation(actor, no, version, note));
    }

    /** Asks an admitted firm to value one collateral asset for this loan (the valuation capability's request). */
    @PostMapping("/{no}/valuation-requests")
    String requestValuation(Actor actor, @PathVariable String no, @RequestParam long loanId, @RequestParam long assetId,
                            @RequestParam long firmOrgId, HttpServletResponse response) {
        return actions.run(response, "/applications/" + no, () -> {
            valuations.request(actor, new ValuationRequests.NewRequest(assetId, null, loanId, firmOrgId, "质押贷款评估 " + no));
            return "/applications/" + no;
        });
    }

    @PostMapping("/{no}/valuations")
    String attach(Actor actor, @PathVariable String no, @RequestParam int version, @RequestParam long assetId,
                  @RequestParam long valuationId, @RequestParam(required = false) BigDecimal appraisedValue,
                  HttpServletResponse response) {
        return run(no, response, () -> applications.attachValuation(actor, no, version,
                new LoanApplications.AttachValuation(assetId, valuationId, appraisedValue)));
    }

    @PostMapping("/{no}/due-diligence")
    String startDueDiligence(Actor actor, @PathVariable String no, @RequestParam int version, HttpServletResponse response) {
        return run(no, response, () -> applications.startDueDiligence(actor, no, version));
    }

    /** Uploads a document; with {@code complete}, ticks its checklist item off against it in the same transaction. */
    @PostMapping("/{no}/documents")
    String upload(Actor actor, @PathVariable String no, @RequestParam int version, @RequestParam MultipartFile file,
                  @RequestParam(required = false) String item, @RequestParam(defaultValue = "false") boolean complete,
                  HttpServletResponse response) {
        return run(no, response, () -> transaction.execute(status -> {
            if (file.isEmpty()) throw LendingRules.FILE_REQUIRED.violation();
            var document = diligence.upload(actor, no, item, file.getOriginalFilename(), file.getContentType(), bytes(file));
            return complete && item != null && !item.isBlank()
                    ? diligence.complete(actor, no, version, item, document.id(), null) : null;
        }));
    }

    @PostMapping("/{no}/checklist/{item}")
    String complete(Actor actor, @PathVariable String no, @PathVariable String item, @RequestParam int version,
                    @RequestParam(required = false) Long documentId, @RequestParam(required = false) String note,
                    HttpServletResponse response) {
        return run(no, response, () -> diligence.complete(actor, no, version, item, documentId, note));
    }

    @PostMapping("/{no}/pledge-registration")
    String startRegistration(Actor actor, @PathVariable String no, @RequestParam int version, HttpServletResponse response) {
        return run(no, response, () -> pledges.start(actor, no, version));
    }

    @PostMapping("/{no}/collateral/{assetId}/consents")
    String consent(Actor actor, @PathVariable String no, @PathVariable long assetId, @RequestParam long ownerId,
                   @RequestParam(required = false) Long documentId, HttpServletResponse response) {
        return run(no, response, () -> pledges.consent(actor, no, assetId, ownerId, documentId));
    }

    @PostMapping("/{no}/collateral/{assetId}/pledge")
    String register(Actor actor, @PathVariable String no, @PathVariable long assetId, @RequestParam int version,
                    HttpServletResponse response) {
        return run(no, response, () -> pledges.register(actor, no, version, assetId));
    }

    @PostMapping("/{no}/collateral/{assetId}/pledge/change")
    String change(Actor actor, @PathVariable String no, @PathVariable long assetId, @RequestParam int version,
                  @RequestParam BigDecimal securedAmount, @RequestParam(required = false) String reason,
                  HttpServletResponse response) {
        return run(no, response, () -> pledges.change(actor, no, version, assetId, securedAmount, reason));
    }

    @PostMapping("/{no}/collateral/{assetId}/pledge/cancellation")
    String cancel(Actor actor, @PathVariable String no, @PathVariable long assetId, @RequestParam int version,
                  @RequestParam(required = false) String reason, HttpServletResponse response) {
        return run(no, response, () -> pledges.cancel(actor, no, version, assetId, reason));
    }

    @PostMapping("/{no}/securities")
    String security(Actor actor, @PathVariable String no, @RequestParam int version, @RequestParam SecurityKind kind,
                    @RequestParam long providerOrgId, @RequestParam BigDecimal sharePercent,
                    @RequestParam(required = false) String reference, HttpServletResponse response) {
        return run(no, response, () -> applications.addSecurity(actor, no, version, new LoanApplications.AddSecurity(
                kind, providerOrgId, sharePercent.movePointLeft(2), reference)));
    }

    @PostMapping("/{no}/credit-approval")
    String submit(Actor actor, @PathVariable String no, @RequestParam int version, HttpServletResponse response) {
        return run(no, response, () -> pledges.submitForApproval(actor, no, version));
    }

    @PostMapping("/{no}/approval")
    String approve(Actor actor, @PathVariable String no, @RequestParam int version, @RequestParam BigDecimal amount,
                   @RequestParam int spreadBp, @RequestParam(required = false) String note, HttpServletResponse response) {
        return run(no, response, () -> approval.approve(actor, no, new LoanApproval.Approve(version, amount, spreadBp,
                note == null || note.isBlank() ? null : note.strip())));
    }

    @PostMapping("/{no}/contract")
    String contract(Actor actor, @PathVariable String no, @RequestParam int version, @RequestParam String contractNo,
                    HttpServletResponse response) {
        return run(no, response, () -> approval.signContract(actor, no, version, contractNo));
    }

    @PostMapping("/{no}/disbursement")
    String disburse(Actor actor, @PathVariable String no, @RequestParam int version, HttpServletResponse response) {
        return run(no, response, () -> approval.disburse(actor, no, version));
    }

    @PostMapping("/{no}/withdrawal")
    String withdraw(Actor actor, @PathVariable String no, @RequestParam int version,
                    @RequestParam(required = false) String reason, HttpServletResponse response) {
        return run(no, response, () -> applications.withdraw(actor, no, version, reason));
    }

    @PostMapping("/{no}/rejection")
    String reject(Actor actor, @PathVariable String no, @RequestParam int version,
                  @RequestParam(required = false) String reason, HttpServletResponse response) {
        return run(no, response, () -> applications.reject(actor, no, version, reason));
    }

    private String run(String no, HttpServletResponse response, Supplier<LoanFile> command) {
        return actions.run(response, "/applications/" + no, () -> {
            command.get();
            return "/applications/" + no;
        });
    }

    private static String page(LoanFile file) {
        return "/applications/" + file.loanNo();
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
