package cn.ipfin.core.whitelist;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A bank's rule sees the released ranges only and gives back token → decision or score (seed 004 (十三)). */
class BankRuleTest {

    private static ReleasedCandidate row(String token, String patents, String score, String revenue) {
        return new ReleasedCandidate(token, Map.of(QuasiIdentifier.INDUSTRY, "C39", QuasiIdentifier.REGION, "鄂州市",
                QuasiIdentifier.YEARS_ESTABLISHED, "5-9", QuasiIdentifier.REVENUE, revenue,
                QuasiIdentifier.PATENTS, patents, QuasiIdentifier.SCORE, score));
    }

    @Test
    void a_decision_rule_reads_the_ranges_as_numbers_and_an_open_or_suppressed_range_as_open() {
        BankRule rule = BankRule.compile("patents_min >= 3 && score_min >= 600 && industry.startsWith('C')");
        assertThat(rule.kind()).isEqualTo(BankRule.Kind.DECISION);
        List<BankRule.Outcome> outcomes = rule.run(List.of(row("a", "3-5", "600-619", "100-499"),
                row("b", "1-2", "700-719", "100-499"), row("c", "51+", "650-699", "*"), row("d", "*", "600-649", "0-99")));
        assertThat(outcomes).extracting(BankRule.Outcome::token, BankRule.Outcome::accepted)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", true), org.assertj.core.groups.Tuple.tuple("b", false),
                        org.assertj.core.groups.Tuple.tuple("c", true), org.assertj.core.groups.Tuple.tuple("d", false));
        // suppressed: 0 to OPEN, so a bank that asks for an upper bound does not get a suppressed row by accident
        assertThat(BankRule.compile("revenue_wan_max <= 499").run(List.of(row("e", "0", "600-619", "*"))).getFirst()
                .accepted()).isFalse();
    }

    @Test
    void a_numeric_rule_is_a_score_rounded_to_two_places() {
        BankRule rule = BankRule.compile("0.4 * double(score_min) + 10.0 * double(patents_min) + (revenue_wan_min >= 500 ? 25.0 : 0.0)");
        assertThat(rule.kind()).isEqualTo(BankRule.Kind.SCORE);
        // 0.4·600 + 10·3 + 0 = 270.00; 0.4·650 + 10·51 + 25 = 795.00
        assertThat(rule.run(List.of(row("a", "3-5", "600-619", "100-499"), row("c", "51+", "650-699", "500-1999"))))
                .extracting(BankRule.Outcome::score).containsExactly(new BigDecimal("270.00"), new BigDecimal("795.00"));
        assertThat(BankRule.compile("score_min / 10").apply(row("a", "3-5", "600-619", "100-499")).score())
                .isEqualByComparingTo("60");
    }

    @Test
    void a_rule_cannot_name_an_identifying_field_the_token_or_an_exact_figure() {
        for (String reaching : List.of("name == '武汉某某科技有限公司'", "credit_code.startsWith('9142')", "enterprise_id == 17",
                "token == 'x'", "revenue > 1000", "patents == 7", "enterpriseId > 0", "row.name != ''")) {
            assertThatThrownBy(() -> BankRule.compile(reaching)).as(reaching).isInstanceOf(BankRule.InvalidRule.class)
                    .hasMessageContaining("undeclared reference");
        }
        // neither a decision nor a score; nor a program smuggled in
        assertThatThrownBy(() -> BankRule.compile("industry")).isInstanceOf(BankRule.InvalidRule.class);
        assertThatThrownBy(() -> BankRule.compile("true || ".repeat(400) + "true")).isInstanceOf(BankRule.InvalidRule.class);
        assertThatThrownBy(() -> BankRule.compile(" ")).isInstanceOf(BankRule.InvalidRule.class);
    }

    @Test
    void what_a_rule_sees_and_what_the_bank_gets_back_hold_no_identifier_of_any_candidate() {
        List<CandidateProfile> population = Candidates.population(400, 13);
        Anonymiser.Release release = Anonymiser.standard(new PseudonymousTokens(new byte[32])).release("bank-1", "2026Q4",
                population);
        BankRule rule = BankRule.compile("score_min >= 600 || patents_min >= 6");
        for (ReleasedCandidate row : release.forBank().candidates()) {
            assertThat(BankRule.variables(row).keySet()).containsExactlyInAnyOrderElementsOf(BankRule.VARIABLES);
            assertThat(BankRule.variables(row).values()).doesNotContain(row.token());
        }
        List<BankRule.Outcome> outcomes = rule.run(release.forBank().candidates());
        // the result carries two fields besides the token: a decision and a score, never an identifier
        assertThat(Arrays.stream(BankRule.Outcome.class.getRecordComponents()).map(c -> c.getName()))
                .containsExactly("token", "accepted", "score");
        for (CandidateProfile c : population) {
            for (BankRule.Outcome o : outcomes) {
                assertThat(o.token()).isNotIn(c.enterpriseId(), c.name(), c.creditCode());
            }
        }
    }
}
