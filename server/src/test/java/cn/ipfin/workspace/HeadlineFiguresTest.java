package cn.ipfin.workspace;

import cn.ipfin.IntegrationTest;
import cn.ipfin.party.UserAccounts;
import cn.ipfin.servicing.ServicingView;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.ActorHolder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * 在贷本金 means one thing everywhere (issue 12): the principal still owed on active loans. The district overview
 * showed the contract amount of the loans in a disbursed state instead, which disagreed with the portfolio.
 */
@IntegrationTest
class HeadlineFiguresTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts users;
    @Autowired ServicingView servicing;

    @Test
    void the_overview_s_outstanding_principal_is_the_portfolio_s_and_not_the_contract_amount() throws Exception {
        for (String username : new String[]{"ipo", "bank1"}) {
            UserDetails principal = users.loadUserByUsername(username);
            Actor actor = ((ActorHolder) principal).actor();
            var model = mvc.perform(get("/workspace").with(user(principal))).andReturn().getModelAndView().getModel();

            ServicingView.Portfolio portfolio = servicing.portfolio(actor);
            assertThat((BigDecimal) model.get("outstanding")).as(username).isEqualByComparingTo(portfolio.outstanding());
            assertThat(((Number) model.get("outstandingCount")).longValue()).as(username).isEqualTo(portfolio.loans());
            BigDecimal owed = jdbc.sql("""
                            select coalesce(sum(s.principal_outstanding), 0) from loan_servicing s
                            where s.state = 'ACTIVE' and (:all or s.bank_org_id = any(:orgs))""")
                    .param("all", actor.seesWholeDistrict()).param("orgs", actor.visibleOrgIdArray())
                    .query(BigDecimal.class).single();
            BigDecimal contracted = jdbc.sql("""
                            select coalesce(sum(l.principal), 0) from loan l
                            where l.state in ('DISBURSED', 'OVERDUE', 'DEFAULTED') and (:all or l.bank_org_id = any(:orgs))""")
                    .param("all", actor.seesWholeDistrict()).param("orgs", actor.visibleOrgIdArray())
                    .query(BigDecimal.class).single();
            assertThat((BigDecimal) model.get("outstanding")).as(username).isEqualByComparingTo(owed);
            assertThat(owed).as(username).isLessThanOrEqualTo(contracted);
            if (username.equals("ipo")) {
                // the district's loans have repaid part of their principal: the two definitions really differ
                assertThat(owed).isLessThan(contracted);
            }
        }
    }
}
