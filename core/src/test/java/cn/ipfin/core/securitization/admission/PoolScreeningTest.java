package cn.ipfin.core.securitization.admission;

import cn.ipfin.core.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Longnan 二(二)2: admission standards on IP, revenue and profit, and risk-control limits; each enterprise's
 * inclusion or exclusion is explained.
 */
class PoolScreeningTest {

    /** 专精特新 or high-tech, ≥ 2 years, revenue ≥ 10m, profit ≥ 0, IP score ≥ 60; 20% per obligor, 50% per industry, 60% per park, 1亿 target. */
    private static final AdmissionPolicy POLICY = new AdmissionPolicy(true, 2, Money.ofYuan(10_000_000), Money.zero(), 60,
            new BigDecimal("0.20"), new BigDecimal("0.50"), new BigDecimal("0.60"), Money.ofYuan(100_000_000));

    private static Candidate c(String id, boolean specialised, int years, long revenue, long profit, int score, boolean listed,
                               String industry, String park, long requested) {
        return new Candidate(id, "企业" + id, specialised, false, years, Money.ofYuan(revenue), Money.ofYuan(profit), score, listed,
                industry, park, Money.ofYuan(requested));
    }

    @Test
    void eachFloorExcludesWithItsReasonAndTheBestScoresAreTakenFirstWithinTheLimits() {
        var result = PoolScreening.screen(POLICY, List.of(
                c("A", true, 5, 50_000_000, 3_000_000, 90, false, "电子", "高新园", 20_000_000),
                c("B", true, 5, 40_000_000, 2_000_000, 85, false, "电子", "高新园", 20_000_000),
                c("C", true, 5, 30_000_000, 1_000_000, 80, false, "电子", "高新园", 20_000_000),  // electronics would pass 50%
                c("D", true, 3, 30_000_000, 1_000_000, 75, false, "材料", "稀土园", 25_000_000),  // obligor above 20%
                c("E", true, 3, 30_000_000, 1_000_000, 70, false, "材料", "稀土园", 20_000_000),
                c("F", false, 3, 30_000_000, 1_000_000, 95, false, "材料", "稀土园", 10_000_000), // not qualified
                c("G", true, 1, 5_000_000, -10, 50, true, "材料", "稀土园", 10_000_000)));      // fails five floors
        assertThat(result.included()).extracting(Candidate::enterpriseId).containsExactly("A", "B", "E");
        assertThat(result.poolSize()).isEqualTo(Money.ofYuan(60_000_000));
        assertThat(result.of("C").reasons()).extracting(PoolScreening.Reason::code).containsExactly("industry");
        assertThat(result.of("D").reasons()).extracting(PoolScreening.Reason::code).containsExactly("obligor");
        assertThat(result.of("F").reasons()).extracting(PoolScreening.Reason::code).containsExactly("qualification");
        assertThat(result.of("G").reasons()).extracting(PoolScreening.Reason::code)
                .containsExactly("age", "revenue", "profit", "ip-score", "credit-list");
        assertThat(result.of("A").reasons().getFirst().zh()).contains("龙南试点方案 二(二)2");
        assertThat(result.of("A").reasons().getFirst().en()).contains("Longnan 二(二)2");
    }

    @Test
    void thePoolStopsAtItsTargetSize() {
        AdmissionPolicy small = new AdmissionPolicy(false, 0, Money.zero(), Money.ofYuan(-1_000_000_000L), 0,
                BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, Money.ofYuan(30_000_000));
        var result = PoolScreening.screen(small, List.of(c("A", false, 1, 0, 0, 90, false, "x", "p", 20_000_000),
                c("B", false, 1, 0, 0, 80, false, "x", "p", 20_000_000), c("C", false, 1, 0, 0, 70, false, "x", "p", 10_000_000)));
        assertThat(result.included()).extracting(Candidate::enterpriseId).containsExactly("A", "C");
        // limits are shares of the target size, so at 100% the industry and park limits bind with the size
        assertThat(result.of("B").reasons()).extracting(PoolScreening.Reason::code).containsExactly("industry", "park", "size");
    }
}
