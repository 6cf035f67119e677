package cn.ipfin.programme;

import cn.ipfin.IntegrationTest;
import cn.ipfin.core.money.Money;
import cn.ipfin.party.UserAccounts;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.Map;

import static cn.ipfin.RuleAsserts.refusedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A programme is a versioned definition (issue 16): a file is checked whole before it is stored, a refused one leaves
 * nothing (no version, no ledger entry) and names the line and field in Chinese and English; each accepted edit is the
 * next version with who, when, how and why; and an application stays governed by the version it was made under
 * (Licheng 第十三条), however the definition changes after.
 */
@IntegrationTest
@Transactional
class ProgrammeDefinitionHistoryTest {

    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts users;
    @Autowired ProgrammeDefinitions definitions;
    @Autowired ProgrammeApplications applications;

    ProgrammeTestData data;
    Actor ipo;
    String key;

    @BeforeEach
    void setUp() {
        data = new ProgrammeTestData(jdbc, users);
        ipo = data.actor("ipo");
        key = "ezhou-copy-" + ProgrammeTestData.serial();
    }

    @Test
    void a_refused_file_stores_nothing_and_names_its_line_and_field() {
        String quorumTooLarge = ProgrammeTestData.ezhouAs(key).replace("panel: 3, quorum: 2", "panel: 3, quorum: 4");
        int line = lineOf(quorumTooLarge, "quorum: 4");
        long versions = count("select count(*) from programme_definition");
        long entries = count("select count(*) from ledger_entry");

        assertThatThrownBy(() -> definitions.load(ipo, quorumTooLarge)).satisfies(refusedBy("programme.definition-invalid"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.zh()).contains("第 " + line + " 行 review.quorum：须 1 ≤ 法定人数 ≤ 评审人数，现为 4 / 3");
                    assertThat(e.en()).contains("line " + line + ", review.quorum: 1 ≤ quorum ≤ panel, got 4 of 3");
                });
        String misspelt = ProgrammeTestData.ezhouAs(key).replace("enterprise.scale in", "enterprise.salary in");
        assertThatThrownBy(() -> definitions.load(ipo, misspelt)).satisfies(refusedBy("programme.definition-invalid"))
                .hasMessageContaining("line " + lineOf(misspelt, "enterprise.salary in") + ", conditions[0].elements[0].test");
        String noBudget = ProgrammeTestData.ezhouAs(key).replaceAll("(?m)^budget:.*$", "");
        assertThatThrownBy(() -> definitions.load(ipo, noBudget)).satisfies(refusedBy("programme.definition-invalid"))
                .hasMessageContaining("budget: missing");

        assertThat(count("select count(*) from programme_definition")).isEqualTo(versions);
        assertThat(count("select count(*) from ledger_entry")).isEqualTo(entries);
        assertThatThrownBy(() -> definitions.current(key)).isInstanceOf(cn.ipfin.shared.RecordNotFound.class);
    }

    @Test
    void an_edit_is_the_next_version_with_its_author_note_and_changed_lines_and_a_bad_edit_changes_nothing() {
        definitions.load(ipo, ProgrammeTestData.ezhouAs(key));
        String lower = ProgrammeTestData.ezhouAs(key).replace("value: \"0.50\"", "value: \"0.30\"");
        var v2 = definitions.edit(ipo, key, lower, ProgrammeDefinitions.Origin.EDIT, "经评估下调贴息比例上限");

        assertThat(v2.version()).isEqualTo(2);
        assertThat(definitions.history(key)).extracting(ProgrammeDefinitions.Version::version,
                        ProgrammeDefinitions.Version::origin, ProgrammeDefinitions.Version::note, ProgrammeDefinitions.Version::loadedBy)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, ProgrammeDefinitions.Origin.EDIT, "经评估下调贴息比例上限", "ipo"),
                        org.assertj.core.groups.Tuple.tuple(1, ProgrammeDefinitions.Origin.FILE, "", "ipo"));
        var changes = definitions.changes(key, 2);
        assertThat(changes.changes()).isEqualTo(2);
        assertThat(changes.hunks()).anySatisfy(l -> assertThat(l.text()).contains("value: \"0.50\""))
                .anySatisfy(l -> assertThat(l.text()).contains("value: \"0.30\""));

        assertThatThrownBy(() -> definitions.edit(ipo, key, lower.replace("quorum: 2", "quorum: two"),
                ProgrammeDefinitions.Origin.EDIT, "")).satisfies(refusedBy("programme.definition-invalid"));
        assertThatThrownBy(() -> definitions.edit(ipo, key, lower, ProgrammeDefinitions.Origin.EDIT, "again"))
                .satisfies(refusedBy("programme.definition-unchanged"));
        assertThat(definitions.history(key)).hasSize(2);
        assertThat(definitions.current(key).parameter("max_rate").value()).isEqualTo("0.30");
    }

    @Test
    void a_new_version_leaves_an_application_under_the_version_it_was_made_under() {
        definitions.load(ipo, ProgrammeTestData.ezhouAs(key));
        Actor enterprise = data.newEnterprise();
        data.loan(enterprise, data.actor("bank1").orgId(), "150000.00");
        long id = data.applyAndReview(applications, ipo, enterprise, key, 2025, "0.50");

        // the office lowers the ceiling to 30 % and the cap to 50,000 in version 2
        definitions.edit(ipo, key, ProgrammeTestData.ezhouAs(key).replace("value: \"0.50\"", "value: \"0.30\"")
                .replace("value: \"100000.00\"", "value: \"50000.00\""), ProgrammeDefinitions.Origin.EDIT, "下调比例与上限");

        assertThat(applications.find(ipo, id).version()).isEqualTo(1);
        var approved = applications.decide(ipo, id, true, new BigDecimal("0.50"), "按申报时的政策版本核定");
        assertThat(approved.version()).isEqualTo(1);
        assertThat(approved.amount()).isEqualTo(Money.of("75000.00")); // 150,000 × 50 % under v1, not capped at 50,000

        Actor later = data.newEnterprise();
        data.loan(later, data.actor("bank2").orgId(), "40000.00");
        long made = applications.apply(later, key, 2025);
        assertThat(applications.find(ipo, made).version()).isEqualTo(2);
        assertThat(definitions.governed(key)).isEqualTo(Map.of(1, 1L, 2, 1L));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static int lineOf(String text, String fragment) {
        var lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(fragment)) return i + 1;
        throw new IllegalArgumentException(fragment);
    }
}
