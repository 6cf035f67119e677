package cn.ipfin.supervision;

import cn.ipfin.IntegrationTest;
import cn.ipfin.core.party.OrgType;
import cn.ipfin.core.supervision.rating.BankRanking.RankedBank;
import cn.ipfin.core.supervision.rating.InternalMeasure;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;

import static cn.ipfin.RuleAsserts.refusedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The 2026 ranking of a hand-computed district (business date 2026-12-01: Q1–Q3 reports are due, Q4's not yet).
 *
 * <pre>
 *           2026 loans            enterprises  NPL (Q3 report)            reports on time    measures in force
 *   甲银行  1,500,000 + 500,000   2            0 % vs 2 %: within         3 of 3             免责, 单列计划
 *           (its 2025 loan of 800,000 does not count)
 *   乙银行  500,000               1            100 % vs 1 %: above        Q1 late, Q2 missing, Q3: 1 of 3   —
 *
 *   甲: 30 + 20 + 15 + 15 + 10 + 5 + 5 = 100.00, a demonstration bank
 *   乙: 30 × 0.5 M ÷ 2 M = 7.50; 20 × 1 ÷ 2 = 10.00; 15 × 1 ÷ 2 = 7.50; 0; 10 × 1 ÷ 3 = 3.33; 0; 0 = 28.33
 * </pre>
 */
@IntegrationTest
@Transactional
class BankPerformanceTest {

    @Autowired JdbcClient jdbc;
    @Autowired BankPerformance performance;
    @Autowired BankMeasures measures;

    SupervisionFixture district;
    Actor office;
    Actor bankA;
    Actor bankB;

    @BeforeEach
    void district() {
        district = SupervisionFixture.newDistrict(jdbc);
        office = district.actor(district.organisation(OrgType.IP_OFFICE, "测试区知识产权局"), OrgType.IP_OFFICE, Role.IPO_OFFICER);
        long a = district.organisation(OrgType.BANK, "甲银行");
        long b = district.organisation(OrgType.BANK, "乙银行");
        bankA = district.actor(a, OrgType.BANK, Role.BANK_OFFICER);
        bankB = district.actor(b, OrgType.BANK, Role.BANK_OFFICER);
        long e1 = district.enterprise("高新区", "SMALL");
        long e2 = district.enterprise("高新区", "MICRO");
        district.loan(a, e1, "2026-02-10", "1500000.00", "DISBURSED", "1400000.00", "0", "NORMAL");
        district.loan(a, e2, "2026-08-10", "500000.00", "DISBURSED", "500000.00", "0", "NORMAL");
        district.loan(a, e1, "2025-06-01", "800000.00", "DISBURSED", "600000.00", "0", "NORMAL");
        district.loan(b, e2, "2026-03-01", "500000.00", "OVERDUE", "300000.00", "100000.00", "SUBSTANDARD");
        report(a, 1, "2026-04-08", "0.020000");
        report(a, 2, "2026-07-10", "0.020000");
        report(a, 3, "2026-10-09", "0.020000");
        report(b, 1, "2026-04-11", "0.010000");
        report(b, 3, "2026-10-05", "0.010000");
        measures.record(bankA, InternalMeasure.DUE_DILIGENCE_EXEMPTION, LocalDate.of(2026, 3, 1), "甲银发〔2026〕12号 尽职免责办法");
        measures.record(bankA, InternalMeasure.SEPARATE_CREDIT_PLAN, LocalDate.of(2026, 6, 1), "甲银发〔2026〕30号 信贷计划");
    }

    /** A first (version 1) report of the quarter, submitted on the given business date. */
    private void report(long bank, int quarter, String submittedOn, String overallNplRate) {
        LocalDate on = LocalDate.parse(submittedOn);
        jdbc.sql("""
                        insert into bank_quarter_report (bank_org_id, year, quarter, version, submitted_at, submitted_on,
                            submitted_by, late, new_loans, new_amount, balance, customers, npl_balance, overall_npl_rate)
                        values (:b, 2026, :q, 1, now(), :on, 'test', :late, 0, 0, 0, 0, 0, :rate)""")
                .param("b", bank).param("q", quarter).param("on", on)
                .param("late", on.isAfter(new cn.ipfin.core.supervision.Quarter(2026, quarter).dueOn()))
                .param("rate", new BigDecimal(overallNplRate)).update();
    }

    @Test
    void the_year_ranks_each_bank_on_the_hand_computed_points() {
        var ranking = performance.ranking(office, 2026);

        assertThat(ranking.asOf()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(ranking.banks()).extracting(r -> r.bank().bankName()).containsExactly("甲银行", "乙银行");
        RankedBank jia = ranking.banks().get(0);
        RankedBank yi = ranking.banks().get(1);
        assertThat(jia.total()).isEqualByComparingTo("100.00");
        assertThat(jia.demonstration()).isTrue();
        assertThat(jia.bank().newAmount().amount()).isEqualByComparingTo("2000000.00");
        assertThat(yi.rank()).isEqualTo(2);
        assertThat(yi.points()).extracting(p -> p.points().toPlainString())
                .containsExactly("7.50", "10.00", "7.50", "0.00", "3.33", "0.00", "0.00");
        assertThat(yi.total()).isEqualByComparingTo("28.33");
        assertThat(yi.demonstration()).isFalse();
        assertThat(yi.points().get(3).zh()).isEqualTo("高出 3 个百分点以上：0 分");
        assertThat(yi.points().get(4).zh()).isEqualTo("按时 1 份，应报 3 份：10 × 1 ÷ 3 = 3.33 分");
    }

    @Test
    void a_measure_adopted_after_the_year_does_not_count_for_it() {
        var last = performance.ranking(office, 2025).banks().stream()
                .filter(r -> r.bank().bankId() == bankA.orgId()).findFirst().orElseThrow();

        assertThat(last.points()).filteredOn(p -> p.criterion().id().equals("due-diligence-exemption"))
                .extracting(p -> p.points().toPlainString()).containsExactly("0.00");
        assertThat(last.bank().newLoans()).isEqualTo(1); // the 2025 loan
    }

    @Test
    void a_year_not_yet_begun_is_not_ranked() {
        assertThatThrownBy(() -> performance.ranking(office, 2027)).satisfies(refusedBy("supervision.ranking-year"));
    }

    @Test
    void a_bank_records_its_measures_and_the_latest_adopted_is_in_force() {
        measures.record(bankB, InternalMeasure.SEPARATE_CREDIT_PLAN, LocalDate.of(2025, 1, 1), "乙银发〔2025〕1号");
        measures.record(bankB, InternalMeasure.SEPARATE_CREDIT_PLAN, LocalDate.of(2026, 1, 1), "乙银发〔2026〕2号");

        assertThat(measures.of(bankB.orgId())).extracting(BankMeasures.Measure::document)
                .containsExactly("乙银发〔2026〕2号", "乙银发〔2025〕1号");
        assertThat(measures.inForce(java.util.List.of(bankB.orgId()), LocalDate.of(2026, 12, 1)).get(bankB.orgId())
                .get(InternalMeasure.SEPARATE_CREDIT_PLAN).document()).isEqualTo("乙银发〔2026〕2号");
        assertThat(performance.ranking(office, 2026).banks().get(1).points().get(6).points()).isEqualByComparingTo("5");
    }

    @Test
    void a_measure_is_refused_from_anyone_but_a_bank_without_its_document_or_before_it_is_adopted() {
        assertThatThrownBy(() -> measures.record(office, InternalMeasure.IP_PLEDGE_POLICY, LocalDate.of(2026, 1, 1), "x"))
                .satisfies(refusedBy("supervision.measure-banks-only"));
        assertThatThrownBy(() -> measures.record(bankB, InternalMeasure.IP_PLEDGE_POLICY, LocalDate.of(2026, 1, 1), " "))
                .satisfies(refusedBy("supervision.measure-document"));
        assertThatThrownBy(() -> measures.record(bankB, InternalMeasure.IP_PLEDGE_POLICY, LocalDate.of(2026, 12, 2), "乙银发"))
                .satisfies(refusedBy("supervision.measure-adopted-later"));
        assertThat(measures.of(bankB.orgId())).isEmpty();
    }
}
