package cn.ipfin.supervision;

import cn.ipfin.IntegrationTest;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.party.OrgType;
import cn.ipfin.core.supervision.Indicators;
import cn.ipfin.core.supervision.Quarter;
import cn.ipfin.core.supervision.ReportingStatus;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.Role;
import cn.ipfin.tabular.TabularWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static cn.ipfin.RuleAsserts.refusedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The platform's figures of a hand-computed district, read through the published views, beside what its bank
 * submits; the business date is 2026-12-01, so 2026Q3's reports were due on 10 October.
 */
@IntegrationTest
@Transactional
class QuarterlyStatisticsTest {

    static final Quarter Q3 = new Quarter(2026, 3);

    @Autowired JdbcClient jdbc;
    @Autowired QuarterlyStatistics statistics;
    @Autowired BankReports reports;
    @Autowired DistrictTargets targets;

    SupervisionFixture district;
    Actor office;
    Actor bankA;
    long bankAId;
    long bankBId;

    @BeforeEach
    void district() {
        district = SupervisionFixture.newDistrict(jdbc);
        long officeId = district.organisation(OrgType.IP_OFFICE, "测试区知识产权局");
        office = district.actor(officeId, OrgType.IP_OFFICE, Role.IPO_OFFICER);
        bankAId = district.organisation(OrgType.BANK, "甲银行");
        bankBId = district.organisation(OrgType.BANK, "乙银行");
        bankA = district.actor(bankAId, OrgType.BANK, Role.BANK_OFFICER);

        long e1 = district.enterprise("高新区", "SMALL");
        long e2 = district.enterprise(null, "MICRO");
        // L1: new in Q3, 1,000,000 lent, 900,000 owed, a patent valued 2,500,000
        long l1 = district.loan(bankAId, e1, "2026-07-15", "1000000.00", "DISBURSED", "900000.00", "0", "NORMAL");
        district.pledge(l1, district.asset("INVENTION_PATENT"), e1, bankAId, "2500000.00", false);
        // L2: new on Q3's last day, a trademark never valued
        long l2 = district.loan(bankAId, e2, "2026-09-30", "500000.00", "DISBURSED", "500000.00", "0", "NORMAL");
        district.pledge(l2, district.asset("TRADEMARK"), e2, bankAId, null, false);
        // L3: an old loan of e1, 200,000 not yet due + 100,000 overdue, substandard
        long l3 = district.loan(bankAId, e1, "2025-03-01", "2000000.00", "OVERDUE", "200000.00", "100000.00", "SUBSTANDARD");
        district.pledge(l3, district.asset("INVENTION_PATENT"), e1, bankAId, "3000000.00", false);
        // L4: disbursed the day before Q3 and repaid: in nothing
        long l4 = district.loan(bankAId, e2, "2026-06-30", "800000.00", "REPAID", "0", "0", "NORMAL");
        district.pledge(l4, district.asset("INVENTION_PATENT"), e2, bankAId, "1000000.00", true);
    }

    @Test
    void the_platform_computes_each_banks_quarter_from_the_published_views() {
        var q3 = statistics.of(office, Q3);
        assertThat(q3.banks()).extracting(QuarterlyStatistics.BankLine::bankId).containsExactlyInAnyOrder(bankAId, bankBId);
        Indicators a = line(q3, bankAId).platform();
        assertThat(a.newLoans()).isEqualTo(2);                                        // L1, L2
        assertThat(a.newAmount()).isEqualTo(Money.of("1500000.00"));                  // 1,000,000 + 500,000
        assertThat(a.balance()).isEqualTo(Money.of("1700000.00"));                    // 900,000 + 500,000 + 300,000
        assertThat(a.customers()).isEqualTo(2);                                       // e1 (twice), e2
        assertThat(a.averagePledgeRate()).isEqualTo(new BigDecimal("0.400000"));      // 1,000,000 / 2,500,000 (L2 unvalued)
        assertThat(a.nplBalance()).isEqualTo(Money.of("300000.00"));                  // L3
        assertThat(a.nplRate()).isEqualTo(new BigDecimal("0.176471"));               // 300,000 / 1,700,000 = 0.1764705…
        assertThat(line(q3, bankBId).platform().newLoans()).isZero();

        assertThat(q3.byKind()).containsOnlyKeys("INVENTION_PATENT", "TRADEMARK");
        assertThat(q3.byKind().get("INVENTION_PATENT").balance()).isEqualTo(Money.of("1200000.00"));  // L1 + L3
        assertThat(q3.byKind().get("TRADEMARK").newAmount()).isEqualTo(Money.of("500000.00"));
        assertThat(q3.byPark()).containsOnlyKeys("—", "高新区");
        assertThat(q3.bySize().get("SMALL").nplRate()).isEqualTo(new BigDecimal("0.250000"));     // 300,000 / 1,200,000
        assertThat(q3.district()).isEqualTo(a);
    }

    @Test
    void a_report_submitted_after_the_tenth_day_is_late_and_nothing_at_all_is_missing() throws IOException {
        var report = reports.submit(bankA, "q3.xlsx", file(Map.of("quarter", "2026Q3", "new_loans_count", "2",
                "new_loans_amount", "1500000.00", "balance_amount", "1700000.00", "customers_count", "2",
                "npl_amount", "300000.00", "overall_npl_rate", "15.00")));
        assertThat(report.applied()).as(report.errors().toString()).isTrue();

        var q3 = statistics.of(office, Q3);
        var a = line(q3, bankAId);
        assertThat(a.status()).isEqualTo(ReportingStatus.LATE);
        assertThat(a.submitted().late()).isTrue();
        assertThat(a.submitted().overallNplRate()).isEqualTo(new BigDecimal("0.150000"));
        // 17.6471 % on IP pledge loans against 15.00 % overall: 2.6471 points, within 3
        assertThat(a.tolerance().gapPercentagePoints()).isEqualTo(new BigDecimal("2.6471"));
        assertThat(a.tolerance().tolerated()).isTrue();
        assertThat(line(q3, bankBId).status()).isEqualTo(ReportingStatus.MISSING);
        assertThat(q3.behind()).extracting(QuarterlyStatistics.BankLine::bankId).containsExactlyInAnyOrder(bankAId, bankBId);
        // a quarter still running is not yet due
        assertThat(line(statistics.of(office, new Quarter(2026, 4)), bankBId).status()).isEqualTo(ReportingStatus.NOT_YET_DUE);
    }

    @Test
    void the_year_is_measured_against_last_year_plus_the_target_growth_and_forecast_to_its_end() {
        // 004 (十七) counts registrations: a second right under L1's registration is not a second registration
        jdbc.sql("""
                        insert into ip_pledge (asset_id, registration_no, pledgor_id, pledgee_org_id, loan_id, registered_on,
                            secured_amount)
                        select :asset, p.registration_no, p.pledgor_id, p.pledgee_org_id, p.loan_id, p.registered_on,
                            p.secured_amount
                        from ip_pledge p join loan l on l.id = p.loan_id
                        where p.pledgee_org_id = :bank and l.disbursed_on = date '2026-07-15'""")
                .param("asset", district.asset("INVENTION_PATENT")).param("bank", bankAId).update();
        targets.set(office, 2026, new BigDecimal("10"), new BigDecimal("10"), 50);
        var progress = targets.progress(office).orElseThrow();
        var district2026 = progress.district();
        assertThat(district2026.lastYear().count()).isEqualTo(1);                          // L3
        assertThat(district2026.targetCount()).isEqualTo(2);                               // 1 × 1.1 → 2
        assertThat(district2026.targetAmount()).isEqualTo(Money.of("2200000.00"));
        assertThat(district2026.toDate().count()).isEqualTo(3);                            // L1 (two rights), L2, L4
        assertThat(district2026.toDate().amount()).isEqualTo(Money.of("2300000.00"));
        assertThat(district2026.forecastAmount()).isEqualTo(Money.of("2505970.15"));       // × 365 / 335
        assertThat(district2026.behind()).isFalse();
        assertThat(district2026.enterprisesReached()).isFalse();                           // e1, e2: 2 of 50
        assertThat(progress.behind()).isEmpty();

        // a target the year cannot reach: bank A is behind, bank B (nothing last year, nothing asked) is not
        targets.set(office, 2026, new BigDecimal("300"), new BigDecimal("300"), null);
        var harder = targets.progress(office).orElseThrow();
        assertThat(harder.district().targetCount()).isEqualTo(4);
        assertThat(harder.behind()).extracting(DistrictTargets.BankProgress::bankId).containsExactly(bankAId);
        assertThat(harder.district().enterprisesReached()).isNull();
    }

    @Test
    void targets_are_for_this_year_or_the_next_with_a_sensible_growth() {
        assertThatThrownBy(() -> targets.set(office, 2025, BigDecimal.TEN, BigDecimal.TEN, 50))
                .satisfies(refusedBy("supervision.target-year"));
        assertThatThrownBy(() -> targets.set(office, 2027, new BigDecimal("10.125"), BigDecimal.TEN, 50))
                .satisfies(refusedBy("supervision.target-growth"));
        assertThatThrownBy(() -> targets.set(office, 2027, BigDecimal.TEN, new BigDecimal("-101"), 50))
                .satisfies(refusedBy("supervision.target-growth"));
        assertThat(targets.progress(office)).isEmpty();
    }

    static QuarterlyStatistics.BankLine line(QuarterlyStatistics.Statistics statistics, long bankId) {
        return statistics.banks().stream().filter(b -> b.bankId() == bankId).findFirst().orElseThrow();
    }

    @SafeVarargs
    static byte[] file(Map<String, String>... rows) throws IOException {
        var out = new ByteArrayOutputStream();
        TabularWriter.writeXlsx(BankReportImport.TEMPLATE, List.of(rows), out);
        return out.toByteArray();
    }
}
