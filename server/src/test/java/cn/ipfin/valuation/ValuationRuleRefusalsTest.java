package cn.ipfin.valuation;

import cn.ipfin.IntegrationTest;
import cn.ipfin.shared.Role;
import cn.ipfin.party.UserAccounts;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.ActorHolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.HashSet;
import java.util.Set;

import static cn.ipfin.RuleAsserts.refusedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each valuation rule that no other test triggered (issue 14): a bank's cooperation admission, the lending bank's
 * review, the borrower's own collateral and a licence-revenue right's manual valuation, each refused by its code.
 */
@IntegrationTest
@Transactional
class ValuationRuleRefusalsTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired UserAccounts users;
    @Autowired ValuationRequests valuations;
    @Autowired BankValuationFirms bankFirms;
    @Autowired BankValuationReview bankReview;
    ValuationFixture f;

    @BeforeEach
    void fixture() {
        f = new ValuationFixture(mvc, jdbc, json);
    }

    private Actor actor(String username) {
        return ((ActorHolder) users.loadUserByUsername(username)).actor();
    }

    private int cooperationVersion(long bank, long firm) {
        return jdbc.sql("select version from bank_valuation_firm where bank_org_id = :b and firm_org_id = :f")
                .param("b", bank).param("f", firm).query(Integer.class).single();
    }

    @Test
    void a_bank_asks_only_a_firm_it_admitted_and_a_decision_changes_its_status() {
        long bank = f.orgId("bank-1");
        long firm = f.orgId("valuer-1");
        bankFirms.suspend(actor("bank1-approver"), firm, cooperationVersion(bank, firm), "抽查报告参数取值偏高");
        int suspended = cooperationVersion(bank, firm);
        assertThatThrownBy(() -> bankFirms.suspend(actor("bank1-approver"), firm, suspended, "再次暂停"))
                .satisfies(refusedBy("valuation.bank-cooperation-status"));
        // a firm the bank never decided on: the district admits it, the bank has not
        jdbc.sql("delete from bank_valuation_firm where bank_org_id = :b and firm_org_id = :f")
                .param("b", bank).param("f", firm).update();
        assertThatThrownBy(() -> valuations.request(actor("bank1"),
                new ValuationRequests.NewRequest(f.anAssetOfEnterprise1(), null, null, firm, "贷款评估")))
                .satisfies(refusedBy("valuation.bank-cooperation-not-admitted"));
    }

    @Test
    void a_valuation_for_a_loan_values_the_borrower_s_own_right() {
        long bank = f.orgId("bank-1");
        Long otherLoan = jdbc.sql("select id from loan where bank_org_id = :b and enterprise_id <> :e order by id limit 1")
                .param("b", bank).param("e", f.enterprise1()).query(Long.class).single();
        assertThatThrownBy(() -> valuations.request(actor("bank1"), new ValuationRequests.NewRequest(
                f.anAssetOfEnterprise1(), null, otherLoan, f.orgId("valuer-1"), "质押贷款评估")))
                .satisfies(refusedBy("valuation.borrower-owns-asset"));
    }

    @Test
    void only_the_lending_bank_reviews_a_report_and_with_an_opinion() throws Exception {
        JsonNode signed = f.signed();
        long id = signed.get("id").asLong();
        int version = signed.get("version").asInt();
        assertThatThrownBy(() -> bankReview.review(actor("bank1-approver"), id, version, true, " "))
                .satisfies(refusedBy("valuation.bank-review-opinion"));
        // another bank's approver who sits in the expert pool sees the signed report, but did not ask for it
        Actor other = actor("bank2-approver");
        Set<Role> roles = new HashSet<>(other.roles());
        roles.add(Role.EXPERT);
        Actor expert = new Actor(other.userId(), other.username(), other.orgId(), other.orgType(), roles, other.visibleOrgIds());
        assertThatThrownBy(() -> bankReview.review(expert, id, version, true, "同意"))
                .satisfies(refusedBy("valuation.bank-review-lender"));
        assertThat(jdbc.sql("select bank_review from valuation_request where id = :id").param("id", id)
                .query(String.class).optional().orElse(null)).isNull();
    }

    @Test
    void a_licence_revenue_right_has_no_automated_pre_valuation() throws Exception {
        long right = jdbc.sql("""
                        insert into ip_asset (kind, number, title, filed_on, granted_on, expires_on, status)
                        values ('LICENCE_REVENUE_RIGHT', :n, '许可收益权（规则测试）', date '2024-01-01', date '2024-01-01',
                            date '2031-12-31', 'IN_FORCE') returning id""")
                .param("n", "XK" + System.nanoTime() % 1_000_000_000L).query(Long.class).single();
        jdbc.sql("insert into ip_asset_owner (asset_id, enterprise_id, share) values (:a, :e, 1)")
                .param("a", right).param("e", f.enterprise1()).update();
        JsonNode requested = f.ok("bank1", "POST", "/api/v1/valuations", """
                {"assetId": %d, "firmOrgId": %d, "purpose": "许可收益权质押评估"}""".formatted(right, f.orgId("valuer-1")));
        f.call("valuer1", "POST", "/api/v1/valuations/" + requested.get("id").asLong() + "/pre-valuation",
                        ValuationFixture.version(requested), "en")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("valuation.licence-revenue-manual"));
    }
}
