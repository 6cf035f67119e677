package cn.ipfin.lending;

import cn.ipfin.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

/** The IP office's register of pledges and freezes; the bank's loan ledger as Excel. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Pledge register", description = "Registered pledges in the district, freezes, the bank's loan ledger export")
@Validated
class PledgeRegisterApi {

    private final RegisteredPledges register;
    private final PledgeRegistration pledges;
    private final LoanLedgerExport export;

    PledgeRegisterApi(RegisteredPledges register, PledgeRegistration pledges, LoanLedgerExport export) {
        this.register = register;
        this.pledges = pledges;
        this.export = export;
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
        return export.workbook(actor);
    }

}
