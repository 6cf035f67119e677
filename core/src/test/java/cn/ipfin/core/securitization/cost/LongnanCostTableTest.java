package cn.ipfin.core.securitization.cost;

import cn.ipfin.core.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Longnan 附件2: "按知识产权证券化项目发行规模 1 亿元测算，预计需 405-506 万元经费，其中担保费用 100-150 万元，服务机构费用
 * 305-356 万元", and each line of the 成本测算对比表 against its own 费率.
 */
class LongnanCostTableTest {

    private final CostEstimate estimate = LongnanCostTable.estimate();

    @Test
    void reproducesTheAttachmentsTotals() {
        assertThat(estimate.servicesTotal()).isEqualTo(AmountRange.wan(305, 356));
        assertThat(estimate.guaranteeAmount()).isEqualTo(AmountRange.wan(100, 150));
        assertThat(estimate.total()).isEqualTo(AmountRange.wan(405, 506));
        assertThat(estimate.total().low()).isEqualTo(Money.of("4050000.00"));
        assertThat(estimate.total().high()).isEqualTo(Money.of("5060000.00"));
    }

    /** Coupon 3% + 405万/1亿 = 7.05%; coupon 3.5% + 506万/1亿 = 8.56%. */
    @Test
    void allInAnnualCostIsCouponPlusCostsOverSizeAndTerm() {
        assertThat(estimate.allInLow()).isEqualByComparingTo("0.0705");
        assertThat(estimate.allInHigh()).isEqualByComparingTo("0.0856");
    }

    /** 0.2%–0.4% of 1亿 is 20–40万, the table quotes 60–70万: 40万 over at the low end, 30万 at the high end. */
    @Test
    void underwritingQuoteDisagreesWithItsRate() {
        FeeDiscrepancy d = estimate.discrepancy(LongnanCostTable.UNDERWRITING).orElseThrow();
        assertThat(d.byRate()).isEqualTo(AmountRange.wan(20, 40));
        assertThat(d.differenceLow()).isEqualTo(Money.ofYuan(400_000));
        assertThat(d.differenceHigh()).isEqualTo(Money.ofYuan(300_000));
        assertThat(d.explain()).contains("+400000.00/+300000.00");
    }

    /** 3.26% of the interest (1亿 × 3%–3.5% × 1年 = 300–350万) is 9.78–11.41万, the table quotes 12万. */
    @Test
    void vatQuoteDisagreesWithItsRate() {
        FeeDiscrepancy d = estimate.discrepancy(LongnanCostTable.VAT).orElseThrow();
        assertThat(d.byRate()).isEqualTo(new AmountRange(Money.ofYuan(97_800), Money.ofYuan(114_100)));
        assertThat(d.differenceLow()).isEqualTo(Money.ofYuan(22_200));
        assertThat(d.differenceHigh()).isEqualTo(Money.ofYuan(5_900));
    }

    /** Guarantee 1%–1.5%, bridge 0.03%–0.05%/天 × 3天 = 9–15万, 0.05%/年 = 5万, 0.02%/年 = 2万, audit ≤ 2万/年 all agree. */
    @Test
    void onlyThoseTwoLinesDisagree() {
        assertThat(estimate.discrepancies()).extracting(FeeDiscrepancy::line)
                .containsExactly(LongnanCostTable.UNDERWRITING, LongnanCostTable.VAT);
    }

    /** A 2亿元, 2-year issue with only rates known: per-year rates double twice, once-off rates and daily rates once. */
    @Test
    void ratesPriceAnotherIssueWithoutQuotes() {
        IssueTerms terms = new IssueTerms(Money.ofYuan(200_000_000), BigDecimal.valueOf(2), new BigDecimal("0.03"), new BigDecimal("0.03"));
        FeeLine guarantee = FeeLine.fromRate("担保费用", new FeeBasis.RateOfSize(new BigDecimal("0.01"), new BigDecimal("0.015"), true));
        CostEstimate e = CostEstimate.of(terms, guarantee, List.of(
                FeeLine.fromRate("承销", new FeeBasis.RateOfSize(new BigDecimal("0.002"), new BigDecimal("0.004"), false)),
                FeeLine.fromRate("过桥", new FeeBasis.DailyRateOfSize(new BigDecimal("0.0003"), new BigDecimal("0.0005"), 3)),
                FeeLine.fromRate("托管", new FeeBasis.RateOfSize(new BigDecimal("0.0002"), new BigDecimal("0.0002"), true)),
                FeeLine.fromRate("审计", new FeeBasis.CapPerYear(Money.ofYuan(20_000)))));
        assertThat(e.guaranteeAmount()).isEqualTo(AmountRange.wan(400, 600));
        // 40–80 + 18–30 + 8 + 4 = 70–122万
        assertThat(e.servicesTotal()).isEqualTo(AmountRange.wan(70, 122));
        // 3% + 470万/4亿 = 4.175%; 3% + 722万/4亿 = 4.805%
        assertThat(e.allInLow()).isEqualByComparingTo("0.04175");
        assertThat(e.allInHigh()).isEqualByComparingTo("0.04805");
        assertThat(e.discrepancies()).isEmpty();
    }

    /** 2亿元 for 1 year: negotiated quotes as quoted (252万 of them), the rated lines from their rates. */
    @Test
    void theTableAppliedToAnotherIssueKeepsQuotesAndPricesRates() {
        IssueTerms terms = new IssueTerms(Money.ofYuan(200_000_000), BigDecimal.ONE, new BigDecimal("0.03"), new BigDecimal("0.035"));
        CostEstimate e = LongnanCostTable.estimate(terms, new BigDecimal("0.01"), new BigDecimal("0.015"));
        assertThat(e.guaranteeAmount()).isEqualTo(AmountRange.wan(200, 300));
        // negotiated 30+100+20–30+20–30+30–40+15–20 = 215–250; underwriting 40–80; bridge 18–30; 10; 4; audit 2;
        // VAT 3.26% of 600–700万 = 19.56–22.82
        assertThat(e.servicesTotal()).isEqualTo(new AmountRange(Money.ofYuan(3_085_600), Money.ofYuan(3_988_200)));
        assertThat(e.discrepancies()).isEmpty();
        assertThat(LongnanCostTable.estimate(LongnanCostTable.terms(), new BigDecimal("0.01"), new BigDecimal("0.015")).total())
                .isEqualTo(AmountRange.wan(405, 506));
    }

    @Test
    void auditAboveItsCapIsFlagged() {
        FeeLine audit = FeeLine.quoted("年度审计费", AmountRange.wan(3, 3), new FeeBasis.CapPerYear(Money.ofYuan(20_000)));
        CostEstimate e = CostEstimate.of(LongnanCostTable.terms(), LongnanCostTable.guarantee(), List.of(audit));
        assertThat(e.discrepancy("年度审计费").orElseThrow().differenceHigh()).isEqualTo(Money.ofYuan(10_000));
    }

    @Test
    void refusesANegotiatedFeeWithoutAQuoteAndANonPositiveSize() {
        assertThatThrownBy(() -> FeeLine.fromRate("律所", new FeeBasis.Negotiated()))
                .hasMessageContaining("negotiated fee needs its quoted amount");
        assertThatThrownBy(() -> new IssueTerms(Money.zero(), BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO))
                .hasMessageContaining("issue size must be positive");
    }
}
