package cn.ipfin.valuation;

import cn.ipfin.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/** Pledged collateral is re-scored when its facts change, and a breach of coverage alerts the lending bank. */
@IntegrationTest
@Transactional
class CollateralRevaluationTest {

    @Autowired CollateralRevaluation revaluation;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired java.time.Clock clock;

    @Test
    void a_lapsed_pledged_patent_is_revalued_to_zero_and_the_lending_bank_is_alerted() throws Exception {
        record Pledged(long loanId, String loanNo, String bankCode) {
        }
        Pledged loan = jdbc.sql("""
                        select l.id, l.loan_no, b.code from loan l join organisation b on b.id = l.bank_org_id
                        where l.state = 'DISBURSED' and b.code in ('bank-1','bank-2')
                          and exists (select 1 from ip_pledge p where p.loan_id = l.id and p.cancelled_on is null)
                        order by l.id limit 1""")
                .query((rs, i) -> new Pledged(rs.getLong(1), rs.getString(2), rs.getString(3))).single();
        List<Long> collateral = jdbc.sql("select asset_id from ip_pledge where loan_id = :l and cancelled_on is null")
                .param("l", loan.loanId()).query(Long.class).list();
        LocalDate today = LocalDate.now(clock);

        var first = revaluation.revalue(collateral, today);
        assertThat(first.revalued()).isEqualTo(collateral.size());
        assertThat(revaluation.revalue(collateral, today).revalued()).as("nothing changed, nothing re-scored").isZero();

        jdbc.sql("update ip_asset set status = 'LAPSED' where id = any(:ids)")
                .param("ids", collateral.toArray(Long[]::new)).update();
        var second = revaluation.revalue(collateral, today);
        assertThat(second.revalued()).isEqualTo(collateral.size());
        assertThat(second.alerts()).isPositive();
        assertThat(jdbc.sql("select count(*) from collateral_alert where loan_id = :l and raised_on = :d"
                        + " and collateral_value = 0 and coverage is null")
                .param("l", loan.loanId()).param("d", today).query(Long.class).single()).isEqualTo(1);

        var f = new ValuationFixture(mvc, jdbc, json);
        String owner = loan.bankCode().equals("bank-1") ? "bank1" : "bank2";
        String other = owner.equals("bank1") ? "bank2" : "bank1";
        f.call(owner, "GET", "/api/v1/collateral-alerts", null, null)
                .andExpect(jsonPath("$[?(@.loanNo == '" + loan.loanNo() + "')]").isNotEmpty());
        f.call("ipo", "GET", "/api/v1/collateral-alerts", null, null)
                .andExpect(jsonPath("$[?(@.loanNo == '" + loan.loanNo() + "')]").isNotEmpty());
        f.call(other, "GET", "/api/v1/collateral-alerts", null, null)
                .andExpect(jsonPath("$[?(@.loanNo == '" + loan.loanNo() + "')]").isEmpty());
    }

    @Test
    void the_nightly_run_values_every_asset_under_a_pledge_in_force() {
        long pledged = jdbc.sql("select count(distinct asset_id) from ip_pledge p join ip_asset a on a.id = p.asset_id"
                + " where p.cancelled_on is null and a.kind <> 'LICENCE_REVENUE_RIGHT'").query(Long.class).single();
        var outcome = revaluation.revalueAllPledged();
        assertThat(outcome.revalued()).isEqualTo((int) pledged);
        assertThat(jdbc.sql("select count(*) from asset_value where source = 'REVALUATION'").query(Long.class).single())
                .isEqualTo(pledged);
    }
}
