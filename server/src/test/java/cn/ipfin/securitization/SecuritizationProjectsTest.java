package cn.ipfin.securitization;

import cn.ipfin.IntegrationTest;
import cn.ipfin.party.UserAccounts;
import cn.ipfin.securitization.SecuritizationProjects.InstitutionRole;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.ActorHolder;
import cn.ipfin.shared.ConcurrentEditConflict;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static cn.ipfin.RuleAsserts.refusedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A project through Longnan's four phases on the business date 2026-12-01: what is late, the guarantee before the
 * exchange, the pool screened from the registry with its reasons, adjusted and frozen, and complete only when issued
 * and the money received (Licheng 第四条).
 */
@IntegrationTest
@Transactional
class SecuritizationProjectsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Autowired SecuritizationProjects projects;
    @Autowired AssetPools pools;
    @Autowired UserAccounts users;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    private Actor actor(String username) {
        return ((ActorHolder) users.loadUserByUsername(username)).actor();
    }

    private long open(YearMonth startsIn) {
        Actor operator = actor("operator1");
        return projects.open(actor("ipo"), new SecuritizationProjects.NewProject("知识产权证券化一期", operator.orgId(),
                "ZB-2026-018", new BigDecimal("100000000.00"), 12, startsIn,
                Map.of(InstitutionRole.GUARANTOR, "示范融资担保公司", InstitutionRole.SECURITIES_MANAGER, "示范证券资管")));
    }

    private int version(long id) {
        return projects.find(actor("ipo"), id).version();
    }

    private int seq(long id, String task) {
        return projects.find(actor("ipo"), id).tasks().stream().filter(t -> t.task().equals(task)).findFirst().orElseThrow().seq();
    }

    private static AssetPools.Standards lenient() {
        return new AssetPools.Standards(false, 0, BigDecimal.ZERO, new BigDecimal("-100000000000"), 0,
                BigDecimal.valueOf(10), BigDecimal.valueOf(40), BigDecimal.valueOf(50), new BigDecimal("5000000.00"));
    }

    @Test
    void the_tasks_past_their_phases_deadline_are_late_and_name_the_firm_holding_the_role() throws Exception {
        long id = open(YearMonth.of(2026, 9));   // preparation due 2026-10-31, implementation 2026-12-31
        var project = projects.find(actor("operator1"), id);
        assertThat(project.tasks()).hasSize(15);
        assertThat(project.late()).extracting(SecuritizationProjects.Task::task)
                .containsExactly("可行性调研，梳理企业专利信息和融资需求", "核准发行费用预算", "公开招标选定项目运营管理单位");
        assertThat(project.tasks()).filteredOn(t -> t.task().equals("担保")).extracting(SecuritizationProjects.Task::responsible)
                .containsExactly("担保机构（示范融资担保公司）");
        assertThat(project.currentPhase()).contains(cn.ipfin.core.securitization.project.Phase.PREPARATION);

        projects.completeTask(actor("operator1"), id, version(id), seq(id, "核准发行费用预算"), TODAY.minusDays(40), "财预〔2026〕18号");
        assertThat(projects.find(actor("ipo"), id).late()).hasSize(2);   // done before its deadline: no longer late
        projects.completeTask(actor("ipo"), id, version(id), seq(id, "可行性调研，梳理企业专利信息和融资需求"), TODAY, "调研报告");
        assertThat(projects.find(actor("ipo"), id).late()).hasSize(2);   // done after its deadline: still counted late

        String html = mvc.perform(get("/securitization/projects/" + id).with(user(users.loadUserByUsername("operator1"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("知识产权证券化一期", "逾期", "示范证券资管", "正式担保函及担保机构内部决议", "交易所无异议函");
        assertThat(projects.list(actor("operator1"))).extracting(SecuritizationProjects.Summary::id).contains(id);
    }

    @Test
    void an_edit_on_a_stale_version_is_a_conflict_and_a_task_is_done_once() {
        long id = open(YearMonth.of(2026, 11));
        int v = version(id);
        int task = seq(id, "核准发行费用预算");
        projects.completeTask(actor("operator1"), id, v, task, TODAY, "财预〔2026〕18号");
        assertThatThrownBy(() -> projects.completeTask(actor("operator1"), id, v, seq(id, "法律意见"), TODAY, "法意〔2026〕1号"))
                .isInstanceOf(ConcurrentEditConflict.class);
        assertThatThrownBy(() -> projects.completeTask(actor("operator1"), id, version(id), task, TODAY, "again"))
                .satisfies(refusedBy("securitization.task-already-done"));
    }

    @Test
    void the_exchange_comes_after_the_guarantee_letter_and_its_internal_resolution() {
        long id = open(YearMonth.of(2026, 11));
        assertThatThrownBy(() -> projects.completeTask(actor("operator1"), id, version(id), seq(id, "向证券交易所申报"), TODAY, "无异议函"))
                .satisfies(refusedBy("securitization.guarantee-before-declaration"));
        projects.completeTask(actor("operator1"), id, version(id), seq(id, "担保"), TODAY, "担保函及董事会决议");
        projects.completeTask(actor("operator1"), id, version(id), seq(id, "向证券交易所申报"), TODAY, "上证函〔2026〕88号");
    }

    @Test
    void the_office_opens_a_project_only_for_a_tendered_operator_with_valid_terms() {
        Actor ipo = actor("ipo");
        long operator = actor("operator1").orgId();
        assertThatThrownBy(() -> projects.open(ipo, new SecuritizationProjects.NewProject("项目", operator, " ",
                new BigDecimal("100000000"), 12, YearMonth.of(2026, 11), Map.of())))
                .satisfies(refusedBy("securitization.operator-by-tender"));
        long bank = actor("bank1").orgId();
        assertThatThrownBy(() -> projects.open(ipo, new SecuritizationProjects.NewProject("项目", bank, "ZB-1",
                new BigDecimal("100000000"), 12, YearMonth.of(2026, 11), Map.of())))
                .satisfies(refusedBy("securitization.operator-by-tender"));
        assertThatThrownBy(() -> projects.open(ipo, new SecuritizationProjects.NewProject("项目", operator, "ZB-1",
                new BigDecimal("100000000"), 0, YearMonth.of(2026, 11), Map.of())))
                .satisfies(refusedBy("securitization.project-terms-invalid"));
        assertThatThrownBy(() -> projects.open(actor("operator1"), new SecuritizationProjects.NewProject("项目", operator, "ZB-1",
                new BigDecimal("100000000"), 12, YearMonth.of(2026, 11), Map.of())))
                .isInstanceOf(AccessDeniedException.class);
        long id = open(YearMonth.of(2026, 11));
        assertThatThrownBy(() -> projects.find(actor("bank1"), id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_pool_is_screened_from_the_registry_explained_adjusted_with_a_reason_and_frozen() {
        long id = open(YearMonth.of(2026, 9));
        Actor operator = actor("operator1");
        var strict = new AssetPools.Standards(false, 0, new BigDecimal("100000000000"), BigDecimal.ZERO, 0,
                BigDecimal.valueOf(10), BigDecimal.valueOf(40), BigDecimal.valueOf(50), new BigDecimal("5000000.00"));
        var none = pools.screen(operator, id, version(id), strict);
        assertThat(none.entries()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.included()).isFalse();
            assertThat(e.reasons()).extracting(AssetPools.Reason::code).contains("revenue");
        });
        assertThatThrownBy(() -> pools.freeze(operator, id, version(id))).satisfies(refusedBy("securitization.pool-empty"));

        var pool = pools.screen(operator, id, version(id), lenient());
        assertThat(pool.included()).isNotEmpty();
        assertThat(pool.size()).isLessThanOrEqualTo(new BigDecimal("100000000.00"));
        assertThat(pool.entries()).allSatisfy(e -> assertThat(e.reasons()).isNotEmpty());
        // a credit-list entry keeps an enterprise out whatever the standards; the industry limit (40 % of 1 亿 = 8
        // enterprises at 500 万) or the target size (20 of them) keeps others out, and each says which
        assertThat(pool.entries()).filteredOn(e -> !e.included()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.reasons()).extracting(AssetPools.Reason::code)
                        .containsAnyOf("credit-list", "industry", "park", "size", "obligor"));
        assertThat(pool.entries()).flatExtracting(AssetPools.Entry::reasons).extracting(AssetPools.Reason::code)
                .contains("credit-list", "admitted").containsAnyOf("industry", "size");
        long first = pool.included().getFirst().enterpriseId();
        assertThatThrownBy(() -> pools.adjust(operator, id, version(id), first, false, " "))
                .satisfies(refusedBy("securitization.adjustment-reason"));
        pools.adjust(operator, id, version(id), first, false, "尽调发现关联担保");
        var adjusted = pools.pool(operator, id);
        assertThat(adjusted.entries()).filteredOn(e -> e.enterpriseId() == first).singleElement()
                .satisfies(e -> assertThat(e.included()).isFalse())
                .satisfies(e -> assertThat(e.adjustedReason()).isEqualTo("尽调发现关联担保"));

        assertThatThrownBy(() -> projects.recordIssuance(operator, id, version(id), TODAY, new BigDecimal("90000000"), BigDecimal.ZERO))
                .satisfies(refusedBy("securitization.issuance-needs-frozen-pool"));
        pools.freeze(operator, id, version(id));
        assertThatThrownBy(() -> pools.adjust(operator, id, version(id), first, true, "恢复"))
                .satisfies(refusedBy("securitization.pool-frozen"));
        assertThatThrownBy(() -> pools.screen(operator, id, version(id), lenient()))
                .satisfies(refusedBy("securitization.pool-frozen"));
    }

    @Test
    void a_project_is_complete_only_when_issued_and_the_money_received() {
        long id = open(YearMonth.of(2026, 5));
        Actor operator = actor("operator1");
        pools.screen(operator, id, version(id), lenient());
        pools.freeze(operator, id, version(id));
        assertThatThrownBy(() -> projects.recordFundsReceived(operator, id, version(id), TODAY, new BigDecimal("90000000")))
                .satisfies(refusedBy("securitization.funds-after-issuance"));
        assertThatThrownBy(() -> projects.recordIssuance(operator, id, version(id), TODAY.minusDays(5), new BigDecimal("90000000"), null))
                .satisfies(refusedBy("securitization.project-terms-invalid"));
        assertThatThrownBy(() -> projects.recordIssuance(operator, id, version(id), TODAY.minusDays(5), new BigDecimal("90000000"),
                new BigDecimal("-1"))).satisfies(refusedBy("securitization.project-terms-invalid"));
        projects.recordIssuance(operator, id, version(id), TODAY.minusDays(5), new BigDecimal("90000000"), new BigDecimal("5060000.00"));
        assertThat(projects.isComplete(id)).isFalse();
        // the cost is shared over the pool in proportion to each enterprise's amount, and the shares add up to the fen
        var entries = pools.pool(operator, id).included();
        List<BigDecimal> shares = jdbc.sql("select issue_cost from securitization_pool_enterprise_view where project_id = :p")
                .param("p", id).query(BigDecimal.class).list();
        assertThat(shares).hasSize(entries.size());
        assertThat(shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("5060000.00");
        assertThat(entries).allSatisfy(e -> assertThat(e.amount()).isEqualByComparingTo("5000000.00"));
        // equal amounts: equal shares, but for the fen rounding leaves over
        BigDecimal even = new BigDecimal("5060000.00").divide(BigDecimal.valueOf(entries.size()), 2, java.math.RoundingMode.DOWN);
        assertThat(shares).allSatisfy(c -> assertThat(c).isBetween(even, even.add(new BigDecimal("0.01"))));
        assertThatThrownBy(() -> projects.recordIssuance(operator, id, version(id), TODAY, new BigDecimal("90000000"), BigDecimal.ZERO))
                .satisfies(refusedBy("securitization.already-recorded"));
        assertThatThrownBy(() -> projects.recordFundsReceived(operator, id, version(id), TODAY.minusDays(6), new BigDecimal("90000000")))
                .satisfies(refusedBy("securitization.funds-after-issuance"));
        projects.recordFundsReceived(operator, id, version(id), TODAY, new BigDecimal("90000000"));
        assertThat(projects.isComplete(id)).isTrue();
        assertThat(jdbc.sql("select complete from securitization_project_view where id = :id").param("id", id)
                .query(Boolean.class).single()).isTrue();
        assertThat(projects.isComplete(-1)).isFalse();
    }
}
