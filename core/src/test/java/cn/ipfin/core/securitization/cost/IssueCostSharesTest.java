package cn.ipfin.core.securitization.cost;

import cn.ipfin.core.money.Money;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IssueCostSharesTest {

    @Test
    void the_longnan_low_total_is_shared_in_proportion_to_the_amounts_raised() {
        // 附件2's low total for 1 亿, over a pool of 5,000 / 3,000 / 2,000 万
        assertThat(IssueCostShares.of(Money.of("4050000.00"),
                List.of(Money.of("50000000"), Money.of("30000000"), Money.of("20000000"))))
                .containsExactly(Money.of("2025000.00"), Money.of("1215000.00"), Money.of("810000.00"));
    }

    @Test
    void the_fen_left_over_by_rounding_go_to_the_shares_that_lost_most_and_the_shares_add_up_to_the_cost() {
        assertThat(IssueCostShares.of(Money.of("100.00"), List.of(Money.of("1"), Money.of("1"), Money.of("1"))))
                .containsExactly(Money.of("33.34"), Money.of("33.33"), Money.of("33.33"));
        // 0.05 over 1 : 2 : 3 is 0.00833…, 0.01666…, 0.025: floors 0.00 / 0.01 / 0.02, the two missing fen to the first two
        assertThat(IssueCostShares.of(Money.of("0.05"), List.of(Money.of("1"), Money.of("2"), Money.of("3"))))
                .containsExactly(Money.of("0.01"), Money.of("0.02"), Money.of("0.02"));
        Random random = new Random(18);
        for (int run = 0; run < 500; run++) {
            int n = 1 + random.nextInt(40);
            List<Money> amounts = random.ints(n, 1, 50_000_000).mapToObj(i -> Money.ofFen(i * 100L)).toList();
            Money cost = Money.ofFen(random.nextLong(1, 1_000_000_000L));
            List<Money> shares = IssueCostShares.of(cost, amounts);
            assertThat(shares.stream().reduce(Money.zero(), Money::plus)).isEqualTo(cost);
            assertThat(shares).allSatisfy(s -> assertThat(s.isNegative()).isFalse());
        }
    }

    @Test
    void a_cost_is_shared_over_positive_amounts_only() {
        assertThatThrownBy(() -> IssueCostShares.of(Money.of("100"), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IssueCostShares.of(Money.of("100"), List.of(Money.of("5"), Money.zero())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IssueCostShares.of(Money.of("-1"), List.of(Money.of("5")))).isInstanceOf(IllegalArgumentException.class);
    }
}
