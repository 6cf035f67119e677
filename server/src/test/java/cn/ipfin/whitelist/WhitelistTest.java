package cn.ipfin.whitelist;

import cn.ipfin.IntegrationTest;
import cn.ipfin.core.whitelist.AnonymisedRelease;
import cn.ipfin.party.DataAuthorisations;
import cn.ipfin.party.UserAccounts;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.ActorHolder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import jakarta.servlet.http.Cookie;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static cn.ipfin.RuleAsserts.refusedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The whitelist both ways on the demo district (issue 19): generation by rule and score, k-anonymous releases that
 * name no one, the push of selected and consenting enterprises only, the bank's tracking, withdrawal, and the
 * reverse referral. Rolled back.
 */
@IntegrationTest
@Transactional
class WhitelistTest {

    private static final String PERIOD = "2026Q4";

    @Autowired Whitelists whitelists;
    @Autowired UserAccounts users;
    @Autowired JdbcClient jdbc;
    @Autowired DataAuthorisations authorisations;
    @Autowired Clock clock;
    @Autowired MockMvc mvc;

    private Actor actor(String username) {
        return ((ActorHolder) users.loadUserByUsername(username)).actor();
    }

    @Test
    void a_period_is_generated_once_by_rule_and_score_and_its_first_time_borrowers_are_counted() {
        Whitelists.Period period = whitelists.generate(actor("ipo"), PERIOD, 0);
        assertThat(period.entries()).isPositive();
        assertThat(period.cardMethod()).isEqualTo("EXPERT"); // the demo book has far fewer than 50 bad loans
        assertThat(period.firstTimeBorrowers()).isBetween(0, period.entries());
        assertThat(whitelists.entries(actor("ipo"), PERIOD)).hasSize(period.entries())
                .allSatisfy(e -> assertThat(e.score()).isBetween(300, 950));
        assertThatThrownBy(() -> whitelists.generate(actor("ipo"), PERIOD, 0)).satisfies(refusedBy("whitelist.period-exists"));
        assertThatThrownBy(() -> whitelists.generate(actor("ipo"), "2026-4", 0)).satisfies(refusedBy("whitelist.period-format"));
    }

    @Test
    void a_bank_receives_tokens_and_ranges_five_anonymous_that_join_back_to_no_name_and_differ_from_another_banks() {
        whitelists.generate(actor("ipo"), PERIOD, 0);
        AnonymisedRelease sent = whitelists.release(actor("ipo"), PERIOD, actor("bank1").orgId());
        whitelists.release(actor("ipo"), PERIOD, actor("bank2").orgId());
        List<Whitelists.ReleaseRow> bank1 = whitelists.releaseFor(actor("bank1"), PERIOD);
        List<Whitelists.ReleaseRow> bank2 = whitelists.releaseFor(actor("bank2"), PERIOD);
        assertThat(bank1).hasSize(sent.candidates().size()).isNotEmpty();
        assertThat(AnonymisedRelease.smallestEquivalenceClass(sent.candidates())).isGreaterThanOrEqualTo(5);
        // group the rows as the bank sees them: every group of identical features has at least five rows
        Map<String, Long> groups = bank1.stream().collect(Collectors.groupingBy(
                r -> r.industry() + r.region() + r.years() + r.revenue() + r.patents() + r.scoreBand(), Collectors.counting()));
        assertThat(groups.values()).allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(5));
        // no released value is any enterprise's name, credit code, id or exact revenue
        Set<String> identifying = new HashSet<>(jdbc.sql("""
                select name from enterprise_view union all select credit_code from enterprise_view
                union all select organisation_id::text from enterprise_view
                union all select revenue::text from enterprise_financials_view
                union all select trunc(revenue)::text from enterprise_financials_view""").query(String.class).list());
        for (Whitelists.ReleaseRow row : bank1) {
            assertThat(List.of(row.token(), row.industry(), row.region(), row.years(), row.revenue(), row.patents(),
                    row.scoreBand())).doesNotContainAnyElementsOf(identifying);
        }
        assertThat(bank1.stream().map(Whitelists.ReleaseRow::token).toList())
                .doesNotContainAnyElementsOf(bank2.stream().map(Whitelists.ReleaseRow::token).toList());
        // another bank's token, or a made-up one, means nothing to this bank
        assertThatThrownBy(() -> whitelists.assess(actor("bank2"), PERIOD, bank1.getFirst().token(), true))
                .satisfies(refusedBy("whitelist.token-unknown"));
    }

    @Test
    void only_selected_and_consenting_enterprises_are_pushed_and_withdrawal_keeps_them_from_new_banks() {
        long enterprise = actor("enterprise1").orgId();
        whitelists.consent(actor("enterprise1"));
        whitelists.generate(actor("ipo"), PERIOD, 0);
        assertThat(whitelists.entries(actor("ipo"), PERIOD)).extracting(Whitelists.Entry::enterpriseId).contains(enterprise);
        whitelists.release(actor("ipo"), PERIOD, actor("bank1").orgId());
        for (Whitelists.ReleaseRow row : whitelists.releaseFor(actor("bank1"), PERIOD)) {
            whitelists.assess(actor("bank1"), PERIOD, row.token(), true);
        }
        int pushed = whitelists.push(actor("ipo"), PERIOD);
        List<Whitelists.Pushed> toBank1 = whitelists.pushedTo(actor("bank1"), PERIOD);
        // only enterprise1 consented: every other selected enterprise stays a token
        assertThat(toBank1).hasSize(pushed).extracting(Whitelists.Pushed::enterpriseId).containsExactly(enterprise);
        assertThat(toBank1.getFirst().status()).isEqualTo(PushStatus.PUSHED);

        whitelists.track(actor("bank1"), PERIOD, enterprise, PushStatus.CONTACTED, "已电话联系财务负责人");
        assertThat(whitelists.pushedTo(actor("bank1"), PERIOD).getFirst().status()).isEqualTo(PushStatus.CONTACTED);
        assertThat(whitelists.entries(actor("ipo"), PERIOD)).filteredOn(e -> e.enterpriseId() == enterprise)
                .extracting(Whitelists.Entry::bestOutcome).containsExactly("CONTACTED");
        assertThatThrownBy(() -> whitelists.track(actor("bank2"), PERIOD, enterprise, PushStatus.APPLIED, null))
                .satisfies(refusedBy("whitelist.entry-not-pushed"));

        whitelists.withdraw(actor("enterprise1"));
        whitelists.release(actor("ipo"), PERIOD, actor("bank3").orgId());
        List<Long> inBank3Release = jdbc.sql("""
                select w.enterprise_id from whitelist_release_row w join whitelist_release r on r.id = w.release_id
                where r.bank_org_id = :b""").param("b", actor("bank3").orgId()).query(Long.class).list();
        assertThat(inBank3Release).doesNotContain(enterprise);
        assertThat(whitelists.standing(actor("enterprise1")).withdrawn()).isTrue();
        // the bank that already has it keeps following it up
        assertThat(whitelists.pushedTo(actor("bank1"), PERIOD)).hasSize(1);
    }

    @Test
    void the_enterprise_sees_its_own_score_explained_line_by_line() {
        whitelists.generate(actor("ipo"), PERIOD, 0);
        Whitelists.Standing standing = whitelists.standing(actor("enterprise1"));
        assertThat(standing.periods()).isNotEmpty();
        Whitelists.PeriodStanding latest = standing.periods().getFirst();
        assertThat(latest.explanation().stream().mapToInt(Whitelists.Line::points).sum()).isEqualTo(latest.score());
        assertThat(latest.explanation()).extracting(Whitelists.Line::feature)
                .containsExactly("base", "patents", "trademarks", "ipValueWan", "rdIntensity", "yearsEstablished",
                        "revenueGrowth", "qualifications", "maxDpd");
    }

    @Test
    void a_bank_refers_an_applicant_only_with_the_enterprises_authorisation() {
        Actor bank = actor("bank4");
        long unauthorised = jdbc.sql("""
                select e.organisation_id from enterprise_view e where not exists (select 1 from data_authorisation_view a
                 where a.enterprise_id = e.organisation_id and a.org_id = :b and a.revoked_at is null)
                order by e.organisation_id limit 1""").param("b", bank.orgId()).query(Long.class).single();
        assertThatThrownBy(() -> whitelists.refer(bank, unauthorised, null))
                .satisfies(refusedBy("whitelist.referral-not-authorised"));
        assertThat(whitelists.referrals(bank)).noneMatch(r -> r.enterpriseId() == unauthorised);

        authorisations.grant(unauthorised, bank.orgId(), clock.instant(), "知识产权质押融资申请");
        Whitelists.Referral referral = whitelists.refer(bank, unauthorised, "ZSCD-TEST-1");
        assertThat(referral.explanation().stream().mapToInt(Whitelists.Line::points).sum()).isEqualTo(referral.score());
        assertThat(whitelists.referrals(bank)).extracting(Whitelists.Referral::id).contains(referral.id());
    }

    @Test
    void the_pages_show_each_role_its_part_in_chinese_and_in_english() throws Exception {
        mvc.perform(post("/whitelist/periods").param("period", PERIOD).param("minScore", "0")
                        .with(user(users.loadUserByUsername("ipo"))).with(csrf()))
                .andExpect(status().isOk()).andExpect(header().string("HX-Redirect", "/whitelist?period=" + PERIOD));
        mvc.perform(post("/whitelist/" + PERIOD + "/releases").param("bankOrgId", Long.toString(actor("bank1").orgId()))
                .with(user(users.loadUserByUsername("ipo"))).with(csrf())).andExpect(status().isOk());
        String office = page("ipo", null);
        assertThat(office).contains("入选企业", "首贷户", "向该行发布匿名数据");
        String bank = page("bank1", null);
        assertThat(bank).contains("匿名预评估数据", "营业收入（万元）");
        assertThat(page("bank1", "en")).contains("Anonymous pre-assessment data", "Revenue (10,000 yuan)").doesNotContain("??");
        String enterprise = page("enterprise1", null);
        assertThat(enterprise).contains("入库同意", "有效专利（件）", "合计");
        assertThat(page("enterprise1", "en")).contains("Consent to the whitelist", "Patents in force").doesNotContain("??");
        // a refusal shows the rule's words in place
        String refused = mvc.perform(post("/whitelist/" + PERIOD + "/assessments").param("token", "TNOSUCHTOKEN")
                        .param("interested", "true").with(user(users.loadUserByUsername("bank1"))).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(refused).contains("TNOSUCHTOKEN", "role=\"alert\"");
    }

    private String page(String username, String lang) throws Exception {
        var request = get("/whitelist").with(user(users.loadUserByUsername(username)));
        if (lang != null) request = request.cookie(new Cookie("ipfin-lang", lang));
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
