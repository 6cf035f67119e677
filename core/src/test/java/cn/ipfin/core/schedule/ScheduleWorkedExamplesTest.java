package cn.ipfin.core.schedule;

import static cn.ipfin.core.lending.RepaymentMethod.BULLET;
import static cn.ipfin.core.lending.RepaymentMethod.EQUAL_INSTALMENTS;
import static cn.ipfin.core.lending.RepaymentMethod.EQUAL_PRINCIPAL;
import static cn.ipfin.core.lending.RepaymentMethod.INTEREST_ONLY_THEN_PRINCIPAL;
import static cn.ipfin.core.schedule.ScheduleTermsFixture.aLoan;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ipfin.core.money.DayCount;
import cn.ipfin.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Schedules checked against figures published outside this project, each cited where it is used. */
class ScheduleWorkedExamplesTest {

    private static Money yuan(String amount) {
        return Money.of(amount);
    }

    /*
     * The example every Chinese bank calculator and mortgage article uses: 贷款 100 万元、20 年（240 期）、年利率 4.9%
     * （2015–2019 五年以上贷款基准利率）；等额本息月供 6,544.44 元；等额本金首月 8,250.00 元（本金 4,166.67 + 利息 4,083.33），
     * 此后逐月递减 17.01 元（4,166.67 × 4.9% ÷ 12）。
     */
    @Test
    void equal_instalments_on_one_million_over_20_years_at_4_9_pays_6544_44_a_month() {
        RepaymentSchedule schedule = aLoan().principal("1000000").ratePercent("4.9").months(240).method(EQUAL_INSTALMENTS).schedule();

        assertThat(schedule.first().payment()).isEqualTo(yuan("6544.44"));
        assertThat(schedule.first().interest()).isEqualTo(yuan("4083.33"));
        assertThat(schedule.first().principal()).isEqualTo(yuan("2461.11"));
        assertThat(schedule.instalments().subList(0, 239)).allSatisfy(line -> assertThat(line.payment()).isEqualTo(yuan("6544.44")));
        // The last line pays the remaining 6,517.90 plus 26.61 interest: 7 fen more than the others, the accumulated
        // rounding. Total interest is therefore 6,544.44 × 240 − 1,000,000 = 570,665.60, plus those 7 fen.
        assertThat(schedule.last().payment()).isEqualTo(yuan("6544.51"));
        assertThat(schedule.totalInterest()).isEqualTo(yuan("570665.67"));
        assertThat(schedule.totalPrincipal()).isEqualTo(yuan("1000000.00"));
    }

    @Test
    void equal_principal_on_one_million_over_20_years_at_4_9_starts_at_8250_and_falls_17_01_a_month() {
        RepaymentSchedule schedule = aLoan().principal("1000000").ratePercent("4.9").months(240).method(EQUAL_PRINCIPAL).schedule();

        assertThat(schedule.first().principal()).isEqualTo(yuan("4166.67"));
        assertThat(schedule.first().interest()).isEqualTo(yuan("4083.33"));
        assertThat(schedule.first().payment()).isEqualTo(yuan("8250.00"));
        assertThat(schedule.first().payment().minus(schedule.instalment(2).payment())).isEqualTo(yuan("17.01"));
        // The closed form P·r·(n+1)/2 = 492,041.67 uses an unrounded share of 4,166.666…; the schedule repays 4,166.67
        // (a third of a fen more) each month, so the balance is slightly lower and the fen-exact total is 38 fen less.
        assertThat(schedule.totalInterest()).isEqualTo(yuan("492041.29"));
        assertThat(schedule.last().principal()).isEqualTo(yuan("4165.87"));
        assertThat(schedule.totalPrincipal()).isEqualTo(yuan("1000000.00"));
    }

    /*
     * One year in 12 months: 100,000 at 6% (0.5% a month). Annuity 100000 × 0.005 / (1 − 1.005^−12) = 8,606.64, as
     * Excel's =PMT(6%/12, 12, −100000) gives; first month 500.00 interest + 8,106.64 principal. 等额本金: total
     * interest P·r·(n+1)/2 = 100000 × 0.005 × 13 / 2 = 3,250.00 exactly, since 1/12 of the balance rounds evenly.
     */
    @Test
    void one_year_of_monthly_equal_instalments_at_6_percent() {
        RepaymentSchedule schedule = aLoan().principal("100000").ratePercent("6").months(12).method(EQUAL_INSTALMENTS).schedule();

        assertThat(schedule.first().payment()).isEqualTo(yuan("8606.64"));
        assertThat(schedule.first().interest()).isEqualTo(yuan("500.00"));
        assertThat(schedule.first().principal()).isEqualTo(yuan("8106.64"));
        assertThat(schedule.last().payment()).isEqualTo(yuan("8606.69"));
        assertThat(schedule.totalInterest()).isEqualTo(yuan("3279.73"));
    }

    @Test
    void one_year_of_monthly_equal_principal_at_6_percent_earns_the_closed_form_interest() {
        RepaymentSchedule schedule = aLoan().principal("100000").ratePercent("6").months(12).method(EQUAL_PRINCIPAL).schedule();

        assertThat(schedule.first().payment()).isEqualTo(yuan("8833.33"));
        assertThat(schedule.last().principal()).isEqualTo(yuan("8333.37"));
        assertThat(schedule.totalInterest()).isEqualTo(yuan("3250.00"));
    }

    /*
     * Microsoft's documentation of Excel's PMT function (support.microsoft.com, "PMT function", first example):
     * $10,000 at 8% a year repaid in 10 monthly payments → =PMT(8%/12, 10, 10000) = ($1,037.03).
     */
    @Test
    void excel_pmt_documentation_example_pays_1037_03() {
        RepaymentSchedule schedule = aLoan().principal("10000").ratePercent("8").months(10).method(EQUAL_INSTALMENTS).schedule();

        assertThat(schedule.first().payment()).isEqualTo(yuan("1037.03"));
    }

    /*
     * Apache Fineract, repository apache/fineract, class
     * org.apache.fineract.portfolio.loanproduct.calc.ProgressiveEMICalculatorTest, test
     * testEMICalculation_disbursedAmt100_dayInYears360_daysInMonth30_repayEvery1Month: 100 disbursed 2024-01-01,
     * 9.4822% nominal, 6 monthly periods, days in year 360 and days in month 30 (our 30E/360 day count; every period
     * here runs from the 1st to the 1st, so it equals rate ÷ 12 = 0.007901833333), declining balance equal instalments.
     * Expected per period (payment, interest, principal, balance): checkPeriod(…, 17.13, …, 0.79, 16.34, 83.66) etc.
     */
    @ParameterizedTest(name = "{0} basis")
    @CsvSource({"DAY_COUNT", "PERIODIC_RATE"})
    void fineract_progressive_emi_100_at_9_4822_over_6_months(InterestBasis basis) {
        ScheduleTermsFixture loan = aLoan().principal("100").ratePercent("9.4822").months(6)
                .startingOn(LocalDate.of(2024, 1, 1)).method(EQUAL_INSTALMENTS).dayCount(DayCount.THIRTY_360);
        if (basis == InterestBasis.PERIODIC_RATE) loan.periodicRate();
        RepaymentSchedule schedule = loan.schedule();

        record Line(String payment, String interest, String principal, String balance) { }
        List<Line> fineract = List.of(
                new Line("17.13", "0.79", "16.34", "83.66"),
                new Line("17.13", "0.66", "16.47", "67.19"),
                new Line("17.13", "0.53", "16.60", "50.59"),
                new Line("17.13", "0.40", "16.73", "33.86"),
                new Line("17.13", "0.27", "16.86", "17.00"),
                new Line("17.13", "0.13", "17.00", "0.00"));
        for (int i = 0; i < fineract.size(); i++) {
            Instalment line = schedule.instalment(i + 1);
            Line expected = fineract.get(i);
            assertThat(line.payment()).as("payment %d", i + 1).isEqualTo(yuan(expected.payment()));
            assertThat(line.interest()).as("interest %d", i + 1).isEqualTo(yuan(expected.interest()));
            assertThat(line.principal()).as("principal %d", i + 1).isEqualTo(yuan(expected.principal()));
            assertThat(line.closingBalance()).as("balance %d", i + 1).isEqualTo(yuan(expected.balance()));
        }
        assertThat(schedule.last().dueDate()).isEqualTo(LocalDate.of(2024, 7, 1));
    }

    @Test
    void interest_only_then_principal_pays_flat_interest_and_the_principal_last() {
        RepaymentSchedule schedule = aLoan().principal("1000000").ratePercent("3.6").quarters(4).method(INTEREST_ONLY_THEN_PRINCIPAL).schedule();

        // 1,000,000 × 3.6% ÷ 4 = 9,000.00 a quarter.
        assertThat(schedule.instalments()).extracting(Instalment::interest).containsOnly(yuan("9000.00"));
        assertThat(schedule.instalments().subList(0, 3)).extracting(Instalment::principal).containsOnly(Money.zero());
        assertThat(schedule.last().payment()).isEqualTo(yuan("1009000.00"));
        assertThat(schedule.last().dueDate()).isEqualTo(LocalDate.of(2025, 1, 15));
    }

    @Test
    void bullet_by_act_360_earns_interest_for_the_actual_days_of_the_term() {
        RepaymentSchedule schedule = aLoan().principal("1000000").ratePercent("3.6").months(12)
                .startingOn(LocalDate.of(2024, 1, 15)).method(BULLET).dayCount(DayCount.ACT_360).schedule();

        // 2024-01-15 → 2025-01-15 is 366 days (leap year): 1,000,000 × 3.6% × 366 / 360 = 36,600.00.
        assertThat(schedule.instalments()).hasSize(1);
        assertThat(schedule.first().interest()).isEqualTo(yuan("36600.00"));
        assertThat(schedule.first().payment()).isEqualTo(yuan("1036600.00"));
    }

    @Test
    void a_loan_started_at_month_end_falls_due_at_every_month_end() {
        RepaymentSchedule schedule = aLoan().startingOn(LocalDate.of(2024, 1, 31)).months(4).schedule();

        assertThat(schedule.instalments()).extracting(Instalment::dueDate).containsExactly(
                LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 31), LocalDate.of(2024, 4, 30), LocalDate.of(2024, 5, 31));
    }

    @Test
    void a_loan_started_on_the_30th_keeps_the_30th_after_february() {
        RepaymentSchedule schedule = aLoan().startingOn(LocalDate.of(2023, 1, 30)).months(3).schedule();

        assertThat(schedule.instalments()).extracting(Instalment::dueDate).containsExactly(
                LocalDate.of(2023, 2, 28), LocalDate.of(2023, 3, 30), LocalDate.of(2023, 4, 30));
    }

    @Test
    void february_28_in_a_common_year_is_a_month_end() {
        RepaymentSchedule schedule = aLoan().startingOn(LocalDate.of(2023, 2, 28)).months(2).schedule();

        assertThat(schedule.instalments()).extracting(Instalment::dueDate).containsExactly(
                LocalDate.of(2023, 3, 31), LocalDate.of(2023, 4, 30));
    }
}
