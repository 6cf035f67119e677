package cn.ipfin.core.programme;

import cn.ipfin.core.money.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A new city's programme is a definition file alone; a bad file is refused whole, naming the field. */
class DefinitionFileTest {

    static final String WUHAN = """
            key: wuhan-2027-first-loan-award
            version: 1
            name: {zh: 武汉市首贷知识产权质押奖励, en: Wuhan first IP pledge loan award}
            source: 武汉市（示例，未随平台发布）第五条
            window: {from: "2027-01-01", to: "2027-12-31", article: "Wuhan 第五条"}
            applicants: [ENTERPRISE]
            parameters:
              award_rate: {kind: RATE, value: "0.01", label: {zh: 奖励比例, en: award share}}
              award_cap: {kind: YUAN, value: "30000", label: {zh: 奖励上限, en: most per enterprise}}
            conditions:
              - id: first-loan
                article: "Wuhan 第五条(一)"
                label: {zh: 首次获得知识产权质押贷款, en: a first IP pledge loan}
                elements:
                  - id: one-loan
                    label: {zh: 仅有一笔质押贷款, en: exactly one pledge loan}
                    test: "loans.filter(l, l.ip_pledge).size() == 1"
                    evidence: "loans.map(l, l.ref)"
                  - id: high-tech
                    label: {zh: 高新技术企业, en: a high-tech enterprise}
                    test: "enterprise.high_tech"
            benefit:
              article: "Wuhan 第五条(二)"
              label: {zh: 首贷奖励, en: first-loan award}
              base_label: {zh: 贷款本金, en: the principal}
              base: "sum(loans.filter(l, l.ip_pledge).map(l, l.principal_fen))"
              rate: award_rate
              cap_per_enterprise: award_cap
            materials:
              - {id: commitment, label: {zh: 承诺书, en: commitment}, article: platform, types: [pdf], max_bytes: 1000000, commitment: true}
            review: {by: THIRD_PARTY, panel: 1, quorum: 1, article: "Wuhan 第六条"}
            budget: {per_year: "300000", article: "Wuhan 第七条"}
            """;

    @Test
    void a_city_that_is_not_shipped_is_added_by_its_definition_alone() {
        ProgrammeDefinition wuhan = DefinitionFile.parse(WUHAN);
        assertThat(Presets.FILES).noneMatch(f -> f.startsWith("wuhan"));
        Explanation e = Eligibility.evaluate(wuhan, new Applicant().facts(), LocalDate.of(2027, 3, 1), 2027);
        assertThat(e.eligible()).isTrue();
        assertThat(e.conditions().getFirst().elements().getFirst().evidenceEn()).containsExactly("L1");
        assertThat(BenefitCalculation.of(wuhan, new Applicant().facts(), LocalDate.of(2027, 3, 1), 2027, null, Money.zero())
                .amount()).isEqualTo(Money.ofYuan(30_000)); // 1 % of 5 million is 50,000, capped
        Applicant two = new Applicant();
        two.loans.add(Applicant.loan("L2", Money.zero(), LocalDate.of(2022, 3, 1), true, true));
        assertThat(Eligibility.evaluate(wuhan, two.facts(), LocalDate.of(2027, 3, 1), 2027).failures())
                .singleElement().satisfies(f -> assertThat(f.zh()).startsWith("Wuhan 第五条(一) 仅有一笔质押贷款：不符合"));
    }

    @Test
    void an_expression_over_a_fact_the_model_lacks_is_refused_when_the_file_loads() {
        assertThatThrownBy(() -> DefinitionFile.parse(WUHAN.replace("enterprise.high_tech\"", "salary > 3\"")))
                .isInstanceOf(DefinitionFile.InvalidDefinition.class)
                .hasMessageContaining("conditions[0].elements[1].test").hasMessageContaining("undeclared reference to 'salary'");
    }

    @Test
    void a_field_the_rows_lack_is_refused_when_the_file_loads() {
        assertThatThrownBy(() -> DefinitionFile.parse(WUHAN.replace("enterprise.high_tech\"", "enterprise.salary > 3\"")))
                .isInstanceOf(DefinitionFile.InvalidDefinition.class)
                .hasMessageContaining("conditions[0].elements[1].test").hasMessageContaining("salary");
        assertThatThrownBy(() -> DefinitionFile.parse(WUHAN.replace("enterprise.high_tech\"", "enterprise.name\"")))
                .isInstanceOf(DefinitionFile.InvalidDefinition.class).hasMessageContaining("not true or false");
    }

    @Test
    void the_language_cannot_reach_the_jvm() {
        for (String attempt : new String[]{"java.lang.Runtime.getRuntime().exec('rm') == null",
                "enterprise.getClass() == null", "while (true) {}"}) {
            assertThatThrownBy(() -> PolicyLanguage.compile(attempt)).as(attempt)
                    .isInstanceOf(PolicyLanguage.InvalidExpression.class);
        }
    }

    @Test
    void a_yaml_file_cannot_name_a_java_type() {
        assertThatThrownBy(() -> DefinitionFile.parse("key: !!java.io.File [\"/etc/passwd\"]\n"))
                .isInstanceOf(DefinitionFile.InvalidDefinition.class).hasMessageContaining("not YAML");
    }

    @Test
    void a_quorum_larger_than_the_panel_is_refused() {
        assertThatThrownBy(() -> DefinitionFile.parse(WUHAN.replace("panel: 1, quorum: 1", "panel: 1, quorum: 2")))
                .isInstanceOf(DefinitionFile.InvalidDefinition.class).hasMessageContaining("review.quorum");
    }

    @Test
    void a_benefit_rate_must_name_a_rate_parameter() {
        assertThatThrownBy(() -> DefinitionFile.parse(WUHAN.replace("rate: award_rate", "rate: award_cap")))
                .isInstanceOf(DefinitionFile.InvalidDefinition.class).hasMessageContaining("benefit.rate");
    }

    @Test
    void a_missing_field_is_named() {
        assertThatThrownBy(() -> DefinitionFile.parse(WUHAN.replace("budget: {per_year: \"300000\", article: \"Wuhan 第七条\"}", "")))
                .isInstanceOf(DefinitionFile.InvalidDefinition.class).hasMessage("budget: missing");
    }

    @Test
    void an_error_names_its_line_and_field_in_chinese_and_english() {
        String bad = WUHAN.replace("panel: 1, quorum: 1", "panel: 1, quorum: 2");
        int line = bad.lines().toList().indexOf(bad.lines().filter(l -> l.contains("quorum: 2")).findFirst().orElseThrow()) + 1;
        assertThatThrownBy(() -> DefinitionFile.parse(bad)).isInstanceOfSatisfying(DefinitionFile.InvalidDefinition.class, e -> {
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.zh()).isEqualTo("第 " + line + " 行 review.quorum：须 1 ≤ 法定人数 ≤ 评审人数，现为 2 / 1");
            assertThat(e.en()).isEqualTo("line " + line + ", review.quorum: 1 ≤ quorum ≤ panel, got 2 of 1");
        });
        String misspelt = WUHAN.replace("enterprise.high_tech\"", "enterprise.salary > 3\"");
        int test = misspelt.lines().toList().indexOf(misspelt.lines().filter(l -> l.contains("salary")).findFirst().orElseThrow()) + 1;
        assertThatThrownBy(() -> DefinitionFile.parse(misspelt)).isInstanceOfSatisfying(DefinitionFile.InvalidDefinition.class,
                e -> assertThat(e.zh()).startsWith("第 " + test + " 行 conditions[0].elements[1].test：表达式有误"));
    }

    @Test
    void a_yaml_syntax_error_names_its_line() {
        assertThatThrownBy(() -> DefinitionFile.parse("key: a\nname: {zh: x\nversion: 1\n"))
                .isInstanceOfSatisfying(DefinitionFile.InvalidDefinition.class, e -> {
                    assertThat(e.line()).isPositive();
                    assertThat(e.zh()).contains("不是有效的 YAML");
                });
    }

    @Test
    void a_key_the_register_cannot_hold_and_a_repeated_id_are_refused() {
        assertThatThrownBy(() -> DefinitionFile.parse(WUHAN.replace("key: wuhan-2027-first-loan-award", "key: Wuhan_2027")))
                .isInstanceOfSatisfying(DefinitionFile.InvalidDefinition.class, e -> {
                    assertThat(e.field()).isEqualTo("key");
                    assertThat(e.line()).isEqualTo(1);
                });
        assertThatThrownBy(() -> DefinitionFile.parse(WUHAN.replace("id: high-tech", "id: one-loan")))
                .isInstanceOf(DefinitionFile.InvalidDefinition.class)
                .hasMessage("conditions[0].elements[1].id: id one-loan appears twice");
    }
}
