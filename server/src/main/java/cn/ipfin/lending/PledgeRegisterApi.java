package cn.ipfin.lending;

import cn.ipfin.shared.Actor;
import cn.ipfin.shared.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The IP office's register of pledges and freezes; the bank's loan ledger as Excel. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Pledge register", description = "Registered pledges in the district, freezes, the bank's loan ledger export")
@Validated
class PledgeRegisterApi {

    private final RegisteredPledges register;
    private final PledgeRegistration pledges;
    private final Loans loans;

    PledgeRegisterApi(RegisteredPledges register, PledgeRegistration pledges, Loans loans) {
        this.register = register;
        this.pledges = pledges;
        this.loans = loans;
    }

    record Freeze(String authority, String reference) {
    }

    @GetMapping("/pledges")
    @Operation(summary = "IP office: pledges registered in the district with count and amount (no bank notes)")
    RegisteredPledges.Register pledges(Actor actor, @RequestParam(defaultValue = "200") @Min(1) @Max(5000) int limit) {
        return register.inDistrict(actor, limit);
    }

    @PostMapping("/assets/{assetId}/freeze")
    @Operation(summary = "IP office: record a freeze (查封/冻结) of a right; a frozen right cannot be pledged")
    void freeze(Actor actor, @PathVariable long assetId, @RequestBody Freeze body) {
        pledges.freeze(actor, assetId, body.authority(), body.reference());
    }

    @PostMapping("/assets/{assetId}/freeze/lifting")
    @Operation(summary = "IP office: lift a freeze")
    void lift(Actor actor, @PathVariable long assetId) {
        pledges.lift(actor, assetId);
    }

    @GetMapping("/loans-ledger.xlsx")
    @Operation(summary = "The bank's loan ledger (台账) as an Excel workbook: every loan it made, one row each")
    ResponseEntity<byte[]> export(Actor actor) throws IOException {
        if (!actor.has(Role.BANK_OFFICER) && !actor.has(Role.BANK_APPROVER)) {
            throw new AccessDeniedException("a bank's own loan ledger");
        }
        List<Map<String, String>> rows = new ArrayList<>();
        int page = 0;
        Loans.LoanPage result;
        do {
            result = loans.list(actor, null, page++, 500);
            for (Loan l : result.rows()) {
                Map<String, String> row = new LinkedHashMap<>();
                row.put("loan_no", l.loanNo());
                row.put("enterprise", l.enterpriseName());
                row.put("principal_amount", l.principal().toPlainString());
                row.put("annual_rate", l.annualRate().movePointRight(2).stripTrailingZeros().toPlainString());
                row.put("term_count", Integer.toString(l.termMonths()));
                row.put("applied_on", String.valueOf(l.appliedOn()));
                row.put("disbursed_on", l.disbursedOn() == null ? null : l.disbursedOn().toString());
                row.put("maturity_on", l.maturityOn() == null ? null : l.maturityOn().toString());
                row.put("state", l.state().name());
                rows.add(row);
            }
        } while (result.page() + 1 < result.pages());
        var out = new ByteArrayOutputStream();
        cn.ipfin.tabular.TabularWriter.writeXlsx(LoanLedgerTemplate.TEMPLATE, rows, out);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("loan-ledger.xlsx").build().toString())
                .body(out.toByteArray());
    }

}
