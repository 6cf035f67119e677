package cn.ipfin.supervision;

import cn.ipfin.IntegrationTest;
import cn.ipfin.party.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The performance pages on the demo district: the office reads the ranking, writes cases; a bank records its measures;
 * the regulators read the ranking and the published cases and nothing else of them.
 */
@IntegrationTest
@Transactional
class PerformancePagesTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts users;
    @Autowired cn.ipfin.programme.ProgrammeDefinitions programmes;

    private UserDetails login(String name) {
        return users.loadUserByUsername(name);
    }

    private String page(UserDetails who, String path) throws Exception {
        return mvc.perform(get(path).with(user(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void the_office_reads_the_ranking_and_drafts_and_publishes_a_case_the_regulators_then_read() throws Exception {
        UserDetails office = login("ipo");
        assertThat(page(office, "/supervision/banks")).contains("银行机构知识产权质押融资考核排名", "示范银行", "各银行内部制度");
        String loanNo = jdbc.sql("""
                        select l.loan_no from loan l join organisation b on b.id = l.bank_org_id
                        where l.disbursed_on is not null
                          and b.district = (select district from organisation where code = 'ipo')
                          and not exists (select 1 from typical_case c where c.loan_id = l.id)
                        order by l.id limit 1""")
                .query(String.class).single();

        String location = mvc.perform(post("/supervision/cases").with(user(office)).with(csrf()).param("loanNo", loanNo))
                .andExpect(status().isOk()).andExpect(header().exists("HX-Redirect")).andReturn().getResponse()
                .getHeader("HX-Redirect");
        assertThat(page(office, location)).contains("case-edit-form", loanNo.isEmpty() ? "" : "出质");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        for (String name : List.of("regulator", "pboc")) {
            UserDetails regulator = login(name);
            assertThat(page(regulator, "/supervision/banks")).contains("示范银行").doesNotContain("各银行内部制度");
            mvc.perform(get(location).with(user(regulator))).andExpect(status().isNotFound());
            mvc.perform(get("/supervision/measures").with(user(regulator))).andExpect(status().isForbidden());
            mvc.perform(post("/supervision/cases").with(user(regulator)).with(csrf()).param("loanNo", loanNo))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post(location + "/publish").with(user(office)).with(csrf()).param("version", "0"))
                .andExpect(header().string("HX-Redirect", location));
        UserDetails regulator = login("regulator");
        assertThat(page(regulator, "/supervision/cases")).contains("data-case=\"" + id + "\"");
        assertThat(page(regulator, location)).contains("case-text").doesNotContain("case-edit-form");
    }

    @Test
    void a_bank_records_its_measures_and_reads_no_ranking_or_cases() throws Exception {
        UserDetails bank = login("bank1");
        assertThat(page(bank, "/supervision/measures")).contains("本行内部制度");
        mvc.perform(post("/supervision/measures").with(user(bank)).with(csrf()).param("kind", "DUE_DILIGENCE_EXEMPTION")
                        .param("adoptedOn", "2026-01-01").param("document", "银发〔2026〕1号 尽职免责办法"))
                .andExpect(header().string("HX-Redirect", "/supervision/measures"));
        assertThat(page(bank, "/supervision/measures")).contains("银发〔2026〕1号 尽职免责办法");
        String refused = mvc.perform(post("/supervision/measures").with(user(bank)).with(csrf())
                        .param("kind", "SEPARATE_CREDIT_PLAN").param("adoptedOn", "2026-01-01").param("document", ""))
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("请填写制度文件的文号和名称");
        mvc.perform(get("/supervision/banks").with(user(bank))).andExpect(status().isForbidden());
        mvc.perform(get("/supervision/cases").with(user(bank))).andExpect(status().isForbidden());
        mvc.perform(get("/supervision/measures").with(user(login("ipo")))).andExpect(status().isForbidden());
    }

    @Test
    void an_enterprise_rates_its_loan_and_the_office_reads_the_summary_the_regulators_do_not() throws Exception {
        UserDetails enterprise = login("enterprise1");
        assertThat(page(enterprise, "/supervision/surveys")).contains("融资获得感评价");
        Long loan = jdbc.sql("""
                        select l.id from loan l join organisation e on e.id = l.enterprise_id
                        join app_user u on u.organisation_id = e.id
                        where u.username = 'enterprise1' and l.disbursed_on is not null
                          and not exists (select 1 from financing_survey s where s.loan_id = l.id)
                        order by l.id limit 1""")
                .query(Long.class).optional().orElse(null);
        if (loan != null) {
            mvc.perform(post("/supervision/surveys/" + loan).with(user(enterprise)).with(csrf()).param("speed", "5")
                            .param("cost", "4").param("service", "5").param("overall", "5").param("comment", "服务周到"))
                    .andExpect(header().string("HX-Redirect", "/supervision/surveys"));
            assertThat(page(login("ipo"), "/supervision/surveys")).contains("服务周到");
        }
        assertThat(page(login("ipo"), "/supervision/surveys")).contains("企业融资获得感");
        mvc.perform(get("/supervision/surveys").with(user(login("regulator")))).andExpect(status().isForbidden());
        mvc.perform(get("/supervision/surveys").with(user(login("bank1")))).andExpect(status().isForbidden());
    }

    @Test
    void the_office_sends_reminders_and_the_bank_reads_them() throws Exception {
        UserDetails office = login("ipo");
        assertThat(page(office, "/supervision/reminders?quarter=2026Q3")).contains("逾期未报的银行");
        mvc.perform(post("/supervision/reminders").with(user(office)).with(csrf()).param("quarter", "2026Q3"))
                .andExpect(header().string("HX-Redirect", "/supervision/reminders?quarter=2026Q3"));
        assertThat(page(login("bank1"), "/supervision/reminders")).contains("催报提醒");
        mvc.perform(get("/supervision/reminders").with(user(login("regulator")))).andExpect(status().isForbidden());
    }

    @Test
    void the_offices_dashboard_shows_each_programmes_spending_and_the_regulators_does_not() throws Exception {
        var office = login("ipo");
        programmes.loadPreset(((cn.ipfin.shared.ActorHolder) office).actor(), "ezhou-2024-interest-subsidy.yaml");
        String dashboard = page(office, "/supervision");
        assertThat(dashboard).contains("id=\"programme-spending\"", "id=\"programme-chart\"",
                "href=\"/programmes/ezhou-2024-interest-subsidy\"",
                // Ezhou's budget of 2,000,000 yuan a year, in 万元
                ">200.00<");
        assertThat(page(login("regulator"), "/supervision")).doesNotContain("programme-spending");
    }
}
