package cn.ipfin.core.schedule;

import static cn.ipfin.core.lending.RepaymentMethod.EQUAL_INSTALMENTS;
import static cn.ipfin.core.lending.RepaymentMethod.EQUAL_PRINCIPAL;
import static cn.ipfin.core.schedule.ScheduleTermsFixture.aLoan;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ipfin.core.money.DayCount;
import cn.ipfin.core.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The examples every Chinese bank's mortgage calculator (e.g. 中国建设银行、招商银行 "房贷计算器") and the articles built on
 * them publish for 贷款 100 万元 at 4.9%（2015–2019 五年以上贷款基准利率）, monthly, 月利率 = 年利率 ÷ 12:
 * <ul>
 *   <li>30 年（360 期）等额本息：月供 5,307.27 元，利息总额 910,616.19 元；等额本金：首月 6,861.11 元（本金 2,777.78 + 利息
 *       4,083.33），每月递减 11.34 元，利息总额 737,041.67 元；</li>
 *   <li>20 年（240 期）：月供 6,544.44 元，利息总额 570,665.72 元（ScheduleWorkedExamplesTest has the line-by-line figures）；</li>
 *   <li>10 年（120 期）：月供 10,557.74 元，利息总额 266,928.75 元；等额本金首月 12,416.67 元，每月递减 34.03 元.</li>
 * </ul>
 * Calculators print totals from the unrounded payment (5,307.267… × 360 − 1,000,000); a schedule pays whole fen, so its
 * fen-exact totals differ by the rounding, and the last line absorbs it. Every figure below was recomputed independently
 * with exact decimals (a separate implementation of the same formulas) before it was written here.
 */
class BankCalculatorExamplesTest {

    private static final LocalDate START = LocalDate.of(2024, 1, 15);

    private static Money yuan(String amount) {
        return Money.of(amount);
    }

    /** The calculators' closed form, unrounded: P·r(1+r)^n / ((1+r)^n − 1), r = 4.9% ÷ 12. */
    private static BigDecimal unroundedPayment(int months) {
        MathContext mc = MathContext.DECIMAL128;
        BigDecimal r = new BigDecimal("0.049").divide(BigDecimal.valueOf(12), mc);
        BigDecimal growth = BigDecimal.ONE.add(r).pow(months, mc);
        return new BigDecimal("1000000").multiply(r).multiply(growth).divide(growth.subtract(BigDecimal.ONE), mc);
    }

    @ParameterizedTest(name = "{0} months: {1} a month, calculator interest {2}, schedule last {3}, schedule interest {4}")
    @CsvSource({
            "360, 5307.27, 910616.19, 5305.19, 910615.12",
            "240, 6544.44, 570665.72, 6544.51, 570665.67",
            "120, 10557.74, 266928.75, 10557.73, 266928.79"})
    void equal_instalments_on_the_monthly_basis_pay_what_the_bank_calculators_publish(int months, String payment,
                                                                                       String calculatorInterest, String last,
                                                                                       String scheduleInterest) {
        RepaymentSchedule schedule = aLoan().principal("1000000").ratePercent("4.9").startingOn(START).months(months)
                .method(EQUAL_INSTALMENTS).periodicRate().schedule();

        assertThat(unroundedPayment(months).multiply(BigDecimal.valueOf(months)).subtract(new BigDecimal("1000000"))
                .setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo(calculatorInterest);
        assertThat(schedule.instalments().subList(0, months - 1)).extracting(Instalment::payment).containsOnly(yuan(payment));
        // the last line is within a few fen of the others: no balloon
        assertThat(schedule.last().payment()).isEqualTo(yuan(last));
        assertThat(schedule.totalInterest()).isEqualTo(yuan(scheduleInterest));
        assertThat(schedule.totalPrincipal()).isEqualTo(yuan("1000000.00"));
    }

    @ParameterizedTest(name = "{0} months: first {1}, then {2} less a month")
    @CsvSource({
            // 1,000,000 ÷ 360 = 2,777.78 + 1,000,000 × 4.9% ÷ 12 = 4,083.33; 2,777.78 × 4.9% ÷ 12 = 11.34
            "360, 2777.78, 6861.11, 11.34, 2788.32, 737041.08",
            "240, 4166.67, 8250.00, 17.01, 4182.88, 492041.29",
            // calculators print 12,416.67 and 34.03 from the unrounded 8,333.333… share; the schedule rounds each part
            // (8,333.33 + 4,083.33), and two rounded interests differ by 34.02
            "120, 8333.33, 12416.66, 34.02, 8367.76, 247041.76"})
    void equal_principal_on_the_monthly_basis_starts_where_the_bank_calculators_start(int months, String share, String first,
                                                                                      String decrease, String last,
                                                                                      String totalInterest) {
        RepaymentSchedule schedule = aLoan().principal("1000000").ratePercent("4.9").startingOn(START).months(months)
                .method(EQUAL_PRINCIPAL).periodicRate().schedule();

        assertThat(schedule.first().principal()).isEqualTo(yuan(share));
        assertThat(schedule.first().interest()).isEqualTo(yuan("4083.33"));
        assertThat(schedule.first().payment()).isEqualTo(yuan(first));
        assertThat(schedule.first().payment().minus(schedule.instalment(2).payment())).isEqualTo(yuan(decrease));
        assertThat(schedule.last().payment()).isEqualTo(yuan(last));
        assertThat(schedule.totalInterest()).isEqualTo(yuan(totalInterest));
    }

    /**
     * 按日计息: the same 30-year loan with interest by actual days. The level payment is the one that repays the loan under
     * each month's daily rate (4.9% × days ÷ 360 or ÷ 365), so it stays level to the last line. Before this was fixed,
     * the payment was computed at 4.9% ÷ 12 (5,307.27) and split by ACT/360 days, leaving a last instalment of 41,150.50.
     * No bank publishes these figures; they were computed independently with exact decimals.
     */
    @ParameterizedTest(name = "{0}: {1} a month, last {2}")
    @CsvSource({
            "ACT_360, 5350.56, 5350.93, 926201.97",
            "ACT_365F, 5309.09, 5305.85, 911269.16"})
    void equal_instalments_by_actual_days_stay_level_over_30_years(DayCount dayCount, String payment, String last,
                                                                   String totalInterest) {
        RepaymentSchedule schedule = aLoan().principal("1000000").ratePercent("4.9").startingOn(START).months(360)
                .method(EQUAL_INSTALMENTS).dayCount(dayCount).schedule();

        assertThat(schedule.instalments().subList(0, 359)).extracting(Instalment::payment).containsOnly(yuan(payment));
        assertThat(schedule.last().payment()).isEqualTo(yuan(last));
        assertThat(schedule.totalInterest()).isEqualTo(yuan(totalInterest));
        // Jan 15 → Feb 15 is 31 days: 1,000,000 × 4.9% × 31 ÷ 360 = 4,219.44 (÷ 365: 4,161.64)
        assertThat(schedule.first().interest()).isEqualTo(yuan(dayCount == DayCount.ACT_360 ? "4219.44" : "4161.64"));
    }

    @ParameterizedTest(name = "{0}: first {1}, last {2}")
    @CsvSource({
            "ACT_360, 6997.22, 2788.70, 747747.71",
            "ACT_365F, 6939.42, 2788.54, 737504.60"})
    void equal_principal_by_actual_days_charges_each_month_its_days(DayCount dayCount, String first, String last,
                                                                    String totalInterest) {
        RepaymentSchedule schedule = aLoan().principal("1000000").ratePercent("4.9").startingOn(START).months(360)
                .method(EQUAL_PRINCIPAL).dayCount(dayCount).schedule();

        assertThat(schedule.first().payment()).isEqualTo(yuan(first));
        assertThat(schedule.last().payment()).isEqualTo(yuan(last));
        assertThat(schedule.totalInterest()).isEqualTo(yuan(totalInterest));
    }

    @Test
    void the_monthly_basis_charges_february_the_same_as_january() {
        RepaymentSchedule schedule = aLoan().principal("1000000").ratePercent("4.9").startingOn(LocalDate.of(2028, 1, 31))
                .months(3).method(EQUAL_PRINCIPAL).periodicRate().schedule();

        // Jan 31 → Feb 29 (29 days) and Feb 29 → Mar 31 (31 days) both earn a twelfth of a year
        assertThat(schedule.first().dueDate()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(schedule.first().interest()).isEqualTo(yuan("4083.33"));
    }
}
