package cn.ipfin.lending;

import cn.ipfin.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static cn.ipfin.IntegrationTest.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Visibility is enforced in the query layer: what the API returns depends on who asks. */
@IntegrationTest
class LoanVisibilityTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private String aLoanOf(String bankCode) {
        return jdbc.sql("select l.loan_no from loan l join organisation o on o.id = l.bank_org_id"
                        + " where o.code = :code order by l.id limit 1")
                .param("code", bankCode).query(String.class).single();
    }

    private long orgId(String code) {
        return jdbc.sql("select id from organisation where code = :code").param("code", code).query(Long.class).single();
    }

    @Test
    void a_bank_user_cannot_read_another_banks_loan() throws Exception {
        String bank2Loan = aLoanOf("bank-2");
        mvc.perform(get("/api/v1/loans/{no}", bank2Loan).with(httpBasic("bank1", PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(get("/api/v1/loans/{no}/ledger", bank2Loan).with(httpBasic("bank1", PASSWORD)))
                .andExpect(status().isNotFound());
        // the owner bank does see it
        mvc.perform(get("/api/v1/loans/{no}", bank2Loan).with(httpBasic("bank2", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.loanNo").value(bank2Loan));
    }

    @Test
    void a_bank_lists_only_its_own_loans() throws Exception {
        long bank1 = orgId("bank-1");
        long total = jdbc.sql("select count(*) from loan where bank_org_id = :b").param("b", bank1)
                .query(Long.class).single();
        assertThat(total).isPositive();
        mvc.perform(get("/api/v1/loans").param("size", "500").with(httpBasic("bank1", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(total))
                .andExpect(jsonPath("$.rows[*].bankOrgId", everyItem(is((int) bank1))));
    }

    @Test
    void an_enterprise_sees_only_its_own_loans_and_the_ip_office_sees_all() throws Exception {
        long enterprise = jdbc.sql("select organisation_id from app_user where username = 'enterprise1'")
                .query(Long.class).single();
        long own = jdbc.sql("select count(*) from loan where enterprise_id = :e").param("e", enterprise)
                .query(Long.class).single();
        long all = jdbc.sql("select count(*) from loan").query(Long.class).single();
        mvc.perform(get("/api/v1/loans").param("size", "500").with(httpBasic("enterprise1", PASSWORD)))
                .andExpect(jsonPath("$.total").value(own))
                .andExpect(jsonPath("$.rows[*].enterpriseId", everyItem(is((int) enterprise))));
        mvc.perform(get("/api/v1/loans").param("size", "500").with(httpBasic("ipo", PASSWORD)))
                .andExpect(jsonPath("$.total").value(all));
    }

    @Test
    void a_bank_sees_an_enterprise_only_after_it_applied_to_that_bank() throws Exception {
        long stranger = jdbc.sql("""
                        select e.organisation_id from enterprise e
                        where not exists (select 1 from data_authorisation a join organisation o on o.id = a.org_id
                                          where a.enterprise_id = e.organisation_id and o.code = 'bank-1')
                        order by e.organisation_id limit 1""")
                .query(Long.class).single();
        long customer = jdbc.sql("""
                        select l.enterprise_id from loan l join organisation o on o.id = l.bank_org_id
                        where o.code = 'bank-1' order by l.id limit 1""")
                .query(Long.class).single();
        mvc.perform(get("/api/v1/enterprises/{id}", stranger).with(httpBasic("bank1", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/enterprises/{id}", customer).with(httpBasic("bank1", PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/enterprises/{id}", stranger).with(httpBasic("ipo", PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void an_enterprise_cannot_read_another_enterprise() throws Exception {
        long own = jdbc.sql("select organisation_id from app_user where username = 'enterprise1'")
                .query(Long.class).single();
        long other = jdbc.sql("select organisation_id from enterprise where organisation_id <> :own limit 1")
                .param("own", own).query(Long.class).single();
        mvc.perform(get("/api/v1/enterprises/{id}", other).with(httpBasic("enterprise1", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/enterprises/{id}", own).with(httpBasic("enterprise1", PASSWORD)))
                .andExpect(status().isOk());
    }
}
