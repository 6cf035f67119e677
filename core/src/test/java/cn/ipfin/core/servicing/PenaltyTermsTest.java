package cn.ipfin.core.servicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ipfin.core.money.DayCount;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.money.Rate;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 罚息 and 复利 under 银发〔2003〕251号: the contract rate plus 30%–50%. */
class PenaltyTermsTest {

    private static PenaltyTerms uplift(String fraction, boolean compound) {
        return new PenaltyTerms(new BigDecimal(fraction), compound);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.29", "0.51", "0.2999", "0.5001", "0", "-0.3"})
    void an_uplift_outside_30_to_50_percent_is_refused(String fraction) {
        assertThatThrownBy(() -> uplift(fraction, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("银发〔2003〕251号");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.30", "0.3", "0.40", "0.50"})
    void an_uplift_of_30_to_50_percent_inclusive_is_accepted(String fraction) {
        assertThat(uplift(fraction, false).uplift()).isEqualByComparingTo(fraction);
    }

    @Test
    void the_penalty_rate_is_the_contract_rate_plus_the_uplift() {
        assertThat(uplift("0.50", false).penaltyRate(Rate.percent("4.35"))).isEqualTo(Rate.percent("6.525"));
        assertThat(uplift("0.30", false).penaltyRate(Rate.percent("3.45"))).isEqualTo(Rate.percent("4.485"));
    }

    @Test
    void one_days_penalty_on_overdue_principal_by_act_360() {
        // 100,000 × 4.35% × 1.5 / 360 = 18.125 → 18.13 (half up)
        assertThat(uplift("0.50", false).penaltyForDay(Money.of("100000"), Rate.percent("4.35"), DayCount.ACT_360))
                .isEqualTo(Money.of("18.13"));
        // 100,000 × 4.35% × 1.5 / 365 = 17.876… → 17.88
        assertThat(uplift("0.50", false).penaltyForDay(Money.of("100000"), Rate.percent("4.35"), DayCount.ACT_365F))
                .isEqualTo(Money.of("17.88"));
        // 30/360: one day is 1/360
        assertThat(uplift("0.50", false).penaltyForDay(Money.of("100000"), Rate.percent("4.35"), DayCount.THIRTY_360))
                .isEqualTo(Money.of("18.13"));
    }

    @Test
    void compound_interest_on_overdue_interest_only_when_the_contract_says_so() {
        // 8,535.60 × 3.6% × 1.3 / 360 = 1.10960… → 1.11
        assertThat(uplift("0.30", true).compoundForDay(Money.of("8535.60"), Rate.percent("3.6"), DayCount.ACT_360))
                .isEqualTo(Money.of("1.11"));
        assertThat(uplift("0.30", false).compoundForDay(Money.of("8535.60"), Rate.percent("3.6"), DayCount.ACT_360))
                .isEqualTo(Money.zero());
    }

    @Test
    void half_a_fen_rounds_up() {
        // 1,000 × 3.6% × 1.5 / 360 = 0.15 exactly; 250 × 3.6% × 1.5 / 360 = 0.0375 → 0.04
        assertThat(uplift("0.50", false).penaltyForDay(Money.of("1000"), Rate.percent("3.6"), DayCount.ACT_360)).isEqualTo(Money.of("0.15"));
        assertThat(uplift("0.50", false).penaltyForDay(Money.of("250"), Rate.percent("3.6"), DayCount.ACT_360)).isEqualTo(Money.of("0.04"));
    }

    @Test
    void a_negative_overdue_amount_is_refused() {
        assertThatThrownBy(() -> uplift("0.50", true).penaltyForDay(Money.of("-1"), Rate.percent("4"), DayCount.ACT_360))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
