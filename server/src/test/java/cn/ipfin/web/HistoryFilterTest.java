package cn.ipfin.web;

import cn.ipfin.IntegrationTest;
import cn.ipfin.party.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The import history and the collateral alerts filter and page (issue 15): rows written here, each filter's count
 * checked against them, and smaller than the unfiltered count, so a filter the page ignored fails.
 */
@IntegrationTest
@Transactional
class HistoryFilterTest {

    private static final Pattern TOTAL = Pattern.compile("共 (\\d+) 条");

    @Autowired MockMvc mvc;
    @Autowired UserAccounts users;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private long total(String url) throws Exception {
        String page = mvc.perform(get(url).with(user(users.loadUserByUsername("ipo"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher m = TOTAL.matcher(page);
        assertThat(m.find()).as("the total of " + url).isTrue();
        return Long.parseLong(m.group(1));
    }

    private void batch(String kind, String status, LocalDate finished) {
        var at = Timestamp.from(finished.atTime(9, 0).atZone(clock.getZone()).toInstant());
        jdbc.sql("""
                        insert into import_batch (kind, filename, sha256, actor_user, started_at, finished_at, status)
                        values (:kind, 'f.xlsx', repeat('0', 64), 'ipo', :at, :at, :status)""")
                .param("kind", kind).param("status", status).param("at", at).update();
    }

    private long batches(String where) {
        return jdbc.sql("select count(*) from import_batch where " + where).query(Long.class).single();
    }

    @Test
    void the_import_history_filters_by_kind_outcome_and_dates_and_pages() throws Exception {
        LocalDate today = LocalDate.now(clock);
        batch("ENTERPRISES", "APPLIED", today.minusDays(40));
        batch("IP_ASSETS", "REFUSED", today.minusDays(10));
        batch("IP_ASSETS", "APPLIED", today);
        long all = batches("true");
        assertThat(total("/imports")).isEqualTo(all);

        assertThat(total("/imports?kind=IP_ASSETS")).isEqualTo(batches("kind = 'IP_ASSETS'")).isLessThan(all);
        assertThat(total("/imports?status=REFUSED")).isEqualTo(batches("status = 'REFUSED'")).isLessThan(all);
        assertThat(total("/imports?from=" + today.minusDays(10) + "&to=" + today.minusDays(10)))
                .isEqualTo(batches("cast(finished_at as date) = cast('" + today.minusDays(10) + "' as date)")).isLessThan(all);
        // a kind the page does not offer is no filter
        assertThat(total("/imports?kind=nonsense")).isEqualTo(all);

        for (int i = 0; i < 25; i++) batch("FINANCIALS", "APPLIED", today);
        String first = mvc.perform(get("/imports?kind=FINANCIALS").with(user(users.loadUserByUsername("ipo"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(first).contains("/imports?kind=FINANCIALS&amp;page=1");
    }

    @Test
    void the_collateral_alerts_filter_by_bank_dates_and_loan() throws Exception {
        LocalDate today = LocalDate.now(clock);
        var loans = jdbc.sql("""
                        select distinct on (l.bank_org_id) l.id, l.loan_no, l.bank_org_id, l.enterprise_id from loan l
                        order by l.bank_org_id, l.id limit 2""")
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4)}).list();
        assertThat(loans).hasSize(2);
        int day = 0;
        for (Object[] l : loans) {
            jdbc.sql("""
                            insert into collateral_alert (loan_id, bank_org_id, enterprise_id, raised_on, principal,
                                collateral_value, coverage, threshold, reason)
                            values (:loan, :bank, :e, :on, 1000000, 1000000, 1, 0.6, '测试 / test')""")
                    .param("loan", l[0]).param("bank", l[2]).param("e", l[3]).param("on", today.minusDays(day += 30))
                    .update();
        }
        long all = jdbc.sql("select count(*) from collateral_alert").query(Long.class).single();
        assertThat(total("/collateral-alerts")).isEqualTo(all);
        long bank = (Long) loans.get(0)[2];
        assertThat(total("/collateral-alerts?bank=" + bank))
                .isEqualTo(jdbc.sql("select count(*) from collateral_alert where bank_org_id = " + bank).query(Long.class).single())
                .isLessThan(all);
        LocalDate on = today.minusDays(60);
        assertThat(total("/collateral-alerts?from=" + on + "&to=" + on)).isEqualTo(
                jdbc.sql("select count(*) from collateral_alert where raised_on = cast('" + on + "' as date)").query(Long.class).single())
                .isLessThan(all);
        String loanNo = (String) loans.get(1)[1];
        assertThat(total("/collateral-alerts?q=" + loanNo)).isEqualTo(jdbc.sql(
                "select count(*) from collateral_alert c join loan l on l.id = c.loan_id where l.loan_no like '%" + loanNo + "%'")
                .query(Long.class).single()).isLessThan(all);
    }
}
