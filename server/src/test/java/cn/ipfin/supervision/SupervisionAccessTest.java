package cn.ipfin.supervision;

import cn.ipfin.IntegrationTest;
import cn.ipfin.core.party.OrgType;
import cn.ipfin.party.UserAccounts;
import cn.ipfin.shared.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who reads the statistics: the IP office and the financial regulators (001's cover letter, 003 §十一); the regulators
 * read the district's statistics and bulletins and nothing else; a bank submits its own report and reads no one's.
 */
@IntegrationTest
@Transactional
class SupervisionAccessTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts users;

    private UserDetails regulator(Role role) {
        String district = jdbc.sql("select district from organisation where code = 'ipo'").query(String.class).single();
        long org = jdbc.sql("""
                        insert into organisation (code, type, name, district) values (:code, :type, '测试监管机构', :district)
                        returning id""")
                .param("code", "reg-" + role.name().toLowerCase()).param("type", role.orgType().name())
                .param("district", district).query(Long.class).single();
        String username = "test-" + role.name().toLowerCase();
        users.create(username, "Test@2026-regulator", "监管 测试", org, List.of(role));
        return users.loadUserByUsername(username);
    }

    @ParameterizedTest
    @EnumSource(names = {"REGULATOR", "PBOC_OFFICER"})
    void a_regulator_reads_the_statistics_and_the_bulletin_and_nothing_else(Role role) throws Exception {
        assertThat(role.orgType()).isIn(OrgType.BANKING_REGULATOR, OrgType.PBOC_BRANCH);
        UserDetails regulator = regulator(role);
        mvc.perform(get("/supervision").with(user(regulator))).andExpect(status().isOk());
        mvc.perform(get("/supervision/loans").param("quarter", "2026Q3").with(user(regulator))).andExpect(status().isOk());
        var pdf = mvc.perform(get("/supervision/bulletin.pdf").param("quarter", "2026Q3").with(user(regulator)))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
        var annual = mvc.perform(get("/supervision/annual.pdf").with(user(regulator)))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(new String(annual.getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
        // the shared PDF style sets the embedded CJK font: without it the Chinese headings have no glyphs
        assertThat(text(pdf.getContentAsByteArray())).contains("知识产权质押融资季度通报");
        assertThat(text(annual.getContentAsByteArray())).contains("年度知识产权质押融资工作总结");
        mvc.perform(get("/supervision/annual.pdf").param("year", "2027").with(user(regulator)))
                .andExpect(status().is4xxClientError());
        mvc.perform(get("/workspace").with(user(regulator))).andExpect(redirectedUrl("/supervision"));
        for (String elsewhere : List.of("/loans", "/enterprises", "/assets", "/servicing", "/servicing/positions",
                "/valuations", "/ledger", "/institutions", "/rules", "/pledges", "/imports", "/supervision/submissions")) {
            mvc.perform(get(elsewhere).with(user(regulator))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/loans").with(user(regulator))).andExpect(status().isForbidden());
    }

    @Test
    void the_office_sets_the_years_targets_and_sees_the_progress_on_the_dashboard() throws Exception {
        UserDetails office = users.loadUserByUsername("ipo");
        mvc.perform(post("/supervision/targets").with(user(office)).with(csrf()).param("year", "2026")
                .param("countGrowth", "10").param("amountGrowth", "10").param("enterprises", "50"))
                .andExpect(redirectedUrl("/supervision#targets"));
        String page = mvc.perform(get("/supervision").with(user(office))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("2026 年度目标与进度", "全区", "目标 50 家");
        mvc.perform(post("/supervision/targets").with(user(users.loadUserByUsername("auditor"))).with(csrf())
                .param("year", "2026").param("countGrowth", "10").param("amountGrowth", "10"))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_office_reads_the_statistics_and_a_bank_only_submits_its_own() throws Exception {
        mvc.perform(get("/supervision").with(user(users.loadUserByUsername("ipo")))).andExpect(status().isOk());
        mvc.perform(get("/supervision").with(user(users.loadUserByUsername("auditor")))).andExpect(status().isOk());
        UserDetails bank = users.loadUserByUsername("bank1");
        mvc.perform(get("/supervision").with(user(bank))).andExpect(status().isForbidden());
        mvc.perform(get("/supervision/bulletin.pdf").with(user(bank))).andExpect(status().isForbidden());
        mvc.perform(get("/supervision/annual.pdf").with(user(bank))).andExpect(status().isForbidden());
        mvc.perform(get("/supervision/submissions").with(user(bank))).andExpect(status().isOk());
        mvc.perform(get("/supervision/submissions/template.xlsx").with(user(bank))).andExpect(status().isOk());
        mvc.perform(get("/supervision/submissions").with(user(users.loadUserByUsername("ipo"))))
                .andExpect(status().isForbidden());
    }

    private static String text(byte[] pdf) throws java.io.IOException {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
    }
}
