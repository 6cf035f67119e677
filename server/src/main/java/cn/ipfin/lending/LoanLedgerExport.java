package cn.ipfin.lending;

import cn.ipfin.shared.Actor;
import cn.ipfin.shared.Role;
import cn.ipfin.tabular.TabularWriter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The bank's loan ledger (贷款台账) as an Excel workbook, one row per loan it made; the API and the page share it. */
@Component
class LoanLedgerExport {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Loans loans;
    private final java.time.Clock clock;

    LoanLedgerExport(Loans loans, java.time.Clock clock) {
        this.loans = loans;
        this.clock = clock;
    }

    ResponseEntity<byte[]> workbook(Actor actor) throws IOException {
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
        TabularWriter.writeReport(LoanLedgerTemplate.TEMPLATE, cn.ipfin.shared.ReportHeading.now(
                LoanLedgerTemplate.TEMPLATE.titleZh(), clock, java.time.LocalDate.now(clock)), rows, out);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("loan-ledger.xlsx").build().toString())
                .body(out.toByteArray());
    }
}
