package cn.ipfin.ledger;

import cn.ipfin.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

@RestController
@RequestMapping("/api/v1/ledger")
@Tag(name = "Ledger", description = "The append-only, hash-chained ledger of record (台账)")
@Validated
class LedgerApi {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final int EXPORT_LIMIT = 100_000;

    private final Ledger ledger;
    private final LedgerVerifier verifier;
    private final MessageSource messages;

    LedgerApi(Ledger ledger, LedgerVerifier verifier, MessageSource messages) {
        this.ledger = ledger;
        this.verifier = verifier;
        this.messages = messages;
    }

    @GetMapping("/entries")
    @Operation(summary = "Entries the caller may see, newest first; subjectType selects one capability's ledger (e.g. LOAN)")
    LedgerPage entries(Actor actor, @RequestParam(required = false) String subjectType,
                       @RequestParam(defaultValue = "0") @Min(0) int page,
                       @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return ledger.search(actor, blankToNull(subjectType), page, size);
    }

    @PostMapping("/verify")
    @PreAuthorize("hasAnyRole('IPO_OFFICER', 'AUDITOR')")
    @Operation(summary = "Recompute every hash chain and report the first broken entry")
    LedgerVerification verify() {
        return verifier.verify();
    }

    @GetMapping(value = "/export.xlsx", produces = XLSX)
    @Operation(operationId = "exportLedger", summary = "The entries the caller may see as an Excel workbook (at most 100,000, newest first)")
    void export(Actor actor, @RequestParam(required = false) String subjectType, HttpServletResponse response)
            throws IOException {
        writeWorkbook(ledger, messages, actor, Ledger.Filter.type(blankToNull(subjectType)), response);
    }

    static void writeWorkbook(Ledger ledger, MessageSource messages, Actor actor, Ledger.Filter filter,
                              HttpServletResponse response) throws IOException {
        String subjectType = filter.subjectType();
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"ledger"
                + (subjectType == null ? "" : "-" + subjectType.toLowerCase()) + ".xlsx\"");
        var entries = ledger.search(actor, filter, 0, EXPORT_LIMIT).entries();
        var locale = LocaleContextHolder.getLocale();
        java.time.LocalDate today = java.time.LocalDate.now(ledger.clock());
        // entries recorded up to the filter's last day, or up to today
        java.time.LocalDate asOf = filter.to() != null && filter.to().isBefore(today) ? filter.to() : today;
        var heading = cn.ipfin.shared.ReportHeading.now(messages.getMessage("ledger.title", null, locale), ledger.clock(), asOf);
        LedgerWorkbook.write(entries, messages, locale, ledger.zone(), heading, response.getOutputStream());
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip().toUpperCase();
    }
}
