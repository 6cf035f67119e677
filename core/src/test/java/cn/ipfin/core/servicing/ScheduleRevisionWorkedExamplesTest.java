package cn.ipfin.core.servicing;

import static cn.ipfin.core.servicing.PrepaymentOption.LOWER_INSTALMENT;
import static cn.ipfin.core.servicing.PrepaymentOption.SHORTEN_TERM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ipfin.core.lending.Decision;
import cn.ipfin.core.lending.RepaymentMethod;
import cn.ipfin.core.money.DayCount;
import cn.ipfin.core.money.LprTable;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.money.Rate;
import cn.ipfin.core.schedule.Instalment;
import cn.ipfin.core.schedule.InterestBasis;
import cn.ipfin.core.schedule.PeriodFrequency;
import cn.ipfin.core.schedule.RepaymentSchedule;
import cn.ipfin.core.schedule.ScheduleRounding;
import cn.ipfin.core.schedule.ScheduleTerms;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Revisions worked by hand (the figures were recomputed independently, line by line, with exact decimals): the loan is
 * 1,000,000 over 12 months from 2024-01-15, 等额本息 at 4.35%, interest by ACT/360 on the actual days (DAY_COUNT).
 * The level payment is the one that repays the loan under those daily rates, r_k = 4.35% × days_k ÷ 360 (31, 29, 31, 30 …
 * days): P·Π(1+r_k) ÷ Σ_j Π_{k>j}(1+r_k) = 85,338.77 a month (at 4.35% ÷ 12 it would be 85,309.90, and splitting that by
 * days would leave the difference to the last line). After the fourth instalment (2024-05-15) the balance is 671,475.13.
 */
class ScheduleRevisionWorkedExamplesTest {

    private static final LocalDate START = LocalDate.of(2024, 1, 15);

    static ScheduleTerms terms(String principal, String ratePercent, int months, RepaymentMethod method) {
        return new ScheduleTerms(Money.of(principal), Rate.percent(ratePercent), START, months, PeriodFrequency.MONTHLY, method,
                DayCount.ACT_360, InterestBasis.DAY_COUNT, ScheduleRounding.HALF_UP_TO_FEN);
    }

    private static final RepaymentSchedule LOAN = RepaymentSchedule.of(terms("1000000", "4.35", 12, RepaymentMethod.EQUAL_INSTALMENTS));

    private static Money yuan(String amount) {
        return Money.of(amount);
    }

    @Test
    void the_loan_pays_85338_77_a_month_and_owes_671475_13_after_four() {
        assertThat(LOAN.first().payment()).isEqualTo(yuan("85338.77"));
        assertThat(LOAN.instalments().subList(0, 11)).extracting(Instalment::payment).containsOnly(yuan("85338.77"));
        assertThat(LOAN.last().payment()).isEqualTo(yuan("85338.75"));
        assertThat(LOAN.instalment(4).closingBalance()).isEqualTo(yuan("671475.13"));
    }

    @Test
    void balance_on_a_due_date_is_after_that_days_instalment() {
        assertThat(ScheduleRevision.balanceOn(LOAN, LocalDate.of(2024, 5, 15))).isEqualTo(yuan("671475.13"));
        assertThat(ScheduleRevision.balanceOn(LOAN, LocalDate.of(2024, 5, 14))).isEqualTo(yuan("754080.36"));
        assertThat(ScheduleRevision.balanceOn(LOAN, START)).isEqualTo(yuan("1000000"));
    }

    @Test
    void interest_accrues_from_the_period_start_to_the_day_before() {
        // 671,475.13 × 4.35% × 10 / 360 = 811.366… → 811.37 (May 15 to May 25: 10 days, the 25th not counted).
        assertThat(ScheduleRevision.interestAccruedTo(LOAN, LocalDate.of(2024, 5, 25))).isEqualTo(yuan("811.37"));
        assertThat(ScheduleRevision.interestAccruedTo(LOAN, LocalDate.of(2024, 5, 16))).isEqualTo(yuan("81.14"));
        assertThat(ScheduleRevision.interestAccruedTo(LOAN, LocalDate.of(2024, 5, 15))).isEqualTo(Money.zero());
        assertThatThrownBy(() -> ScheduleRevision.interestAccruedTo(LOAN, LocalDate.of(2025, 1, 15)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void settling_early_pays_the_balance_and_the_accrued_interest() {
        // 671,475.13 + 811.37
        assertThat(ScheduleRevision.payoffAmount(LOAN, LocalDate.of(2024, 5, 25))).isEqualTo(yuan("672286.50"));
        assertThat(ScheduleRevision.payoffAmount(LOAN, LocalDate.of(2024, 5, 15))).isEqualTo(yuan("671475.13"));
    }

    @Test
    void on_the_periodic_rate_part_of_a_period_accrues_pro_rata_to_its_days() {
        ScheduleTerms periodic = new ScheduleTerms(Money.of("1000000"), Rate.percent("3.6"), START, 4, PeriodFrequency.QUARTERLY,
                RepaymentMethod.BULLET, DayCount.ACT_360, InterestBasis.PERIODIC_RATE, ScheduleRounding.HALF_UP_TO_FEN);
        RepaymentSchedule bullet = RepaymentSchedule.of(periodic);

        // Two quarters of a bullet loan: 1,000,000 × 3.6% × 2 / 4 = 18,000.00; one day into the third quarter
        // (Jul 15 → Oct 15, 92 days) adds 9,000 × 1/92 = 97.83.
        assertThat(ScheduleRevision.interestAccruedTo(bullet, LocalDate.of(2024, 7, 15))).isEqualTo(yuan("18000.00"));
        assertThat(ScheduleRevision.interestAccruedTo(bullet, LocalDate.of(2024, 7, 16))).isEqualTo(yuan("18097.83"));
    }

    @Test
    void prepaying_100000_after_month_4_and_keeping_the_payment_ends_a_month_early() {
        RepaymentSchedule revised = ScheduleRevision.prepay(LOAN, LocalDate.of(2024, 5, 15), yuan("100000"), SHORTEN_TERM);

        // 571,475.13 at 85,338.77 a month: six full payments (instalments 5–10), then 67,744.38 on 2024-12-15, one
        // month before the original maturity.
        assertThat(revised.terms().principal()).isEqualTo(yuan("571475.13"));
        assertThat(revised.size()).isEqualTo(7);
        assertThat(revised.instalments()).extracting(Instalment::number).containsExactly(5, 6, 7, 8, 9, 10, 11);
        assertThat(revised.instalments().subList(0, 6)).extracting(Instalment::payment).containsOnly(yuan("85338.77"));
        assertThat(revised.last().payment()).isEqualTo(yuan("67744.38"));
        assertThat(revised.last().dueDate()).isEqualTo(LocalDate.of(2024, 12, 15));
        // First period May 15 → Jun 15, 31 days: 571,475.13 × 4.35% × 31 / 360 = 2,140.65.
        assertThat(revised.first().dueDate()).isEqualTo(LocalDate.of(2024, 6, 15));
        assertThat(revised.first().interest()).isEqualTo(yuan("2140.65"));
        assertThat(revised.totalInterest()).isEqualTo(yuan("8301.87"));
    }

    @Test
    void prepaying_100000_after_month_4_and_keeping_the_maturity_lowers_the_payment_to_72629_62() {
        RepaymentSchedule revised = ScheduleRevision.prepay(LOAN, LocalDate.of(2024, 5, 15), yuan("100000"), LOWER_INSTALMENT);

        // 571,475.13 over the 8 remaining months at their daily rates: 72,629.62; the last differs by 2 fen of rounding.
        assertThat(revised.size()).isEqualTo(8);
        assertThat(revised.instalments().subList(0, 7)).extracting(Instalment::payment).containsOnly(yuan("72629.62"));
        assertThat(revised.last().payment()).isEqualTo(yuan("72629.60"));
        assertThat(revised.terms().maturityDate()).isEqualTo(LOAN.terms().maturityDate());
        assertThat(revised.totalInterest()).isEqualTo(yuan("9561.81"));
    }

    @Test
    void a_prepayment_inside_a_period_starts_a_broken_first_period() {
        RepaymentSchedule revised = ScheduleRevision.prepay(LOAN, LocalDate.of(2024, 5, 25), yuan("100000"), SHORTEN_TERM);

        // The borrower also pays the 811.37 accrued to May 25 on the old balance. New first period May 25 → Jun 15,
        // 21 days: 571,475.13 × 4.35% × 21 / 360 = 1,450.12, so more of the 85,338.77 repays principal.
        assertThat(revised.terms().startDate()).isEqualTo(LocalDate.of(2024, 5, 25));
        assertThat(revised.first().number()).isEqualTo(5);
        assertThat(revised.first().interest()).isEqualTo(yuan("1450.12"));
        assertThat(revised.first().principal()).isEqualTo(yuan("83888.65"));
        assertThat(revised.last().payment()).isEqualTo(yuan("67038.45"));
        assertThat(revised.last().dueDate()).isEqualTo(LocalDate.of(2024, 12, 15));
    }

    @Test
    void equal_principal_keeps_its_share_or_its_maturity() {
        RepaymentSchedule loan = RepaymentSchedule.of(terms("1200000", "3.6", 12, RepaymentMethod.EQUAL_PRINCIPAL));
        LocalDate on = LocalDate.of(2024, 4, 15);

        // After 3 shares of 100,000 the balance is 900,000; 250,000 prepaid leaves 650,000.
        RepaymentSchedule shorter = ScheduleRevision.prepay(loan, on, yuan("250000"), SHORTEN_TERM);
        assertThat(shorter.size()).isEqualTo(7); // ⌈650,000 ÷ 100,000⌉
        assertThat(shorter.instalments().subList(0, 6)).extracting(Instalment::principal).containsOnly(yuan("100000"));
        assertThat(shorter.last().principal()).isEqualTo(yuan("50000"));
        assertThat(shorter.last().dueDate()).isEqualTo(LocalDate.of(2024, 11, 15));
        // Apr 15 → May 15 is 30 days: 650,000 × 3.6% × 30 / 360 = 1,950.00.
        assertThat(shorter.first().interest()).isEqualTo(yuan("1950.00"));

        RepaymentSchedule lower = ScheduleRevision.prepay(loan, on, yuan("250000"), LOWER_INSTALMENT);
        assertThat(lower.size()).isEqualTo(9);
        assertThat(lower.first().principal()).isEqualTo(yuan("72222.22")); // 650,000 ÷ 9
        assertThat(lower.last().principal()).isEqualTo(yuan("72222.24"));
        assertThat(lower.last().dueDate()).isEqualTo(LocalDate.of(2025, 1, 15));
    }

    @Test
    void interest_only_keeps_its_maturity_whichever_option() {
        RepaymentSchedule loan = RepaymentSchedule.of(terms("1000000", "3.6", 12, RepaymentMethod.INTEREST_ONLY_THEN_PRINCIPAL));
        LocalDate on = LocalDate.of(2024, 7, 15);

        RepaymentSchedule shorter = ScheduleRevision.prepay(loan, on, yuan("400000"), SHORTEN_TERM);
        RepaymentSchedule lower = ScheduleRevision.prepay(loan, on, yuan("400000"), LOWER_INSTALMENT);

        assertThat(shorter).isEqualTo(lower);
        assertThat(shorter.size()).isEqualTo(6);
        assertThat(shorter.last().principal()).isEqualTo(yuan("600000"));
        assertThat(shorter.last().dueDate()).isEqualTo(LocalDate.of(2025, 1, 15));
        // Jul 15 → Aug 15, 31 days: 600,000 × 3.6% × 31 / 360 = 1,860.00.
        assertThat(shorter.first().interest()).isEqualTo(yuan("1860.00"));
    }

    @Test
    void a_prepayment_of_the_whole_balance_or_outside_the_term_is_refused() {
        LocalDate on = LocalDate.of(2024, 5, 15);
        assertThatThrownBy(() -> ScheduleRevision.prepay(LOAN, on, yuan("671591.25"), SHORTEN_TERM))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("settles the loan");
        assertThatThrownBy(() -> ScheduleRevision.prepay(LOAN, START, yuan("1000"), SHORTEN_TERM))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScheduleRevision.prepay(LOAN, LocalDate.of(2025, 1, 15), yuan("1000"), SHORTEN_TERM))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScheduleRevision.prepay(LOAN, on, Money.zero(), SHORTEN_TERM))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void on_the_periodic_rate_a_prepayment_between_due_dates_charges_the_broken_period_pro_rata() {
        RepaymentSchedule periodic = RepaymentSchedule.of(new ScheduleTerms(Money.of("1000000"), Rate.percent("4.35"), START, 12,
                PeriodFrequency.MONTHLY, RepaymentMethod.EQUAL_INSTALMENTS, DayCount.ACT_360, InterestBasis.PERIODIC_RATE,
                ScheduleRounding.HALF_UP_TO_FEN));

        // 85,309.90 a month; 671,479.45 owed after four; prepaying 100,000 on May 25 leaves 571,479.45 for the broken
        // period May 25 → Jun 15: 21 of the grid period's 31 days at 4.35% ÷ 12, 571,479.45 × 0.3625% × 21/31 = 1,403.35.
        RepaymentSchedule revised = ScheduleRevision.prepay(periodic, LocalDate.of(2024, 5, 25), yuan("100000"), SHORTEN_TERM);
        assertThat(revised.first().dueDate()).isEqualTo(LocalDate.of(2024, 6, 15));
        assertThat(revised.first().interest()).isEqualTo(yuan("1403.35"));
        assertThat(revised.first().principal()).isEqualTo(yuan("83906.55"));
        assertThat(revised.last().payment()).isEqualTo(yuan("67063.47"));
        assertThat(revised.size()).isEqualTo(7);
        // the accrued interest the borrower pays with it: 671,479.45 × 0.3625% × 10/31 = 785.20
        assertThat(ScheduleRevision.interestAccruedTo(periodic, LocalDate.of(2024, 5, 25))).isEqualTo(yuan("785.20"));
        assertThat(ScheduleRevision.prepay(periodic, LocalDate.of(2024, 5, 15), yuan("100000"), SHORTEN_TERM).first().number())
                .isEqualTo(5);
    }

    @Test
    void repricing_after_month_6_to_3_45_percent_re_amortises_to_the_same_maturity() {
        RepaymentSchedule repriced = ScheduleRevision.reprice(LOAN, LocalDate.of(2024, 7, 15), Rate.percent("3.45"));

        // 505,446.68 over 6 months at 3.45% by their days: 85,111.11; Jul 15 → Aug 15 interest
        // 505,446.68 × 3.45% × 31 / 360 = 1,501.60.
        assertThat(repriced.terms().annualRate()).isEqualTo(Rate.percent("3.45"));
        assertThat(repriced.terms().principal()).isEqualTo(yuan("505446.68"));
        assertThat(repriced.instalments()).extracting(Instalment::number).containsExactly(7, 8, 9, 10, 11, 12);
        assertThat(repriced.first().payment()).isEqualTo(yuan("85111.11"));
        assertThat(repriced.first().interest()).isEqualTo(yuan("1501.60"));
        assertThat(repriced.last().payment()).isEqualTo(yuan("85111.11"));
        assertThat(repriced.terms().maturityDate()).isEqualTo(LOAN.terms().maturityDate());
    }

    @Test
    void a_floating_rate_is_the_one_year_lpr_in_force_plus_the_spread() {
        LprTable lpr = LprTable.published();
        assertThat(ScheduleRevision.floatingRate(lpr, LocalDate.of(2024, 10, 21), 50)).isEqualTo(Rate.percent("3.60"));
        assertThat(ScheduleRevision.floatingRate(lpr, LocalDate.of(2024, 10, 20), 50)).isEqualTo(Rate.percent("3.85"));
        assertThat(ScheduleRevision.floatingRate(lpr, LocalDate.of(2025, 6, 1), -20)).isEqualTo(Rate.percent("2.80"));
    }

    @ParameterizedTest(name = "disbursed {0}, after {1} → {2}")
    @CsvSource({
            "2024-03-15, 2024-03-14, 2025-03-15",
            "2024-03-15, 2024-03-15, 2025-03-15",
            "2024-03-15, 2025-03-15, 2026-03-15",
            "2024-03-15, 2027-01-01, 2027-03-15",
            "2023-02-28, 2024-01-10, 2024-02-29",
            "2024-02-29, 2025-02-28, 2026-02-28",
            "2024-01-31, 2020-01-01, 2025-01-31"})
    void repricing_falls_on_the_next_anniversary_of_disbursement(LocalDate disbursed, LocalDate after, LocalDate next) {
        assertThat(ScheduleRevision.nextRepricingDate(disbursed, after)).isEqualTo(next);
    }

    @Test
    void an_extension_re_amortises_the_balance_to_a_later_maturity() {
        RepaymentSchedule loan = RepaymentSchedule.of(terms("1200000", "3.6", 12, RepaymentMethod.EQUAL_PRINCIPAL));

        RepaymentSchedule extended = ScheduleRevision.reschedule(loan, loan, LocalDate.of(2024, 10, 15), 6);

        // 300,000 left after nine shares, over 3 + 6 periods: 33,333.33 each, the last 33,333.36.
        assertThat(extended.size()).isEqualTo(9);
        assertThat(extended.first().number()).isEqualTo(10);
        assertThat(extended.first().dueDate()).isEqualTo(LocalDate.of(2024, 11, 15));
        assertThat(extended.first().principal()).isEqualTo(yuan("33333.33"));
        assertThat(extended.last().principal()).isEqualTo(yuan("33333.36"));
        assertThat(extended.terms().maturityDate()).isEqualTo(LocalDate.of(2025, 7, 15));

        // Six months already; seven more would make 13 > the 12-month original term.
        assertThatThrownBy(() -> ScheduleRevision.reschedule(extended, loan, LocalDate.of(2025, 1, 15), 7))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("短期贷款展期期限累计不得超过原贷款期限");
        assertThat(ScheduleRevision.reschedule(extended, loan, LocalDate.of(2025, 1, 15), 6).terms().maturityDate())
                .isEqualTo(LocalDate.of(2026, 1, 15));
    }

    @ParameterizedTest(name = "{0} months, {1} already + {2} more → allowed {3}")
    @CsvSource({
            "12, 0, 12, true",
            "12, 0, 13, false",
            "12, 6, 7, false",
            "6, 0, 6, true",
            "6, 0, 7, false",
            "13, 0, 6, true",
            "13, 0, 7, false",
            "15, 0, 7, true",
            "15, 0, 8, false",
            "36, 10, 8, true",
            "36, 10, 9, false",
            "60, 0, 30, true",
            "60, 0, 31, false",
            "61, 0, 36, true",
            "61, 0, 37, false",
            "120, 30, 6, true",
            "120, 30, 7, false"})
    void extension_limits_of_article_12(int months, int already, int extra, boolean allowed) {
        ScheduleTerms original = terms("100000", "4", months, RepaymentMethod.EQUAL_INSTALMENTS);
        assertThat(ScheduleRevision.extensionAllowed(original, already, extra, START.plusMonths(1)).isAllowed()).isEqualTo(allowed);
    }

    @Test
    void extension_limits_count_months_for_quarterly_loans() {
        ScheduleTerms sixYears = new ScheduleTerms(Money.of("100000"), Rate.percent("4"), START, 24, PeriodFrequency.QUARTERLY,
                RepaymentMethod.EQUAL_PRINCIPAL, DayCount.ACT_360, InterestBasis.DAY_COUNT, ScheduleRounding.HALF_UP_TO_FEN);
        assertThat(ScheduleRevision.extensionAllowed(sixYears, 0, 12, START).isAllowed()).isTrue();
        assertThat(ScheduleRevision.extensionAllowed(sixYears, 0, 13, START).isAllowed()).isFalse();
    }

    @Test
    void refusals_cite_article_12_in_both_languages() {
        ScheduleTerms original = terms("100000", "4", 24, RepaymentMethod.EQUAL_INSTALMENTS);
        Decision tooLong = ScheduleRevision.extensionAllowed(original, 0, 13, START);
        assertThat(tooLong.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.rule()).isEqualTo(ScheduleRevision.EXTENSION_MEDIUM_TERM);
            assertThat(reason.zh()).isEqualTo("中期贷款展期期限累计不得超过原贷款期限的一半（原期限 24 个月，累计展期 13 个月）");
            assertThat(reason.en()).isEqualTo("the cumulative extension of a medium-term loan may not exceed half its original term (24 months; extension 13 months)");
        });

        Decision late = ScheduleRevision.extensionAllowed(original, 0, 1, LocalDate.of(2026, 1, 15));
        assertThat(late.zh()).isEqualTo("展期须在贷款到期日（2026-01-15）之前申请，申请日 2026-01-15");
        assertThat(late.en()).contains("before the maturity date 2026-01-15");
        // After a 6-month extension the maturity is 2026-07-15, so a request on 2026-03-01 is in time.
        assertThat(ScheduleRevision.extensionAllowed(original, 6, 1, LocalDate.of(2026, 3, 1)).isAllowed()).isTrue();
        Decision longLoan = ScheduleRevision.extensionAllowed(terms("100000", "4", 120, RepaymentMethod.EQUAL_INSTALMENTS), 0, 37, START);
        assertThat(longLoan.zh()).isEqualTo("长期贷款展期期限累计不得超过3年（累计展期 37 个月）");
    }
}
