package cn.ipfin.supervision;

import cn.ipfin.IntegrationTest;
import cn.ipfin.core.party.OrgType;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.ConcurrentEditConflict;
import cn.ipfin.shared.RecordNotFound;
import cn.ipfin.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;

import static cn.ipfin.RuleAsserts.refusedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A typical case drafted from a financed loan's facts, edited, published, then read by the district's regulator. */
@IntegrationTest
@Transactional
class TypicalCasesTest {

    @Autowired JdbcClient jdbc;
    @Autowired TypicalCases cases;

    SupervisionFixture district;
    Actor office;
    Actor regulator;
    Actor bank;
    String loanNo;

    @BeforeEach
    void district() {
        district = SupervisionFixture.newDistrict(jdbc);
        office = district.actor(district.organisation(OrgType.IP_OFFICE, "测试区知识产权局"), OrgType.IP_OFFICE, Role.IPO_OFFICER);
        regulator = district.actor(district.organisation(OrgType.BANKING_REGULATOR, "测试区金融监管"),
                OrgType.BANKING_REGULATOR, Role.REGULATOR);
        long bankId = district.organisation(OrgType.BANK, "甲银行");
        bank = district.actor(bankId, OrgType.BANK, Role.BANK_OFFICER);
        long enterprise = district.enterprise("高新区", "SMALL");
        long loan = district.loan(bankId, enterprise, "2026-03-15", "1000000.00", "DISBURSED", "900000.00", "0", "NORMAL");
        district.pledge(loan, district.asset("INVENTION_PATENT"), enterprise, bankId, "2500000.00", false);
        loanNo = jdbc.sql("select loan_no from loan where id = :id").param("id", loan).query(String.class).single();
    }

    @Test
    void the_draft_is_prefilled_from_the_platforms_facts() {
        var c = cases.start(office, loanNo);

        assertThat(c.state()).isEqualTo("DRAFT");
        assertThat(c.title()).isEqualTo("监管测试企业以知识产权质押获得甲银行贷款");
        assertThat(c.body()).isEqualTo("监管测试企业（高新区），属计算机、通信和其他电子设备制造业。该企业以发明专利“测试权利”（"
                + jdbc.sql("select number from ip_asset a join ip_pledge p on p.asset_id = a.id join loan l on l.id = p.loan_id"
                + " where l.loan_no = :no").param("no", loanNo).query(String.class).single()
                + "）出质，于 2026-03-15 获得甲银行知识产权质押贷款 1000000.00 元，年利率 3.50%，期限 36 个月。"
                + "目前按期还款，贷款余额 900000.00 元。");
        assertThat(c.facts()).isEqualTo(c.body());
    }

    @Test
    void a_loan_is_written_up_once_and_only_a_financed_loan_of_the_district() {
        cases.start(office, loanNo);

        assertThatThrownBy(() -> cases.start(office, loanNo)).satisfies(refusedBy("supervision.case-one-per-loan"));
        assertThatThrownBy(() -> cases.start(office, "NO-SUCH-LOAN")).satisfies(refusedBy("supervision.case-loan-not-financed"));
        var elsewhere = SupervisionFixture.newDistrict(jdbc);
        Actor otherOffice = elsewhere.actor(elsewhere.organisation(OrgType.IP_OFFICE, "他区知识产权局"), OrgType.IP_OFFICE,
                Role.IPO_OFFICER);
        assertThatThrownBy(() -> cases.start(otherOffice, loanNo)).satisfies(refusedBy("supervision.case-loan-not-financed"));
    }

    @Test
    void the_office_edits_and_publishes_and_a_published_case_no_longer_changes() {
        var draft = cases.start(office, loanNo);
        assertThatThrownBy(() -> cases.edit(office, draft.id(), draft.version(), " ", "正文"))
                .satisfies(refusedBy("supervision.case-text"));
        var edited = cases.edit(office, draft.id(), draft.version(), "知识产权质押助力高新区企业", "改写后的正文");
        assertThatThrownBy(() -> cases.edit(office, draft.id(), draft.version(), "旧版本", "正文"))
                .isInstanceOf(ConcurrentEditConflict.class);

        var published = cases.publish(office, edited.id(), edited.version());

        assertThat(published.published()).isTrue();
        assertThat(published.publishedOn()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(published.title()).isEqualTo("知识产权质押助力高新区企业");
        assertThatThrownBy(() -> cases.edit(office, published.id(), published.version(), "再改", "再改"))
                .satisfies(refusedBy("supervision.case-published"));
        assertThatThrownBy(() -> cases.publish(office, published.id(), published.version()))
                .satisfies(refusedBy("supervision.case-published"));
    }

    @Test
    void a_regulator_reads_only_the_published_cases_and_a_bank_none() {
        var draft = cases.start(office, loanNo);
        assertThat(cases.list(regulator)).isEmpty();
        assertThatThrownBy(() -> cases.get(regulator, draft.id())).isInstanceOf(RecordNotFound.class);
        assertThatThrownBy(() -> cases.start(regulator, loanNo)).isInstanceOf(AccessDeniedException.class);

        cases.publish(office, draft.id(), draft.version());

        assertThat(cases.list(regulator)).extracting(TypicalCases.TypicalCase::id).containsExactly(draft.id());
        assertThat(cases.get(regulator, draft.id()).published()).isTrue();
        assertThatThrownBy(() -> cases.list(bank)).isInstanceOf(AccessDeniedException.class);
    }
}
