package cn.ipfin.securitization;

import cn.ipfin.IntegrationTest;
import cn.ipfin.party.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;

import static cn.ipfin.RuleAsserts.refusedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The cost estimate page shows Longnan 附件2's totals and flags its two quotes that disagree with their rates; the
 * simulation page rates the tranches; bad terms are refused under their catalogued rules; only the IP office sees them.
 */
@IntegrationTest
class SecuritizationPagesTest {

    @Autowired MockMvc mvc;
    @Autowired UserAccounts users;

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(user(users.loadUserByUsername("ipo"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void the_attachments_estimate_totals_405_to_506_wan_and_flags_underwriting_and_vat() throws Exception {
        String html = page("/securitization/cost");
        assertThat(html).contains("3,050,000.00 – 3,560,000.00", "1,000,000.00 – 1,500,000.00",
                "4,050,000.00 – 5,060,000.00", "7.05% – 8.56%");
        assertThat(html).contains("预计承销费+管理费用：报价与所列费率不符，报价高出 +400,000.00 / +300,000.00 元");
        assertThat(html).contains("增值税费：报价与所列费率不符，报价高出 +22,200.00 / +5,900.00 元");
    }

    @Test
    void a_simulation_rates_each_tranche_and_draws_the_loss_distribution() throws Exception {
        String html = page("/securitization/simulation?loans=100&scenarios=1000");
        assertThat(html).contains("优先级", "中间级", "次级", "data-chart", "共模拟 1,000 个场景");
    }

    @Test
    void bad_terms_are_refused_by_their_rules() throws Exception {
        var ipo = user(users.loadUserByUsername("ipo"));
        var cost = mvc.perform(get("/securitization/cost").param("couponLow", "4").param("couponHigh", "3").with(ipo))
                .andExpect(status().isUnprocessableContent()).andReturn().getResolvedException();
        assertThat(cost).satisfies(refusedBy("securitization.cost-terms-invalid"));
        var sim = mvc.perform(get("/securitization/simulation").param("correlation", "1.5").with(ipo))
                .andExpect(status().isUnprocessableContent()).andReturn().getResolvedException();
        assertThat(sim).satisfies(refusedBy("securitization.simulation-out-of-range"));
    }

    @Test
    void a_bank_does_not_see_the_securitization_pages() throws Exception {
        mvc.perform(get("/securitization/cost").with(user(users.loadUserByUsername("bank1")))).andExpect(status().isForbidden());
    }
}
