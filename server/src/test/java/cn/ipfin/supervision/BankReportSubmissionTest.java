package cn.ipfin.supervision;

import cn.ipfin.IntegrationTest;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.party.OrgType;
import cn.ipfin.core.supervision.Quarter;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.Role;
import cn.ipfin.shared.Rule;
import cn.ipfin.tabular.ImportReport;
import cn.ipfin.tabular.RowError;
import cn.ipfin.tabular.TabularWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.ipfin.RuleAsserts.refusedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A bank's quarterly report by the published template: all rows or none, locked once in, corrected by versions. */
@IntegrationTest
@Transactional
class BankReportSubmissionTest {

    @Autowired JdbcClient jdbc;
    @Autowired BankReports reports;

    SupervisionFixture district;
    Actor bank;

    @BeforeEach
    void bank() {
        district = SupervisionFixture.newDistrict(jdbc);
        long bankId = district.organisation(OrgType.BANK, "丙银行");
        bank = district.actor(bankId, OrgType.BANK, Role.BANK_OFFICER);
    }

    @Test
    void the_downloaded_template_comes_back_with_its_example_row() throws IOException {
        var template = new ByteArrayOutputStream();
        TabularWriter.writeTemplate(BankReportImport.TEMPLATE, template);
        ImportReport report = reports.submit(bank, "template.xlsx", template.toByteArray());
        assertThat(report.applied()).as(report.errors().toString()).isTrue();
        BankReport q3 = reports.versions(bank.orgId(), new Quarter(2026, 3)).getFirst();
        assertThat(q3.version()).isEqualTo(1);
        assertThat(q3.newLoans()).isEqualTo(12);
        assertThat(q3.newAmount()).isEqualTo(Money.of("18000000.00"));
        assertThat(q3.balance()).isEqualTo(Money.of("52000000.00"));
        assertThat(q3.customers()).isEqualTo(30);
        assertThat(q3.averagePledgeRate()).isEqualTo(new BigDecimal("0.351400"));
        assertThat(q3.nplBalance()).isEqualTo(Money.of("1040000.00"));
        assertThat(q3.overallNplRate()).isEqualTo(new BigDecimal("0.015200"));
        assertThat(q3.submittedBy()).isEqualTo(bank.username());
    }

    @Test
    void a_malformed_file_is_refused_row_by_row_in_both_languages_and_writes_nothing() throws IOException {
        ImportReport report = reports.submit(bank, "bad.xlsx", file(
                row("2026Q5", "1", "100.00", "100.00", "0.10"),              // row 2: no such quarter
                row("2026Q4", "1", "100.00", "100.00", "0.10"),              // row 3: still running on 2026-12-01
                row("2026Q1", "1", "100.00", "100.00", "0.10", "npl_amount", "200.00"),   // row 4: NPL above balance
                row("2026Q2", "0", "100.00", "100.00", "0.10"),              // row 5: an amount without loans
                row("2025Q4", "1", "100.00", "100.00", "120"),               // row 6: 120 %
                row("2025Q3", "1", "100.00", "100.00", "1.5")));             // row 7: fine, yet not written
        assertThat(report.applied()).isFalse();
        assertThat(report.errors()).extracting(RowError::row).containsExactly(2, 3, 4, 5, 6);
        assertThat(report.errors()).extracting(RowError::zh).containsExactly(
                zh("supervision.quarter-format"),
                zh("supervision.quarter-not-ended", "2026Q4"),
                zh("supervision.npl-above-balance", Money.of("200.00"), Money.of("100.00")),
                zh("supervision.new-amount-without-loans"),
                zh("supervision.percent-range"));
        assertThat(report.errors().get(2).en()).isEqualTo("the NPL balance CNY 200.00 exceeds the loan balance CNY 100.00");
        assertThat(reports.versions(bank.orgId(), new Quarter(2025, 3))).isEmpty();
    }

    @Test
    void a_quarter_appears_once_in_a_file() throws IOException {
        ImportReport report = reports.submit(bank, "twice.xlsx", file(
                row("2025Q3", "1", "100.00", "100.00", "1.5"),
                row("2025Q3", "1", "100.00", "90.00", "1.5")));
        assertThat(report.applied()).isFalse();
        assertThat(report.errors()).extracting(RowError::row).containsExactly(3);
        assertThat(report.errors()).extracting(RowError::zh).containsExactly(zh("supervision.quarter-repeated", "2025Q3", 2));
    }

    @Test
    void a_submitted_quarter_is_locked_and_corrected_only_by_a_new_version_with_its_reason() throws IOException {
        Quarter q3 = new Quarter(2026, 3);
        assertThat(reports.submit(bank, "q3.xlsx", file(row("2026Q3", "2", "300.00", "300.00", "1.00"))).applied()).isTrue();

        ImportReport again = reports.submit(bank, "q3-again.xlsx", file(row("2026Q3", "2", "300.00", "250.00", "1.00")));
        assertThat(again.applied()).isFalse();
        assertThat(again.errors()).extracting(RowError::zh).containsExactly(zh("supervision.correction-reason", "2026Q3"));

        ImportReport corrected = reports.submit(bank, "q3-corrected.xlsx",
                file(row("2026Q3", "2", "300.00", "250.00", "1.00", "correction_reason", "余额口径更正")));
        assertThat(corrected.applied()).isTrue();
        assertThat(corrected.updated()).isEqualTo(1);
        List<BankReport> versions = reports.versions(bank.orgId(), q3);
        assertThat(versions).extracting(BankReport::version).containsExactly(2, 1);
        assertThat(versions.getFirst().correctionReason()).isEqualTo("余额口径更正");
        assertThat(versions.getFirst().balance()).isEqualTo(Money.of("250.00"));
        assertThat(versions.getLast().balance()).isEqualTo(Money.of("300.00"));

        // the stored versions cannot be changed behind the application's back either
        assertThatThrownBy(() -> jdbc.sql("update bank_quarter_report set balance = 1 where bank_org_id = :b")
                .param("b", bank.orgId()).update()).rootCause().hasMessageContaining("locked");
    }

    @Test
    void only_a_bank_submits_a_report() {
        long officeId = district.organisation(OrgType.IP_OFFICE, "测试区知识产权局");
        Actor office = district.actor(officeId, OrgType.IP_OFFICE, Role.IPO_OFFICER);
        assertThatThrownBy(() -> reports.submit(office, "q3.xlsx", new byte[0])).satisfies(refusedBy("supervision.banks-only"));
    }

    static String zh(String code, Object... values) {
        Rule rule = Rule.declaredIn(SupervisionRules.class).stream().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow();
        return rule.violation(values).zh();
    }

    /** A row with 2026-style figures: new loans, their amount, the balance, NPL 0 and the overall NPL rate; then overrides. */
    static Map<String, String> row(String quarter, String newLoans, String newAmount, String balance, String overallRate,
                                   String... overrides) {
        var row = new HashMap<String, String>(Map.of("quarter", quarter, "new_loans_count", newLoans,
                "new_loans_amount", newAmount, "balance_amount", balance, "customers_count", "1", "npl_amount", "0.00",
                "overall_npl_rate", overallRate));
        for (int i = 0; i < overrides.length; i += 2) row.put(overrides[i], overrides[i + 1]);
        return row;
    }

    @SafeVarargs
    static byte[] file(Map<String, String>... rows) throws IOException {
        return QuarterlyStatisticsTest.file(rows);
    }
}
