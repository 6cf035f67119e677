package cn.ipfin.core.riskshare;

import cn.ipfin.core.money.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An enterprise's IP infringement or enforcement policy (Shenzhen 004 (八)): deductible per claim, limit per policy. */
class PolicyCoverTest {

    private final PolicyCover cover = new PolicyCover(Money.of("500000.00"), Money.of("20000.00"));

    @Test
    void a_claim_pays_above_the_deductible_within_what_is_left_of_the_limit() {
        assertThat(cover.payable(Money.of("150000.00"), Money.zero())).isEqualTo(Money.of("130000.00"));
        assertThat(cover.payable(Money.of("20000.00"), Money.zero())).isEqualTo(Money.zero());
        assertThat(cover.payable(Money.of("20000.01"), Money.zero())).isEqualTo(Money.of("0.01"));
        // 450,000 approved before: 50,000 of the limit is left for a claim of 300,000
        assertThat(cover.payable(Money.of("300000.00"), Money.of("450000.00"))).isEqualTo(Money.of("50000.00"));
        assertThat(cover.payable(Money.of("300000.00"), Money.of("500000.00"))).isEqualTo(Money.zero());
    }

    @Test
    void a_deductible_at_or_above_the_limit_is_no_cover() {
        assertThat(PolicyCover.valid(Money.of("1.00"), Money.of("1.00"))).isFalse();
        assertThat(PolicyCover.valid(Money.of("1.00"), Money.zero())).isTrue();
        assertThatThrownBy(() -> new PolicyCover(Money.zero(), Money.zero())).isInstanceOf(IllegalArgumentException.class);
    }
}
