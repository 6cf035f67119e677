package cn.ipfin.core.money;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.math.RoundingMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @Test
    void an_amount_always_has_two_decimals() {
        assertThat(Money.of("1234.5").amount()).isEqualByComparingTo("1234.50").hasScaleOf(2);
        assertThat(Money.ofYuan(7).toString()).isEqualTo("7.00");
        assertThat(Money.zero().amount()).hasScaleOf(2);
        assertThat(Money.of("1.230")).isEqualTo(Money.of("1.23"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.005", "0.001", "1234.567"})
    void more_than_two_decimals_are_refused_not_rounded(String text) {
        assertThatThrownBy(() -> Money.of(text)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 decimals");
    }

    @Test
    void text_that_is_not_a_number_is_refused() {
        assertThatThrownBy(() -> Money.of("12元")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fen_convert_both_ways_exactly() {
        assertThat(Money.ofFen(123456).amount()).isEqualByComparingTo("1234.56");
        assertThat(Money.of("1234.56").toFen()).isEqualTo(123456L);
        assertThat(Money.ofFen(-1).toString()).isEqualTo("-0.01");
    }

    @Test
    void adding_and_subtracting_is_exact() {
        assertThat(Money.of("0.10").plus(Money.of("0.20"))).isEqualTo(Money.of("0.30"));
        assertThat(Money.of("1.00").minus(Money.of("1.01"))).isEqualTo(Money.of("-0.01"));
        assertThat(Money.of("1.00").minus(Money.of("1.01")).isNegative()).isTrue();
        assertThat(Money.of("3.33").times(3)).isEqualTo(Money.of("9.99"));
    }

    @ParameterizedTest(name = "{0} × {1} {2} = {3}")
    @CsvSource({
            "100.00, 0.00125, HALF_UP, 0.13",
            "100.00, 0.00125, HALF_EVEN, 0.12",
            "100.00, 0.00125, DOWN, 0.12",
            "100.00, 0.00125, UP, 0.13",
            "-100.00, 0.00125, HALF_UP, -0.13",
    })
    void multiplying_by_a_fraction_rounds_once_as_told(String amount, String factor, RoundingMode mode, String expected) {
        assertThat(Money.of(amount).times(new BigDecimal(factor), mode)).isEqualTo(Money.of(expected));
    }

    @Test
    void dividing_names_its_rounding() {
        assertThat(Money.of("100.00").dividedBy(3, RoundingMode.DOWN)).isEqualTo(Money.of("33.33"));
        assertThat(Money.of("100.00").dividedBy(BigDecimal.valueOf(3), RoundingMode.UP)).isEqualTo(Money.of("33.34"));
    }

    @Test
    void amounts_compare_by_value() {
        Money small = Money.of("99.99");
        Money large = Money.of("100");

        assertThat(small.isLessThan(large)).isTrue();
        assertThat(large.isGreaterThan(small)).isTrue();
        assertThat(large.isAtLeast(Money.of("100.00"))).isTrue();
        assertThat(small.isAtMost(small)).isTrue();
        assertThat(small.max(large)).isEqualTo(large);
        assertThat(small.min(large)).isEqualTo(small);
        assertThat(Money.zero().isZero()).isTrue();
        assertThat(small.isPositive()).isTrue();
        assertThat(small.negate().abs()).isEqualTo(small);
    }
}
