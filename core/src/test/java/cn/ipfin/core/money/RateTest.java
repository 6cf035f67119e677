package cn.ipfin.core.money;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RateTest {

    @Test
    void percent_basis_points_and_fraction_denote_the_same_rate() {
        assertThat(Rate.percent("3.45")).isEqualTo(Rate.bp(345)).isEqualTo(Rate.fraction("0.0345"));
        assertThat(Rate.percent("3.00")).isEqualTo(Rate.percent("3"));
    }

    @Test
    void a_spread_over_the_lpr_is_added_in_basis_points() {
        assertThat(Rate.percent("3.00").plusBp(45)).isEqualTo(Rate.percent("3.45"));
        assertThat(Rate.percent("3.10").plusBp(-10).percent()).isEqualByComparingTo("3.00");
    }

    @Test
    void a_rate_shows_in_percent_and_basis_points() {
        assertThat(Rate.percent("3.45").toString()).isEqualTo("3.45%");
        assertThat(Rate.percent("3.45").basisPoints()).isEqualByComparingTo("345");
        assertThat(Rate.percent("3.45").annualFraction()).isEqualByComparingTo("0.0345");
    }

    @Test
    void rates_compare_by_value() {
        assertThat(Rate.bp(300).compareTo(Rate.percent("3.10"))).isNegative();
        assertThat(Rate.bp(0)).isEqualTo(Rate.percent("0.00"));
    }
}
