package cn.ipfin.core.valuation;

import cn.ipfin.core.asset.IpKind;
import cn.ipfin.core.asset.LegalStatus;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.money.Rate;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Relief-from-royalty (分成率法) worked examples published for the Chinese valuer's examination and the self-study
 * course 资产评估, reproduced with the engine. The publications state their results in 万元 to 2 decimals (100 yuan);
 * each test asserts that figure and, to the yuan, the figure the published inputs give in exact arithmetic (shown in
 * the comment). The engine's base is whatever the split applies to: the examples use a profit split (利润分成率) on
 * profit, or a revenue split derived from one; the arithmetic is the same.
 *
 * <p>Parameters common to the examples: no score adjustment, no decay, end-year discounting (the textbooks discount
 * year k over k full years), and an economic life equal to the stated remaining life, well inside the legal term.
 */
class IncomeApproachWorkedExamplesTest {

    private static final LocalDate VALUED_ON = LocalDate.of(2024, 1, 1);

    private static IncomeParameters textbook(String split, int years, int factorScale) {
        return new IncomeParameters("textbook", Rate.percent(split), BigDecimal.valueOf(years), Rate.percent("6"), Rate.percent("4"),
                TimingConvention.END_YEAR, BigDecimal.ZERO, ScoreAdjustment.NONE, factorScale);
    }

    private static ValuationSubject patentFiledIn2020() {
        return new ValuationSubject(IpKind.INVENTION_PATENT, LegalStatus.IN_FORCE, LocalDate.of(2020, 1, 1), VALUED_ON);
    }

    private static List<Money> wan(long... tenThousands) {
        return java.util.Arrays.stream(tenThousands).mapToObj(w -> Money.ofYuan(w * 10_000)).toList();
    }

    /*
     * Source: 资产评估实务（二） examination question "甲企业拥有一项专利技术，重置成本为100万元 … 成本利润率为500% …
     * 乙企业 … 重置成本为3000万元，成本利润率为10% … 未来5年该专利技术的净收益分别为400万元、420万元、430万元、
     * 450万元和440万元，风险报酬率为6%，国库券利率为4%", published with its answer in "2023年资产评估实务(二)考试精选
     * 试题与答案", https://www.niusouti.com/exam/i40aFJ.html, and with the table-factor working in
     * http://dfrtw.com/zhuanlichaxun/70401.html. The same problem appears in the 自考 资产评估 (00158) question banks.
     * Split = 600 / (600 + 3300) printed as 15.39%; r = 6% + 4% = 10%.
     * Published: 评估值 = Σ profit_k × 15.39% × (1 + 10%)^−k = 248.45 万元.
     * Exact: 15.39% × (400/1.1 + 420/1.1² + 430/1.1³ + 450/1.1⁴ + 440/1.1⁵) 万元 = 2,484,516.36 yuan.
     * Engine: royalties 615,600.00, 646,380.00, 661,770.00, 692,550.00, 677,160.00; PVs 559,636.36 + 534,198.35
     * + 497,197.60 + 473,020.97 + 420,463.08 = 2,484,516.36.
     */
    @Test
    void a_five_year_profit_split_of_15_39_percent_at_10_percent_is_worth_248_45_wan() {
        IncomeValuation v = new IncomeApproach(textbook("15.39", 5, 10)).value(patentFiledIn2020(), wan(400, 420, 430, 450, 440));

        assertThat(v.valueInTenThousands()).isEqualByComparingTo("248.45");
        assertThat(v.valueInYuan()).isEqualTo(Money.of("2484516.00"));
        assertThat(v.years()).extracting(IncomeYear::royalty).containsExactly(
                Money.of("615600.00"), Money.of("646380.00"), Money.of("661770.00"), Money.of("692550.00"), Money.of("677160.00"));
    }

    /*
     * The same example as the table working of http://dfrtw.com/zhuanlichaxun/70401.html, which uses the 4-decimal
     * present-value factors of the printed table: [400×0.9091 + 420×0.8264 + 430×0.7513 + 450×0.6830 + 440×0.6209]
     * × 15.39% = 1,614.333 × 15.39% = 248.4458487 万元 = 2,484,458.49 yuan, printed as 248.45 万元.
     * Engine with discountFactorScale 4: PVs 559,641.96 + 534,168.43 + 497,187.80 + 473,011.65 + 420,448.64
     * = 2,484,458.48 (each year rounded to the fen), the same to the yuan: 2,484,458.
     */
    @Test
    void the_same_example_with_printed_4_decimal_factors_matches_the_table_working_to_the_yuan() {
        IncomeValuation v = new IncomeApproach(textbook("15.39", 5, 4)).value(patentFiledIn2020(), wan(400, 420, 430, 450, 440));

        assertThat(v.years()).extracting(IncomeYear::discountFactor).containsExactly(
                new BigDecimal("0.9091"), new BigDecimal("0.8264"), new BigDecimal("0.7513"), new BigDecimal("0.6830"), new BigDecimal("0.6209"));
        assertThat(v.value()).isEqualTo(Money.of("2484458.48"));
        assertThat(v.valueInYuan()).isEqualTo(Money.of("2484458.00"));
        assertThat(v.valueInTenThousands()).isEqualByComparingTo("248.45");
    }

    /*
     * Source: 中华考试网 资产评估师《资产评估实务（二）》模拟题, http://examw.com/pinggu/Finance/moniti/580533/index-3.html
     * (patent licensed under a profit split, 约当投资分成法): split = 440 / (4500 + 440) = 8.91%; profits 2,000, 2,000,
     * 1,000, 1,000, 600 万元; r = 10%.
     * Published: 2000×(P/A,10%,2) + 1000×(P/F,10%,3) + 1000×(P/F,10%,4) + 600×(P/F,10%,5) = 5,277.96 万元;
     * 评估值 = 5,277.96 × 8.91% = 470.27 万元.
     * Exact: 8.91% × 5,277.955529… 万元 = 4,702,658.29 yuan.
     * Engine: royalties 1,782,000.00 ×2, 891,000.00 ×2, 534,600.00; PVs 1,620,000.00 + 1,472,727.27 + 669,421.49
     * + 608,564.99 + 331,944.54 = 4,702,658.29.
     */
    @Test
    void an_8_91_percent_profit_split_on_falling_profits_is_worth_470_27_wan() {
        IncomeValuation v = new IncomeApproach(textbook("8.91", 5, 10)).value(patentFiledIn2020(), wan(2000, 2000, 1000, 1000, 600));

        assertThat(v.value()).isEqualTo(Money.of("4702658.29"));
        assertThat(v.valueInYuan()).isEqualTo(Money.of("4702658.00"));
        assertThat(v.valueInTenThousands()).isEqualByComparingTo("470.27");
    }

    /*
     * Source: 资产评估师 examination question, https://kaotiyun.com/show/QnOr777K: A licenses a trademark to B for 3
     * years at 25% of the profit the mark brings; B sells 20万台 a year at 100 元, profit margin 20%; r = 10%.
     * Published: 20 × 100 × 20% × 25% × [1 − (1 + 10%)^−3] / 10% = 100 × 2.4869 = 248.69 万元, with the remark
     * "关注利润分成率和收入分成率之间的关系": a 25% profit split at a 20% margin is a 5% revenue split.
     * Exact: 1,000,000 × 2.486851991 = 2,486,851.99 yuan.
     * Engine (trademark, revenue 2,000 万元 a year, revenue split 5%, 3-year licence as the economic life): royalty
     * 1,000,000.00 a year; PVs 909,090.91 + 826,446.28 + 751,314.80 = 2,486,851.99.
     */
    @Test
    void a_three_year_trademark_licence_at_a_5_percent_revenue_split_is_worth_248_69_wan() {
        ValuationSubject mark = new ValuationSubject(IpKind.TRADEMARK, LegalStatus.IN_FORCE, LocalDate.of(2015, 5, 1), VALUED_ON);
        IncomeValuation v = new IncomeApproach(textbook("5", 3, 10)).value(mark, wan(2000));

        assertThat(v.legalRemainingYears()).isNull();
        assertThat(v.value()).isEqualTo(Money.of("2486851.99"));
        assertThat(v.valueInTenThousands()).isEqualByComparingTo("248.69");
    }
}
