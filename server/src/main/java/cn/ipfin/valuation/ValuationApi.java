package cn.ipfin.valuation;

import cn.ipfin.ledger.Ledger;
import cn.ipfin.ledger.LedgerEntry;
import cn.ipfin.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.List;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Valuations", description = "Valuation requests, automated pre-valuation, valuers' review and signature, "
        + "second review (复核认定), signed PDF reports, valuation firms and post-loan collateral alerts")
@Validated
class ValuationApi {

    private final Valuations valuations;
    private final ValuationRequests requests;
    private final ValuationFirms firms;
    private final ValuationReport report;
    private final CollateralAlerts alerts;
    private final Ledger ledger;

    ValuationApi(Valuations valuations, ValuationRequests requests, ValuationFirms firms, ValuationReport report,
                 CollateralAlerts alerts, Ledger ledger) {
        this.valuations = valuations;
        this.requests = requests;
        this.firms = firms;
        this.report = report;
        this.alerts = alerts;
        this.ledger = ledger;
    }

    @GetMapping("/valuations")
    @Operation(summary = "Valuation requests the caller may see, newest first")
    Valuations.ValuationPage list(Actor actor, @RequestParam(required = false) ValuationState state,
                                  @RequestParam(defaultValue = "0") @Min(0) int page,
                                  @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return valuations.list(actor, state, page, size);
    }

    @GetMapping("/valuations/{id}")
    @Operation(summary = "One valuation request; 404 unless the caller is the requester, the owner, the assigned firm or the IP office")
    Valuation get(Actor actor, @PathVariable long id) {
        return valuations.get(actor, id);
    }

    @GetMapping("/valuations/{id}/inputs")
    @Operation(summary = "The recorded inputs of the valuation (JSON), from which its figures are recomputed exactly")
    ValuationInputs inputs(Actor actor, @PathVariable long id) {
        valuations.get(actor, id);
        return valuations.inputs(id);
    }

    @GetMapping("/valuations/{id}/ledger")
    @Operation(summary = "The valuation's ledger entries, oldest first")
    List<LedgerEntry> history(Actor actor, @PathVariable long id) {
        valuations.get(actor, id);
        return ledger.history(actor, ValuationRequests.SUBJECT, Long.toString(id));
    }

    @PostMapping("/valuations")
    @Operation(summary = "Request a valuation of one asset or a portfolio (a bank, optionally for a loan, or the owner enterprise)")
    Valuation request(Actor actor, @Valid @RequestBody NewRequest command) {
        return requests.request(actor, new ValuationRequests.NewRequest(command.assetId(), command.portfolioId(),
                command.loanId(), command.firmOrgId(), command.purpose()));
    }

    @PostMapping("/valuations/{id}/pre-valuation")
    @Operation(summary = "Run the automated pre-valuation from the registry; the inputs are recorded")
    Valuation preValue(Actor actor, @PathVariable long id, @Valid @RequestBody Versioned command) {
        return requests.preValue(actor, id, command.expectedVersion());
    }

    @PostMapping("/valuations/{id}/adjustment")
    @Operation(summary = "The valuer's review: change parameters with a written reason; the value is recomputed",
            description = "Body: {\"expectedVersion\": 1, \"overrides\": {\"splitRate\": 0.045, \"economicLifeYears\": 8, "
                    + "\"riskPremium\": 0.10, \"advancementGrade\": 4, \"substitutabilityGrade\": 3, \"maturityGrade\": 3, "
                    + "\"marketSize\": 50000000.00}, \"revenueForecast\": [5000000.00], \"revenueBasis\": \"…\", "
                    + "\"reason\": \"…\"}. Rates are fractions (0.045 = 4.5 %); the parameters go inside \"overrides\". "
                    + "A parameter left out keeps its earlier value (the pre-valuation's default, or an earlier adjustment's). "
                    + "The answer carries the recomputed value; GET …/inputs shows the parameters in force.")
    Valuation adjust(Actor actor, @PathVariable long id, @Valid @RequestBody Adjustment command) {
        return requests.adjust(actor, id, command.expectedVersion(), command.overrides(), command.revenueForecast(),
                command.revenueBasis(), command.reason());
    }

    @PostMapping("/valuations/{id}/signature")
    @Operation(summary = "The valuer signs the report (admitted firm, assigned valuer, no declared conflict)")
    Valuation sign(Actor actor, @PathVariable long id, @Valid @RequestBody Versioned command) {
        return requests.sign(actor, id, command.expectedVersion());
    }

    @PostMapping("/valuations/{id}/second-review")
    @Operation(summary = "复核认定 by the IP office or an expert: confirm, or return to the valuer with the opinion")
    Valuation secondReview(Actor actor, @PathVariable long id, @Valid @RequestBody SecondReview command) {
        return requests.secondReview(actor, id, command.expectedVersion(), command.confirm(), command.opinion());
    }

    @PostMapping("/valuations/{id}/reassignment")
    @Operation(summary = "The IP office hands a suspended firm's request to another admitted firm")
    Valuation reassign(Actor actor, @PathVariable long id, @Valid @RequestBody Reassignment command) {
        return requests.reassign(actor, id, command.expectedVersion(), command.firmOrgId());
    }

    @PostMapping("/valuations/{id}/withdrawal")
    @Operation(summary = "The requester withdraws an unsigned request")
    Valuation withdraw(Actor actor, @PathVariable long id, @Valid @RequestBody Versioned command) {
        return requests.withdraw(actor, id, command.expectedVersion());
    }

    @GetMapping(value = "/valuations/{id}/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The signed report as PDF, regenerated from the recorded inputs")
    ResponseEntity<byte[]> pdf(Actor actor, @PathVariable long id) {
        return reportResponse(valuations, report, actor, id);
    }

    static ResponseEntity<byte[]> reportResponse(Valuations valuations, ValuationReport report, Actor actor, long id) {
        Valuation v = valuations.get(actor, id);
        if (!v.state().isSigned()) {
            throw ValuationRules.REPORT_SIGNED.violation();
        }
        byte[] pdf = report.render(v, valuations.inputs(id), valuations.comparison(id));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"valuation-" + id + ".pdf\"")
                .contentType(MediaType.APPLICATION_PDF).body(pdf);
    }

    @GetMapping("/valuation-firms")
    @Operation(summary = "The district's valuation firms and their admission status")
    List<ValuationFirms.Firm> firms() {
        return firms.all();
    }

    @PostMapping("/valuation-firms/{id}/suspension")
    @Operation(summary = "The IP office suspends a firm; its open requests stop (SUSPENDED) until reassigned")
    List<Long> suspend(Actor actor, @PathVariable long id, @Valid @RequestBody FirmDecision command) {
        return firms.suspend(actor, id, command.expectedVersion(), command.reason());
    }

    @PostMapping("/valuation-firms/{id}/admission")
    @Operation(summary = "The IP office re-admits a suspended firm")
    void admit(Actor actor, @PathVariable long id, @Valid @RequestBody FirmDecision command) {
        firms.admit(actor, id, command.expectedVersion(), command.reason());
    }

    @PostMapping("/valuer-conflicts")
    @Operation(summary = "A valuer declares a link to an enterprise; they may then not value its assets")
    void declareConflict(Actor actor, @Valid @RequestBody Conflict command) {
        firms.declareConflict(actor, command.enterpriseId(), command.reason());
    }

    @GetMapping("/collateral-alerts")
    @Operation(summary = "Post-loan collateral alerts: the lending bank's own, or the district's for the IP office")
    List<CollateralAlerts.Alert> alerts(Actor actor, @RequestParam(defaultValue = "200") @Min(1) @Max(2000) int limit) {
        return alerts.list(actor, limit);
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "NewValuationRequest")
    record NewRequest(Long assetId, Long portfolioId, Long loanId, @NotNull Long firmOrgId,
                      @NotBlank @Size(max = 500) String purpose) {
    }

    record Versioned(@NotNull Integer expectedVersion) {
    }

    record Adjustment(@NotNull Integer expectedVersion, @Valid ValuationInputs.Overrides overrides,
                      @Size(max = 30) List<@NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal> revenueForecast,
                      @Size(max = 500) String revenueBasis, @NotBlank @Size(max = 2000) String reason) {
    }

    record SecondReview(@NotNull Integer expectedVersion, boolean confirm, @NotBlank @Size(max = 2000) String opinion) {
    }

    record Reassignment(@NotNull Integer expectedVersion, @NotNull Long firmOrgId) {
    }

    record FirmDecision(@NotNull Integer expectedVersion, @NotBlank @Size(max = 500) String reason) {
    }

    record Conflict(@NotNull Long enterpriseId, @NotBlank @Size(max = 500) String reason) {
    }
}
