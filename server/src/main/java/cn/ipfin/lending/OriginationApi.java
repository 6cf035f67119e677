package cn.ipfin.lending;

import cn.ipfin.core.lending.LoanState;
import cn.ipfin.core.lending.PledgeRateLimit;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.KeyedCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Loan applications from apply to disbursement. Every command takes the version the caller read
 * ({@code expectedVersion}; a stale one answers 409) and an optional {@code Idempotency-Key}: a retry with the same
 * key returns the first result and transitions nothing again. Bodies are checked by {@code @Valid} as they are read;
 * there is no method-validation proxy ({@code @Validated}), which would check them a second time on every command.
 */
@RestController
@RequestMapping("/api/v1/applications")
@Tag(name = "Origination", description = "Pledge-loan applications: valuation, due diligence, pledge registration, approval, disbursement")
class OriginationApi {

    private final LoanFiles files;
    private final LoanApplications applications;
    private final DueDiligence diligence;
    private final PledgeRegistration pledges;
    private final LoanApproval approval;
    private final IdempotentCommands once;

    OriginationApi(LoanFiles files, LoanApplications applications, DueDiligence diligence, PledgeRegistration pledges,
                   LoanApproval approval, IdempotentCommands once) {
        this.files = files;
        this.applications = applications;
        this.diligence = diligence;
        this.pledges = pledges;
        this.approval = approval;
        this.once = once;
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "ExpectedVersion")
    record Version(int expectedVersion) {
    }

    record VersionNote(int expectedVersion, String note) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "ReasonCommand")
    record Reason(int expectedVersion, String reason) {
    }

    record Attach(int expectedVersion, long assetId, long valuationId, BigDecimal appraisedValue) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "AddSecurityCommand")
    record Security(int expectedVersion, @Valid LoanApplications.AddSecurity security) {
    }

    record Checklist(int expectedVersion, Long documentId, String note) {
    }

    record Consent(long ownerId, Long documentId) {
    }

    record PledgeChange(int expectedVersion, BigDecimal securedAmount, String reason) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "ContractCommand")
    record Contract(int expectedVersion, String contractNo) {
    }

    record LimitView(List<PledgeRateLimit.Line> lines, BigDecimal pledge, List<PledgeRateLimit.Enhancement> enhancements,
                     BigDecimal total) {
    }

    @PostMapping
    @Operation(summary = "The enterprise applies to a product with its collateral")
    LoanFile apply(KeyedCommand call, @Valid @RequestBody LoanApplications.Apply body) {
        return once.run(call, "APPLY", body, () -> applications.apply(call.actor(), body));
    }

    @GetMapping
    @Operation(summary = "The bank's work queue: its applications in a state (default: every open step)")
    List<Loan> queue(Actor actor, @RequestParam(required = false) LoanState state) {
        return files.queue(actor, state);
    }

    @GetMapping("/{loanNo}")
    @Operation(operationId = "getApplication", summary = "One application with collateral, valuations, checklist, documents, pledges and securities")
    LoanFile get(Actor actor, @PathVariable String loanNo) {
        return files.get(actor, loanNo);
    }

    @GetMapping("/{loanNo}/limit")
    @Operation(summary = "The pledge-rate limit: Σ max pledge rate × appraised value, per asset")
    LimitView limit(Actor actor, @PathVariable String loanNo) {
        var limit = approval.limit(files.get(actor, loanNo));
        return new LimitView(limit.lines(), limit.pledge().amount(), limit.enhancements(), limit.total().amount());
    }

    @PostMapping("/{loanNo}/valuation")
    @Operation(summary = "The bank takes the application on (APPLIED → VALUATION); the officer becomes its preparer")
    LoanFile startValuation(KeyedCommand call, @PathVariable String loanNo, @RequestBody VersionNote b) {
        return once.run(call, "START_VALUATION", b,
                () -> applications.startValuation(call.actor(), loanNo, b.expectedVersion(), b.note()));
    }

    @PostMapping("/{loanNo}/valuations")
    @Operation(summary = "Attach a valuation of a collateral asset (signed report, or appraised value while it is not ready)")
    LoanFile attach(KeyedCommand call, @PathVariable String loanNo, @RequestBody Attach b) {
        return once.run(call, "ATTACH_VALUATION", b,
                () -> applications.attachValuation(call.actor(), loanNo, b.expectedVersion(),
                        new LoanApplications.AttachValuation(b.assetId(), b.valuationId(), b.appraisedValue())));
    }

    @PostMapping("/{loanNo}/due-diligence")
    @Operation(summary = "VALUATION → DUE_DILIGENCE: every asset valued; the checklist opens")
    LoanFile startDueDiligence(KeyedCommand call, @PathVariable String loanNo, @RequestBody Version b) {
        return once.run(call, "START_DUE_DILIGENCE", b,
                () -> applications.startDueDiligence(call.actor(), loanNo, b.expectedVersion()));
    }

    @PostMapping(value = "/{loanNo}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a document (PDF, PNG, JPEG, .docx, .xlsx; at most 10 MB), optionally for a checklist item",
            description = "The part's Content-Type gives the document's type; a part sent as application/octet-stream"
                    + " takes the type of its file name's extension. The bytes must be of that type.")
    LoanFile.Document upload(Actor actor, @PathVariable String loanNo, @RequestPart("file") MultipartFile file,
                             @RequestParam(required = false) String item) throws IOException {
        return diligence.upload(actor, loanNo, item, file.getOriginalFilename(), file.getContentType(), file.getBytes());
    }

    @GetMapping("/{loanNo}/documents/{id}")
    @Operation(summary = "Download a document of the application")
    ResponseEntity<byte[]> download(Actor actor, @PathVariable String loanNo, @PathVariable long id) {
        var d = diligence.download(actor, loanNo, id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(d.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(d.filename(), StandardCharsets.UTF_8).build().toString())
                .body(d.content());
    }

    @PostMapping("/{loanNo}/checklist/{item}")
    @Operation(summary = "Tick off a due-diligence checklist item against an uploaded document")
    LoanFile complete(KeyedCommand call, @PathVariable String loanNo, @PathVariable String item,
                      @RequestBody Checklist b) {
        return once.run(call, "CHECKLIST", b,
                () -> diligence.complete(call.actor(), loanNo, b.expectedVersion(), item, b.documentId(), b.note()));
    }

    @PostMapping("/{loanNo}/pledge-registration")
    @Operation(summary = "DUE_DILIGENCE → PLEDGE_REGISTRATION: the checklist is complete")
    LoanFile startRegistration(KeyedCommand call, @PathVariable String loanNo, @RequestBody Version b) {
        return once.run(call, "START_REGISTRATION", b, () -> pledges.start(call.actor(), loanNo, b.expectedVersion()));
    }

    @PostMapping("/{loanNo}/collateral/{assetId}/consents")
    @Operation(summary = "A co-owner's consent to the pledge (the co-owner itself, or the bank with the signed consent uploaded)")
    LoanFile consent(Actor actor, @PathVariable String loanNo, @PathVariable long assetId, @RequestBody Consent b) {
        return pledges.consent(actor, loanNo, assetId, b.ownerId(), b.documentId());
    }

    @PostMapping("/{loanNo}/collateral/{assetId}/pledge")
    @Operation(summary = "Register the asset's pledge: owner and co-owners' consent, in force, term past maturity, not pledged, not frozen")
    LoanFile register(KeyedCommand call, @PathVariable String loanNo, @PathVariable long assetId,
                      @RequestBody Version b) {
        return once.run(call, "REGISTER_PLEDGE", b,
                () -> pledges.register(call.actor(), loanNo, b.expectedVersion(), assetId));
    }

    @PostMapping("/{loanNo}/collateral/{assetId}/pledge/change")
    @Operation(summary = "变更登记: change the secured amount of a registered pledge")
    LoanFile change(KeyedCommand call, @PathVariable String loanNo, @PathVariable long assetId,
                    @RequestBody PledgeChange b) {
        return once.run(call, "CHANGE_PLEDGE", b,
                () -> pledges.change(call.actor(), loanNo, b.expectedVersion(), assetId, b.securedAmount(),
                        b.reason()));
    }

    @PostMapping("/{loanNo}/collateral/{assetId}/pledge/cancellation")
    @Operation(summary = "注销登记: cancel a registered pledge (not while the loan is outstanding)")
    LoanFile cancel(KeyedCommand call, @PathVariable String loanNo, @PathVariable long assetId, @RequestBody Reason b) {
        return once.run(call, "CANCEL_PLEDGE", b,
                () -> pledges.cancel(call.actor(), loanNo, b.expectedVersion(), assetId, b.reason()));
    }

    @PostMapping("/{loanNo}/securities")
    @Operation(summary = "Record a guarantor (with its share) or an insurance policy as part of the loan")
    LoanFile security(KeyedCommand call, @PathVariable String loanNo, @Valid @RequestBody Security b) {
        return once.run(call, "ADD_SECURITY", b,
                () -> applications.addSecurity(call.actor(), loanNo, b.expectedVersion(), b.security()));
    }

    @PostMapping("/{loanNo}/credit-approval")
    @Operation(summary = "PLEDGE_REGISTRATION → CREDIT_APPROVAL: every asset registered, required securities recorded")
    LoanFile submit(KeyedCommand call, @PathVariable String loanNo, @RequestBody Version b) {
        return once.run(call, "SUBMIT", b, () -> pledges.submitForApproval(call.actor(), loanNo, b.expectedVersion()));
    }

    @PostMapping("/{loanNo}/approval")
    @Operation(summary = "CREDIT_APPROVAL → CONTRACT: four eyes, amount ≤ Σ pledge rate × value, product ranges, LPR + spread")
    LoanFile approve(KeyedCommand call, @PathVariable String loanNo, @Valid @RequestBody LoanApproval.Approve b) {
        return once.run(call, "APPROVE", b, () -> approval.approve(call.actor(), loanNo, b));
    }

    @PostMapping("/{loanNo}/contract")
    @Operation(summary = "Record the signed loan contract")
    LoanFile contract(KeyedCommand call, @PathVariable String loanNo, @RequestBody Contract b) {
        return once.run(call, "SIGN_CONTRACT", b,
                () -> approval.signContract(call.actor(), loanNo, b.expectedVersion(), b.contractNo()));
    }

    @PostMapping("/{loanNo}/disbursement")
    @Operation(summary = "CONTRACT → DISBURSED: impossible until every collateral asset's pledge is registered")
    LoanFile disburse(KeyedCommand call, @PathVariable String loanNo, @RequestBody Version b) {
        return once.run(call, "DISBURSE", b, () -> approval.disburse(call.actor(), loanNo, b.expectedVersion()));
    }

    @PostMapping("/{loanNo}/withdrawal")
    @Operation(operationId = "withdrawApplication", summary = "The enterprise withdraws (any open step)")
    LoanFile withdraw(KeyedCommand call, @PathVariable String loanNo, @RequestBody Reason b) {
        return once.run(call, "WITHDRAW", b,
                () -> applications.withdraw(call.actor(), loanNo, b.expectedVersion(), b.reason()));
    }

    @PostMapping("/{loanNo}/rejection")
    @Operation(summary = "The bank rejects, with its reason (any open step)")
    LoanFile reject(KeyedCommand call, @PathVariable String loanNo, @RequestBody Reason b) {
        return once.run(call, "REJECT", b,
                () -> applications.reject(call.actor(), loanNo, b.expectedVersion(), b.reason()));
    }

}
