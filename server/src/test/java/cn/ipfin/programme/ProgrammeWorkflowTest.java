package cn.ipfin.programme;

import cn.ipfin.IntegrationTest;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.programme.Explanation;
import cn.ipfin.core.programme.Presets;
import cn.ipfin.party.UserAccounts;
import cn.ipfin.shared.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static cn.ipfin.RuleAsserts.refusedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Ezhou interest subsidy end to end on the real database (issue 16): an enterprise with two IP pledge loans at two
 * banks whose 2025 interest (from servicing's repayments) is 150,000 and 80,000 yuan applies; experts not linked to
 * it or its banks review; the office approves at 50 %: 115,000 by rate, capped at 100,000 for the enterprise across
 * both loans. Each refusal on the way is a catalogued rule.
 */
@IntegrationTest
@Transactional
class ProgrammeWorkflowTest {

    private static final String EZHOU = "ezhou-2024-interest-subsidy";
    private static final byte[] PDF = "%PDF-1.7 test".getBytes(StandardCharsets.US_ASCII);

    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts users;
    @Autowired ProgrammeDefinitions definitions;
    @Autowired ProgrammeApplications applications;

    ProgrammeTestData data;
    Actor ipo;
    Actor enterprise;
    long bank1;
    long bank2;

    @BeforeEach
    void setUp() {
        data = new ProgrammeTestData(jdbc, users);
        ipo = actor("ipo");
        bank1 = actor("bank1").orgId();
        bank2 = actor("bank2").orgId();
        enterprise = newEnterprise();
        definitions.loadPreset(ipo, "ezhou-2024-interest-subsidy.yaml");
    }

    @Test
    void an_enterprise_applies_experts_review_and_the_office_approves_the_capped_amount() {
        loan(bank1, "150000.00");
        loan(bank2, "80000.00");

        Explanation precheck = applications.precheck(enterprise, EZHOU, enterprise.orgId(), 2025);
        assertThat(precheck.eligible()).isTrue();
        assertThat(precheck.conditions().get(1).elements().get(1).zh())
                .contains("Ezhou 003 §四 当年有贷款利息：符合").contains("15000000 分").contains("8000000 分").doesNotContain("fen");

        long id = applications.apply(enterprise, EZHOU, 2025);
        assertThatThrownBy(() -> applications.apply(enterprise, EZHOU, 2025)).satisfies(refusedBy("programme.already-applied"));
        assertThatThrownBy(() -> applications.attach(enterprise, id, "application", "form.exe", PDF))
                .satisfies(refusedBy("programme.material-type"));
        assertThatThrownBy(() -> applications.attach(enterprise, id, "application", "form.pdf", "not a pdf".getBytes()))
                .satisfies(refusedBy("programme.material-type"));
        assertThatThrownBy(() -> applications.attach(enterprise, id, "commitment", "c.pdf", pdfOf(6 * 1024 * 1024)))
                .satisfies(refusedBy("programme.material-size"));
        assertThatThrownBy(() -> applications.attach(enterprise, id, "tax-return", "t.pdf", PDF))
                .satisfies(refusedBy("programme.material-unknown"));
        applications.attach(enterprise, id, "application", "申请表.pdf", PDF);
        assertThatThrownBy(() -> applications.submit(enterprise, id)).satisfies(refusedBy("programme.materials-missing"));
        applications.attach(enterprise, id, "loan-contract", "contract.pdf", PDF);
        applications.attach(enterprise, id, "interest-vouchers", "interest.xlsx", "PK".getBytes());
        applications.attach(enterprise, id, "commitment", "commitment.pdf", PDF);
        assertThatThrownBy(() -> applications.submit(enterprise, id)).satisfies(refusedBy("programme.commitment-unsigned"));
        applications.signCommitment(enterprise, id);
        applications.submit(enterprise, id);
        assertThatThrownBy(() -> applications.attach(enterprise, id, "application", "again.pdf", PDF))
                .satisfies(refusedBy("programme.application-state"));

        Actor expert1 = actor("expert1");
        Actor expert2 = newExpert();
        Actor linked = newExpert();
        applications.declareLink(ipo, linked.username(), bank2, "曾任二号银行授信顾问");
        assertThatThrownBy(() -> applications.assign(ipo, id, List.of(expert1.username(), expert2.username())))
                .satisfies(refusedBy("programme.panel-size"));
        assertThatThrownBy(() -> applications.assign(ipo, id, List.of(expert1.username(), expert2.username(), "bank1")))
                .satisfies(refusedBy("programme.reviewer-not-expert"));
        assertThatThrownBy(() -> applications.assign(ipo, id, List.of(expert1.username(), expert2.username(), linked.username())))
                .satisfies(refusedBy("programme.reviewer-linked"));
        Actor expert3 = newExpert();
        applications.assign(ipo, id, List.of(expert1.username(), expert2.username(), expert3.username()));

        assertThatThrownBy(() -> applications.sign(linked, id, true, null, "同意")).satisfies(refusedBy("programme.not-assigned"));
        assertThatThrownBy(() -> applications.sign(expert1, id, true, null, " ")).satisfies(refusedBy("programme.opinion-required"));
        assertThatThrownBy(() -> applications.sign(expert1, id, true, new BigDecimal("0.6"), "同意"))
                .satisfies(refusedBy("programme.assessed-rate"));
        applications.sign(expert1, id, true, new BigDecimal("0.50"), "经综合评估，符合贴息条件");
        assertThatThrownBy(() -> applications.decide(ipo, id, true, new BigDecimal("0.50"), "同意"))
                .satisfies(refusedBy("programme.quorum-not-reached"));
        applications.sign(expert2, id, true, new BigDecimal("0.50"), "同意按 50% 贴息");

        // a budget edit (a new version) that leaves too little: the approval is refused, nothing is fixed
        definitions.edit(ipo, EZHOU, Presets.text("ezhou-2024-interest-subsidy.yaml").replace("per_year: \"2000000.00\"", "per_year: \"60000.00\""));
        assertThatThrownBy(() -> applications.decide(ipo, id, true, new BigDecimal("0.50"), "同意"))
                .satisfies(refusedBy("programme.budget-exceeded"));
        assertThat(applications.find(ipo, id).amount()).isNull();
        definitions.edit(ipo, EZHOU, Presets.text("ezhou-2024-interest-subsidy.yaml"));
        assertThat(definitions.history(EZHOU)).hasSizeGreaterThanOrEqualTo(3);

        var approved = applications.decide(ipo, id, true, new BigDecimal("0.50"), "同意");
        assertThat(approved.state()).isEqualTo("APPROVED");
        assertThat(approved.amount()).isEqualTo(Money.of("100000.00"));   // 230,000 × 50 % = 115,000, capped per enterprise
        assertThat(approved.calculation()).contains("230000.00 元 × 0.50 = 115000.00 元").contains("每户企业每年上限 100000.00 元");
        assertThat(applications.budget(EZHOU, 2025).committed()).isEqualTo(Money.of("100000.00"));
        assertThat(applications.budget(EZHOU, 2025).remaining()).isEqualTo(Money.of("1900000.00"));

        assertThatThrownBy(() -> applications.pay(ipo, id, " ")).satisfies(refusedBy("programme.payment-reference"));
        applications.pay(ipo, id, "GK-2026-0001");
        assertThat(applications.budget(EZHOU, 2025).paid()).isEqualTo(Money.of("100000.00"));
        var report = applications.report(ipo, EZHOU, 2025);
        assertThat(report.approvals()).isEqualTo(1);
        assertThat(report.paid()).isEqualTo(Money.of("100000.00"));
        assertThat(report.enterprisesServed()).isEqualTo(1);

        assertThatThrownBy(() -> applications.clawback(ipo, id, "", true)).satisfies(refusedBy("programme.clawback-reason"));
        applications.clawback(ipo, id, "付息凭证系伪造", true);
        assertThat(applications.find(enterprise, id).state()).isEqualTo("CLAWED_BACK");
        assertThat(applications.budget(EZHOU, 2025).committed()).isEqualTo(Money.zero());
        assertThatThrownBy(() -> applications.apply(enterprise, EZHOU, 2025)).satisfies(refusedBy("programme.barred"));

        long entries = jdbc.sql("select count(*) from ledger_entry where subject_type = 'PROGRAMME_APPLICATION' and subject_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single();
        assertThat(entries).isGreaterThanOrEqualTo(12);
    }

    @Test
    void an_enterprise_without_a_pledge_loan_is_refused_with_the_element_that_failed() {
        assertThatThrownBy(() -> applications.apply(enterprise, EZHOU, 2025)).satisfies(refusedBy("programme.not-eligible"))
                .hasMessageContaining("Ezhou 003 §四 有已放款的知识产权质押贷款");
    }

    @Test
    void a_programme_outside_its_window_or_for_other_applicants_takes_no_application() {
        definitions.loadPreset(ipo, "jiyuan-2022-interest-subsidy.yaml");
        assertThatThrownBy(() -> applications.apply(enterprise, "jiyuan-2022-interest-subsidy", 2022))
                .satisfies(refusedBy("programme.outside-window"));
        definitions.edit(ipo, EZHOU, Presets.text("ezhou-2024-interest-subsidy.yaml").replace("applicants: [ENTERPRISE]", "applicants: [BANK]"));
        assertThatThrownBy(() -> applications.apply(enterprise, EZHOU, 2025)).satisfies(refusedBy("programme.applicant-type"));
    }

    @Test
    void a_wrong_definition_is_refused_whole_and_an_edit_keeps_its_key() {
        int before = definitions.history(EZHOU).size();
        assertThatThrownBy(() -> definitions.load(ipo, Presets.text("ezhou-2024-interest-subsidy.yaml").replace("enterprise.scale in", "enterprise.salary in")))
                .satisfies(refusedBy("programme.definition-invalid"));
        assertThatThrownBy(() -> definitions.edit(ipo, EZHOU, Presets.text("jiyuan-2022-interest-subsidy.yaml")))
                .satisfies(refusedBy("programme.definition-key"));
        assertThat(definitions.history(EZHOU)).hasSize(before);
    }

    @Test
    void budget_fees_count_against_the_year() {
        applications.recordFee(ipo, EZHOU, 2025, "EXPERT", "专家 冯教授", Money.of("3000.00"));
        assertThat(applications.budget(EZHOU, 2025).fees()).isEqualTo(Money.of("3000.00"));
        assertThat(applications.budget(EZHOU, 2025).remaining()).isEqualTo(Money.of("1997000.00"));
    }

    private static byte[] pdfOf(int size) {
        byte[] content = new byte[size];
        System.arraycopy(PDF, 0, content, 0, PDF.length);
        return content;
    }

    private Actor actor(String username) {
        return data.actor(username);
    }

    private Actor newExpert() {
        return data.newExpert();
    }

    private Actor newEnterprise() {
        return data.newEnterprise();
    }

    private void loan(long bank, String interest2025) {
        data.loan(enterprise, bank, interest2025);
    }
}
