package cn.ipfin.supervision;

import cn.ipfin.IntegrationTest;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.party.OrgType;
import cn.ipfin.core.supervision.Indicators;
import cn.ipfin.core.supervision.Quarter;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Supervision's own quarter-end figures on a hand-computed district. Today is 2026-12-01; since 2026Q3 ended, L1 was
 * partly repaid, L3 prepaid and downgraded to 次级, and L5 (次级 at the quarter's end) repaid in full and upgraded: so
 * 2026Q3 as it stood on 30 September differs from today's book in balance, NPL and customers.
 */
@IntegrationTest
@Transactional
class QuarterHistoryTest {

    static final Quarter Q3 = new Quarter(2026, 3);
    static final Quarter Q4 = new Quarter(2026, 4);

    @Autowired JdbcClient jdbc;
    @Autowired QuarterlyStatistics statistics;
    @Autowired QuarterHistory history;
    @Autowired AnnualSummary annual;
    @Autowired DistrictTargets targets;

    SupervisionFixture district;
    Actor office;
    long bankId;
    long l1;
    long l3;
    long l5;

    @BeforeEach
    void district() {
        district = SupervisionFixture.newDistrict(jdbc);
        long officeId = district.organisation(OrgType.IP_OFFICE, "历史测试区知识产权局");
        office = district.actor(officeId, OrgType.IP_OFFICE, Role.IPO_OFFICER);
        bankId = district.organisation(OrgType.BANK, "丙银行");
        long e1 = district.enterprise("高新区", "SMALL");
        long e2 = district.enterprise(null, "MICRO");

        // L1: new in Q3, 1,000,000; 100,000 repaid on 15 October, so 900,000 today and 1,000,000 on 30 September
        l1 = district.loan(bankId, e1, "2026-07-15", "1000000.00", "DISBURSED", "900000.00", "0", "NORMAL");
        district.pledge(l1, district.asset("INVENTION_PATENT"), e1, bankId, "2500000.00", false);
        repaid(l1, "2026-10-15", "current_principal", "100000.00");
        // L3: 300,000 today (200,000 + 100,000 overdue), 次级 since 5 November; 200,000 prepaid on 20 October,
        // 关注 from 1 August: 500,000 performing on 30 September
        l3 = district.loan(bankId, e1, "2025-03-01", "2000000.00", "OVERDUE", "200000.00", "100000.00", "SUBSTANDARD");
        district.pledge(l3, district.asset("INVENTION_PATENT"), e1, bankId, "3000000.00", false);
        repaid(l3, "2026-10-20", "prepaid_principal", "200000.00");
        classified(l3, "2026-08-01", "SPECIAL_MENTION", "NORMAL");
        classified(l3, "2026-11-05", "SUBSTANDARD", "SPECIAL_MENTION");
        // L5: 400,000 of e2 on a trademark, 次级 from 1 September, paid off on 10 November and back to 正常
        l5 = district.loan(bankId, e2, "2026-01-10", "400000.00", "REPAID", "0", "0", "NORMAL");
        district.pledge(l5, district.asset("TRADEMARK"), e2, bankId, null, true);
        repaid(l5, "2026-11-10", "overdue_principal", "400000.00");
        classified(l5, "2026-09-01", "SUBSTANDARD", "SPECIAL_MENTION");
        classified(l5, "2026-11-10", "NORMAL", "SUBSTANDARD");
        // L2: new in Q4, not in Q3 at all
        district.loan(bankId, e2, "2026-10-10", "500000.00", "DISBURSED", "500000.00", "0", "NORMAL");
    }

    @Test
    void a_quarter_end_close_keeps_exactly_the_quarters_figures() {
        var snapshot = history.take(district.district(), Q3, "CLOSE");
        assertThat(snapshot.asOf()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(snapshot.loans()).isEqualTo(3);                                     // L1, L3, L5

        var q3 = statistics.of(office, Q3);
        assertThat(q3.snapshot().source()).isEqualTo("CLOSE");
        assertThat(q3.asOf()).isEqualTo(LocalDate.of(2026, 9, 30));
        Indicators bank = QuarterlyStatisticsTest.line(q3, bankId).platform();
        assertThat(bank.newLoans()).isEqualTo(1);                                      // L1
        assertThat(bank.newAmount()).isEqualTo(Money.of("1000000.00"));
        assertThat(bank.balance()).isEqualTo(Money.of("1900000.00"));                  // 1,000,000 + 500,000 + 400,000
        assertThat(bank.customers()).isEqualTo(2);                                     // e1, e2
        assertThat(bank.averagePledgeRate()).isEqualTo(new BigDecimal("0.400000"));    // 1,000,000 / 2,500,000
        assertThat(bank.nplBalance()).isEqualTo(Money.of("400000.00"));                // L5, 次级 that day
        assertThat(bank.nplRate()).isEqualTo(new BigDecimal("0.210526"));              // 400,000 / 1,900,000 = 0.2105263…
        assertThat(q3.district()).isEqualTo(bank);

        assertThat(q3.byKind()).containsOnlyKeys("INVENTION_PATENT", "TRADEMARK");
        assertThat(q3.byKind().get("INVENTION_PATENT").balance()).isEqualTo(Money.of("1500000.00"));
        assertThat(q3.byKind().get("INVENTION_PATENT").nplBalance()).isEqualTo(Money.zero());
        assertThat(q3.byKind().get("TRADEMARK").nplRate()).isEqualTo(new BigDecimal("1.000000"));
        assertThat(q3.byPark().get("高新区").customers()).isEqualTo(1);
        assertThat(q3.byPark().get("—").balance()).isEqualTo(Money.of("400000.00"));
        assertThat(q3.bySize().get("SMALL").balance()).isEqualTo(Money.of("1500000.00"));
        assertThat(q3.bySize().get("MICRO").nplBalance()).isEqualTo(Money.of("400000.00"));

        // the loans behind the bank's bar are those of 30 September, at that day's balances
        assertThat(statistics.loans(office, Q3, bankId, null)).extracting(l -> l.fact().loanId(), l -> l.fact().balance(),
                        l -> l.fact().nonPerforming())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(l1, Money.of("1000000.00"), false),
                        org.assertj.core.groups.Tuple.tuple(l3, Money.of("500000.00"), false),
                        org.assertj.core.groups.Tuple.tuple(l5, Money.of("400000.00"), true));
        assertThat(statistics.loans(office, Q3, null, "TRADEMARK")).extracting(l -> l.fact().loanId()).containsExactly(l5);
    }

    @Test
    void a_past_quarter_asked_for_is_worked_back_and_kept_and_differs_from_today() {
        var q3 = statistics.of(office, Q3);
        assertThat(q3.snapshot().source()).isEqualTo("ON_DEMAND");
        assertThat(q3.district().balance()).isEqualTo(Money.of("1900000.00"));
        assertThat(history.snapshot(district.district(), Q3)).isPresent();

        // today's quarter, under way and not kept: L1 900,000 + L3 300,000 (次级) + L2 500,000 new; L5 repaid
        var q4 = statistics.of(office, Q4);
        assertThat(q4.snapshot().taken()).isFalse();
        assertThat(q4.asOf()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(q4.district().balance()).isEqualTo(Money.of("1700000.00"));
        assertThat(q4.district().nplBalance()).isEqualTo(Money.of("300000.00"));
        assertThat(q4.district().newAmount()).isEqualTo(Money.of("500000.00"));
        assertThat(history.snapshot(district.district(), Q4)).isEmpty();

        // the trend no longer repeats today's balance
        var trend = statistics.trend(office, Q4, 2);
        assertThat(trend).extracting(Map.Entry::getKey).containsExactly(Q3, Q4);
        assertThat(trend).extracting(e -> e.getValue().balance())
                .containsExactly(Money.of("1900000.00"), Money.of("1700000.00"));
        // 2026Q2 (30 June): L3 300,000 + 200,000 prepaid since, 正常 before its first change; L5 400,000, 关注 before
        // its first change (the one on 1 September names what it was before): 900,000, none non-performing
        var q2 = statistics.trend(office, Q3, 2).getFirst();
        assertThat(q2.getKey()).isEqualTo(new Quarter(2026, 2));
        assertThat(q2.getValue().balance()).isEqualTo(Money.of("900000.00"));
        assertThat(q2.getValue().nplBalance()).isEqualTo(Money.zero());
    }

    @Test
    void the_close_takes_a_quarter_again_over_one_taken_on_demand() {
        statistics.of(office, Q3);
        // a repayment recorded late, value-dated inside Q3: today's position is 50,000 lower
        repaid(l1, "2026-09-20", "current_principal", "50000.00");
        jdbc.sql("update loan_servicing set scheduled_balance = 850000 where loan_id = :id").param("id", l1).update();
        assertThat(statistics.of(office, Q3).district().balance()).isEqualTo(Money.of("1900000.00"));   // as kept

        history.take(district.district(), Q3, "CLOSE");
        var q3 = statistics.of(office, Q3);
        assertThat(q3.snapshot().source()).isEqualTo("CLOSE");
        assertThat(q3.district().balance()).isEqualTo(Money.of("1850000.00"));
    }

    @Test
    void only_the_close_of_a_quarters_last_day_takes_the_quarter() {
        assertThat(QuarterHistory.closedQuarter(LocalDate.of(2026, 9, 30))).contains(Q3);
        assertThat(QuarterHistory.closedQuarter(LocalDate.of(2026, 12, 31))).contains(Q4);
        assertThat(QuarterHistory.closedQuarter(LocalDate.of(2026, 10, 1))).isEmpty();
        assertThat(QuarterHistory.closedQuarter(LocalDate.of(2026, 9, 29))).isEmpty();
    }

    @Test
    void the_annual_summary_adds_the_quarters_flows_and_states_the_latest_stocks() {
        var year = annual.of(office, 2026);
        // Q1: L5 new (400,000); L3 500,000 + L5 400,000 owed, neither non-performing before its first change
        assertThat(year.quarters()).extracting(q -> q.quarter().number(), q -> q.figures().newLoans(),
                        q -> q.figures().balance(), q -> q.figures().nplBalance(), AnnualSummary.QuarterLine::underWay)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, 1, Money.of("900000.00"), Money.zero(), false),
                        org.assertj.core.groups.Tuple.tuple(2, 0, Money.of("900000.00"), Money.zero(), false),
                        org.assertj.core.groups.Tuple.tuple(3, 1, Money.of("1900000.00"), Money.of("400000.00"), false),
                        org.assertj.core.groups.Tuple.tuple(4, 1, Money.of("1700000.00"), Money.of("300000.00"), true));
        assertThat(year.quarters()).extracting(AnnualSummary.QuarterLine::behind).containsExactly(1L, 1L, 1L, 0L);
        Indicators district = year.district();
        assertThat(district.newLoans()).isEqualTo(3);                                   // L5, L1, L2
        assertThat(district.newAmount()).isEqualTo(Money.of("1900000.00"));
        assertThat(district.balance()).isEqualTo(Money.of("1700000.00"));              // today's, the year runs
        assertThat(district.nplRate()).isEqualTo(new BigDecimal("0.176471"));          // 300,000 / 1,700,000
        assertThat(district.averagePledgeRate()).isEqualTo(new BigDecimal("0.400000")); // only L1 has a value
        assertThat(year.banks()).singleElement().satisfies(bank -> {
            assertThat(bank.figures()).isEqualTo(district);
            assertThat(bank.missing()).isEqualTo(3);                                    // Q1–Q3 never reported
            assertThat(bank.onTime() + bank.late()).isZero();
        });
        assertThat(year.targetLines()).isEmpty();

        targets.set(office, 2026, BigDecimal.TEN, BigDecimal.TEN, 50);
        assertThat(annual.of(office, 2026).targetLines()).extracting(Map.Entry::getKey).containsExactly("全区", "丙银行");
        byte[] pdf = annual.render(office, 2026);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void a_summary_is_for_a_year_from_2000_to_this_one() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> annual.of(office, 2027))
                .satisfies(cn.ipfin.RuleAsserts.refusedBy("supervision.summary-year"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> annual.of(office, 1999))
                .satisfies(cn.ipfin.RuleAsserts.refusedBy("supervision.summary-year"));
    }

    private void repaid(long loan, String valueDate, String part, String amount) {
        jdbc.sql("""
                        insert into loan_repayment (loan_id, bank_org_id, bank_reference, kind, value_date, amount, %s,
                            recorded_by, recorded_at)
                        values (:loan, :bank, :ref, 'REGULAR', :on, :amount, :amount, 'test', timestamptz '2026-11-30 10:00+08')""".formatted(part))
                .param("loan", loan).param("bank", bankId).param("ref", "SVH" + SupervisionFixture.SERIAL.incrementAndGet())
                .param("on", LocalDate.parse(valueDate)).param("amount", new BigDecimal(amount)).update();
    }

    private void classified(long loan, String on, String classification, String previous) {
        jdbc.sql("""
                        insert into loan_classification (loan_id, effective_on, classification, previous, dpd, source,
                            recorded_by)
                        values (:loan, :on, :c, :prev, 0, 'CLOSE', 'test')""")
                .param("loan", loan).param("on", LocalDate.parse(on)).param("c", classification).param("prev", previous)
                .update();
    }
}
