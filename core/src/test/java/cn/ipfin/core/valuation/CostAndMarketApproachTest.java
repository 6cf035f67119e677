package cn.ipfin.core.valuation;

import cn.ipfin.core.asset.IpKind;
import cn.ipfin.core.asset.LegalStatus;
import cn.ipfin.core.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CostAndMarketApproachTest {

    private static final ValuationSubject PATENT = new ValuationSubject(IpKind.INVENTION_PATENT, LegalStatus.IN_FORCE,
            LocalDate.of(2022, 3, 1), LocalDate.of(2025, 6, 30));

    /*
     * Hand-checked. Index 2022 = 100, 2023 = 102, 2025 = 106.
     *   R&D 800,000.00 (2022) × 106/100 = 1.060000 → 848,000.00
     *   registration 20,000.00 (2023) × 106/102 = 1.039216 → 20,784.32
     *   agency 30,000.00 (2023) × 1.039216 → 31,176.48
     *   indexed sum 899,960.80; × (1 + 10% profit) = 989,956.88 = replacement cost
     *   × (1 − 10% functional) × (1 − 5% economic) = × 0.855; × 7 / (3 + 7) = × 0.7
     *   989,956.88 × 0.5985 = 592,489.19268 → 592,489.19
     */
    @Test
    void replacement_cost_is_indexed_then_reduced_by_obsolescence_and_the_remaining_life_ratio() {
        CostBasis basis = new CostBasis(List.of(
                new CostItem(CostCategory.RESEARCH_AND_DEVELOPMENT, Money.of("800000.00"), 2022),
                new CostItem(CostCategory.REGISTRATION, Money.of("20000.00"), 2023),
                new CostItem(CostCategory.AGENCY, Money.of("30000.00"), 2023)),
                new PriceIndex(Map.of(2022, new BigDecimal("100"), 2023, new BigDecimal("102"), 2025, new BigDecimal("106"))),
                new BigDecimal("0.10"), new BigDecimal("0.10"), new BigDecimal("0.05"), BigDecimal.valueOf(3), BigDecimal.valueOf(7));

        CostApproach.CostValuation v = new CostApproach().value(PATENT, basis);

        assertThat(v.replacementCost()).isEqualTo(Money.of("989956.88"));
        assertThat(v.remainingLifeRatio()).isEqualByComparingTo("0.7");
        assertThat(v.value()).isEqualTo(Money.of("592489.19"));
    }

    /*
     * Source: examination question on a proprietary technology valued by the cost approach,
     * http://222.198.130.40:8081/view/Subject/showsubject.aspx?id=2a1318b7f5204d1790c0c2085865ed8f:
     * 重置成本 = (15 + 20 + 30 × 1.2) / (1 − 0.4) × (1 + 20%) = 142 万元; 贬值率 = 3 / (3 + 5) = 37.5%;
     * 评估值 = 142 × (1 − 37.5%) = 88.75 万元. Entered here as a replacement cost of 1,420,000.00 already stated at
     * today's prices, 3 years used and 5 left: 1,420,000.00 × 5/8 = 887,500.00.
     */
    @Test
    void a_replacement_cost_of_142_wan_with_3_of_8_years_used_is_worth_88_75_wan() {
        CostBasis basis = new CostBasis(List.of(new CostItem(CostCategory.RESEARCH_AND_DEVELOPMENT, Money.of("1420000.00"), 2025)),
                PriceIndex.flat(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.valueOf(3), BigDecimal.valueOf(5));

        assertThat(new CostApproach().value(PATENT, basis).value()).isEqualTo(Money.of("887500.00"));
    }

    @Test
    void the_cost_approach_values_a_lapsed_patent_at_zero() {
        ValuationSubject lapsed = new ValuationSubject(IpKind.INVENTION_PATENT, LegalStatus.LAPSED, LocalDate.of(2022, 3, 1), LocalDate.of(2025, 6, 30));
        CostBasis basis = new CostBasis(List.of(new CostItem(CostCategory.RESEARCH_AND_DEVELOPMENT, Money.of("1000000.00"), 2025)),
                PriceIndex.flat(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.TEN);

        assertThat(new CostApproach().value(lapsed, basis).value()).isEqualTo(Money.zero());
    }

    private static List<ComparableTransaction> threeComparables() {
        return List.of(
                new ComparableTransaction("C1", Money.of("1000000.00"), Map.of(AdjustmentFactor.TIME, new BigDecimal("0.03"),
                        AdjustmentFactor.TECHNOLOGY, new BigDecimal("-0.05"), AdjustmentFactor.LEGAL_STATUS, new BigDecimal("0.02")), new BigDecimal("0.5")),
                new ComparableTransaction("C2", Money.of("1200000.00"), Map.of(AdjustmentFactor.TECHNOLOGY, new BigDecimal("-0.10"),
                        AdjustmentFactor.TRANSACTION_TERMS, new BigDecimal("0.05")), new BigDecimal("0.3")),
                new ComparableTransaction("C3", Money.of("900000.00"), Map.of(AdjustmentFactor.TIME, new BigDecimal("0.05"),
                        AdjustmentFactor.TECHNOLOGY, new BigDecimal("0.05"), AdjustmentFactor.LEGAL_STATUS, new BigDecimal("-0.02")), new BigDecimal("0.2")));
    }

    /*
     * Hand-checked, multiplicative:
     *   C1 1,000,000 × 1.03 × 0.95 × 1.02 = × 0.99807 → 998,070.00   weight 0.5 → 499,035.00
     *   C2 1,200,000 × 0.90 × 1.05        = × 0.945   → 1,134,000.00 weight 0.3 → 340,200.00
     *   C3   900,000 × 1.05 × 1.05 × 0.98 = × 1.08045 → 972,405.00   weight 0.2 → 194,481.00
     *   value = 1,033,716.00
     */
    @Test
    void multiplicative_adjustments_chain_and_the_value_is_the_weighted_mean() {
        MarketApproach.MarketValuation v = new MarketApproach(AdjustmentMode.MULTIPLICATIVE).value(PATENT, threeComparables());

        assertThat(v.comparables()).extracting(MarketApproach.AdjustedComparable::adjustedPrice)
                .containsExactly(Money.of("998070.00"), Money.of("1134000.00"), Money.of("972405.00"));
        assertThat(v.value()).isEqualTo(Money.of("1033716.00"));
    }

    /*
     * Hand-checked, additive:
     *   C1 × (1 + 0.03 − 0.05 + 0.02) = × 1.00 → 1,000,000.00 × 0.5 = 500,000.00
     *   C2 × (1 − 0.10 + 0.05)        = × 0.95 → 1,140,000.00 × 0.3 = 342,000.00
     *   C3 × (1 + 0.05 + 0.05 − 0.02) = × 1.08 →   972,000.00 × 0.2 = 194,400.00
     *   value = 1,036,400.00
     */
    @Test
    void additive_adjustments_add_their_percentage_points() {
        assertThat(new MarketApproach(AdjustmentMode.ADDITIVE).value(PATENT, threeComparables()).value())
                .isEqualTo(Money.of("1036400.00"));
    }

    @Test
    void comparable_weights_must_sum_to_one() {
        List<ComparableTransaction> two = List.of(
                new ComparableTransaction("C1", Money.of("100.00"), Map.of(), new BigDecimal("0.6")),
                new ComparableTransaction("C2", Money.of("100.00"), Map.of(), new BigDecimal("0.6")));

        assertThatThrownBy(() -> new MarketApproach(AdjustmentMode.ADDITIVE).value(PATENT, two))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sum to 1");
    }

    /*
     * Hand-checked: 1,000,000.00 × 0.5 + 600,000.00 × 0.2 + 1,033,716.00 × 0.3
     *             = 500,000.00 + 120,000.00 + 310,114.80 = 930,114.80
     */
    @Test
    void a_combined_valuation_weights_each_approach_and_its_contributions_add_up_to_the_value() {
        ApproachWeights weights = new ApproachWeights(Map.of(Approach.INCOME, new BigDecimal("0.5"),
                Approach.COST, new BigDecimal("0.2"), Approach.MARKET, new BigDecimal("0.3")));
        CombinedValuation v = CombinedValuation.combine(Map.of(Approach.INCOME, Money.of("1000000.00"),
                Approach.COST, Money.of("600000.00"), Approach.MARKET, Money.of("1033716.00")), weights);

        assertThat(v.value()).isEqualTo(Money.of("930114.80"));
        assertThat(v.contributions().get(Approach.MARKET)).isEqualTo(Money.of("310114.80"));
    }

    @Test
    void combination_weights_that_do_not_sum_to_one_are_refused() {
        assertThatThrownBy(() -> ApproachWeights.of(Approach.INCOME, "0.7", Approach.MARKET, "0.4"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must sum to 1, not 1.1");
    }
}
