package cn.ipfin.valuation;

import cn.ipfin.IntegrationTest;
import cn.ipfin.party.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The valuation list filters by state, firm, the dates requested on and the asset or owner (issue 15): three requests
 * of bank1 today, one of them pre-valued; each filter leaves some out, so a filter the page ignored fails.
 */
@IntegrationTest
@Transactional
class ValuationListFilterTest {

    private static final Pattern TOTAL = Pattern.compile("共 (\\d+) 条");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired UserAccounts users;
    @Autowired Clock clock;

    ValuationFixture f;

    @BeforeEach
    void requests() throws Exception {
        f = new ValuationFixture(mvc, jdbc, json);
        f.requested();
        f.requested();
        f.preValued();
    }

    private long total(String url) throws Exception {
        String page = mvc.perform(get(url).with(user(users.loadUserByUsername("bank1"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher m = TOTAL.matcher(page);
        assertThat(m.find()).as("the total of " + url).isTrue();
        return Long.parseLong(m.group(1));
    }

    private long count(String where) {
        return jdbc.sql("select count(*) from valuation_request r where r.requester_org_id = :bank and " + where)
                .param("bank", f.orgId("bank-1")).query(Long.class).single();
    }

    @Test
    void each_filter_of_the_valuation_list_narrows_it() throws Exception {
        long all = total("/valuations");
        assertThat(all).isEqualTo(count("true")).isGreaterThanOrEqualTo(3);

        assertThat(total("/valuations?state=PRE_VALUED")).isEqualTo(count("r.state = 'PRE_VALUED'")).isLessThan(all);
        assertThat(total("/valuations?state=REQUESTED")).isEqualTo(count("r.state = 'REQUESTED'")).isLessThan(all);

        long firm = f.orgId("valuer-1");
        assertThat(total("/valuations?firm=" + firm)).isEqualTo(count("r.firm_org_id = " + firm));
        assertThat(total("/valuations?firm=" + f.orgId("bank-1"))).isZero();

        LocalDate today = LocalDate.now(clock);
        assertThat(total("/valuations?to=" + today.minusDays(1)))
                .isEqualTo(count("cast(r.requested_at as date) < cast('" + today + "' as date)"))
                .isLessThan(all);
        assertThat(total("/valuations?from=" + today)).isEqualTo(count("cast(r.requested_at as date) >= cast('" + today + "' as date)"))
                .isGreaterThanOrEqualTo(3);
        assertThat(total("/valuations?from=" + today.plusDays(1))).isZero();

        String owner = jdbc.sql("select name from enterprise where organisation_id = :e").param("e", f.enterprise1())
                .query(String.class).single();
        assertThat(total("/valuations?q=" + owner)).isEqualTo(count("r.owner_id = " + f.enterprise1()));
        assertThat(total("/valuations?q=无此权利人")).isZero();
    }
}
