package cn.ipfin.whitelist;

import cn.ipfin.IntegrationTest;
import cn.ipfin.party.UserAccounts;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.ActorHolder;
import cn.ipfin.shared.RecordNotFound;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A bank's own scoring rule run inside the platform (seed 004 (十三)): it sees the released ranges only, the bank
 * gets token → decision or score back, nothing joins to a name, and a rule naming an identifier is refused. Rolled back.
 */
@IntegrationTest
@Transactional
class BankScoringTest {

    private static final String PERIOD = "2026Q4";

    @Autowired Whitelists whitelists;
    @Autowired BankScoring scoring;
    @Autowired UserAccounts users;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    private Actor actor(String username) {
        return ((ActorHolder) users.loadUserByUsername(username)).actor();
    }

    @Test
    void a_banks_rule_gives_back_its_decision_per_token_of_its_own_release_and_nothing_that_names_anyone() {
        whitelists.generate(actor("ipo"), PERIOD, 0);
        whitelists.release(actor("ipo"), PERIOD, actor("bank1").orgId());
        whitelists.release(actor("ipo"), PERIOD, actor("bank2").orgId());
        BankScoring.SubmittedRule rule = scoring.submit(actor("bank1"), "高分或多专利", "score_min >= 600 || patents_min >= 3");

        List<BankScoring.Result> results = scoring.run(actor("bank1"), rule.id(), PERIOD);
        List<Whitelists.ReleaseRow> release = whitelists.releaseFor(actor("bank1"), PERIOD);
        assertThat(results).extracting(BankScoring.Result::token)
                .containsExactlyInAnyOrderElementsOf(release.stream().map(Whitelists.ReleaseRow::token).toList());
        // the decision, checked by reading the ranges the bank itself sees
        Map<String, Boolean> accepted = results.stream().collect(Collectors.toMap(BankScoring.Result::token,
                BankScoring.Result::accepted));
        for (Whitelists.ReleaseRow row : release) {
            assertThat(accepted.get(row.token())).as(row.toString())
                    .isEqualTo(lowerBound(row.scoreBand()) >= 600 || lowerBound(row.patents()) >= 3);
        }
        // what comes back is a token and a decision or score, and no value is a name, code, id or exact figure
        assertThat(Arrays.stream(BankScoring.Result.class.getRecordComponents()).map(c -> c.getName()))
                .containsExactly("token", "accepted", "score");
        Set<String> identifying = new HashSet<>(jdbc.sql("""
                select name from enterprise_view union all select credit_code from enterprise_view
                union all select organisation_id::text from enterprise_view
                union all select revenue::text from enterprise_financials_view""").query(String.class).list());
        assertThat(results).extracting(BankScoring.Result::token).doesNotContainAnyElementsOf(identifying);
        // another bank's tokens never appear, and it cannot run or read this bank's rule
        assertThat(results).extracting(BankScoring.Result::token).doesNotContainAnyElementsOf(
                whitelists.releaseFor(actor("bank2"), PERIOD).stream().map(Whitelists.ReleaseRow::token).toList());
        assertThatThrownBy(() -> scoring.run(actor("bank2"), rule.id(), PERIOD)).isInstanceOf(RecordNotFound.class);
        assertThat(scoring.rules(actor("bank2"))).extracting(BankScoring.SubmittedRule::id).doesNotContain(rule.id());

        // adopted: the accepted tokens become the bank's pre-assessment
        int interested = scoring.adopt(actor("bank1"), rule.id(), PERIOD);
        assertThat(whitelists.releaseFor(actor("bank1"), PERIOD)).allSatisfy(row -> assertThat(row.assessment())
                .isEqualTo(accepted.get(row.token()) ? "INTERESTED" : "NOT_INTERESTED"));
        assertThat(interested).isEqualTo((int) accepted.values().stream().filter(a -> a).count());
    }

    @Test
    void a_rule_that_names_an_identifier_or_gives_neither_decision_nor_score_is_refused_and_nothing_is_kept() {
        int before = scoring.rules(actor("bank1")).size();
        for (String reaching : List.of("name.contains('科技')", "credit_code == '91420700MA4K000001'",
                "enterprise_id > 0", "token != ''", "revenue >= 500", "industry")) {
            assertThatThrownBy(() -> scoring.submit(actor("bank1"), "越界", reaching)).as(reaching)
                    .satisfies(refusedBy("whitelist.bank-rule-invalid"));
        }
        assertThat(scoring.rules(actor("bank1"))).hasSize(before);
        // a score rule cannot stand as a pre-assessment
        whitelists.generate(actor("ipo"), PERIOD, 0);
        whitelists.release(actor("ipo"), PERIOD, actor("bank1").orgId());
        BankScoring.SubmittedRule score = scoring.submit(actor("bank1"), "打分", "score_min + 10 * patents_min");
        assertThat(scoring.run(actor("bank1"), score.id(), PERIOD)).isNotEmpty()
                .allSatisfy(r -> assertThat(r.score()).isNotNull());
        assertThatThrownBy(() -> scoring.adopt(actor("bank1"), score.id(), PERIOD))
                .satisfies(refusedBy("whitelist.bank-rule-invalid"));
    }

    @Test
    void the_bank_submits_runs_and_reads_its_rule_on_the_page() throws Exception {
        whitelists.generate(actor("ipo"), PERIOD, 0);
        whitelists.release(actor("ipo"), PERIOD, actor("bank1").orgId());
        mvc.perform(post("/whitelist/rules").param("name", "页面规则").param("expression", "score_min >= 500")
                .param("period", PERIOD).with(user(users.loadUserByUsername("bank1"))).with(csrf())).andExpect(status().isOk());
        long id = scoring.rules(actor("bank1")).getFirst().id();
        mvc.perform(post("/whitelist/" + PERIOD + "/rules/" + id + "/run")
                .with(user(users.loadUserByUsername("bank1"))).with(csrf())).andExpect(status().isOk());
        String zh = page("/whitelist?period=" + PERIOD + "&rule=" + id, null);
        assertThat(zh).contains("本行评分规则", "页面规则", "运行结果").containsAnyOf("通过", "不通过");
        assertThat(page("/whitelist?period=" + PERIOD + "&rule=" + id, "en")).contains("scoring rules", "Run").doesNotContain("??");
        String refused = mvc.perform(post("/whitelist/rules").param("expression", "name == 'x'")
                        .with(user(users.loadUserByUsername("bank1"))).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("role=\"alert\"", "评分规则只能使用已发布的区间特征");
    }

    private String page(String url, String lang) throws Exception {
        var request = get(url).with(user(users.loadUserByUsername("bank1")));
        if (lang != null) request = request.cookie(new Cookie("ipfin-lang", lang));
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The lower end of a released range as the bank reads it: "3-5" → 3, "51+" → 51, "0" → 0, "*" → 0. */
    private static long lowerBound(String range) {
        if (range.equals("*")) return 0;
        return Long.parseLong(range.split("[-+]")[0]);
    }
}
