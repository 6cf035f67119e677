package cn.ipfin.core.money;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.RoundingMode;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DayCountTest {

    /* 30E/360 cases follow ISDA 2006 §4.16(g): both 31sts become 30; February's end stays as it is. */
    @ParameterizedTest(name = "{0} {1} → {2}: {3} days")
    @CsvSource({
            "ACT_360,    2024-01-31, 2024-02-29, 29",
            "ACT_365F,   2024-01-31, 2024-02-29, 29",
            "THIRTY_360, 2024-01-31, 2024-02-29, 29",
            "THIRTY_360, 2024-01-30, 2024-03-31, 60",
            "THIRTY_360, 2024-01-31, 2024-03-31, 60",
            "THIRTY_360, 2024-02-29, 2024-03-31, 31",
            "THIRTY_360, 2023-02-28, 2023-03-31, 32",
            "THIRTY_360, 2024-03-31, 2025-03-31, 360",
            "ACT_360,    2024-02-28, 2024-03-01, 2",
            "ACT_360,    2023-02-28, 2023-03-01, 1",
            "ACT_365F,   2024-01-01, 2025-01-01, 366",
            "ACT_360,    2024-05-31, 2024-05-31, 0",
    })
    void days_are_counted_by_the_convention(DayCount dayCount, LocalDate from, LocalDate to, long days) {
        assertThat(dayCount.days(from, to)).isEqualTo(days);
    }

    @Test
    void a_leap_year_is_more_than_one_year_under_act_365_fixed() {
        assertThat(DayCount.ACT_365F.yearFraction(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)))
                .isEqualByComparingTo("1.0027397260273973");
        assertThat(DayCount.THIRTY_360.yearFraction(LocalDate.of(2024, 1, 31), LocalDate.of(2025, 1, 31)))
                .isEqualByComparingTo("1");
        assertThat(DayCount.ACT_360.yearFraction(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31)))
                .hasScaleOf(DayCount.YEAR_FRACTION_SCALE);
    }

    /* 1,000,000.00 at 3.45% for the 29 days of February 2024: 1,000,000 × 0.0345 × 29 / 360 = 2,779.1666… */
    @ParameterizedTest(name = "{0} {4}: {5}")
    @CsvSource({
            "ACT_360,    2024-02-01, 2024-03-01, 3.45, HALF_UP, 2779.17",
            "ACT_360,    2024-02-01, 2024-03-01, 3.45, DOWN,    2779.16",
            "ACT_365F,   2024-02-01, 2024-03-01, 3.45, HALF_UP, 2741.10",
            "THIRTY_360, 2024-02-01, 2024-03-01, 3.45, HALF_UP, 2875.00",
            "ACT_360,    2024-01-31, 2024-02-29, 3.45, HALF_UP, 2779.17",
            "ACT_360,    2024-12-31, 2025-01-01, 3.60, HALF_UP, 100.00",
    })
    void interest_accrues_daily_and_rounds_once(DayCount dayCount, LocalDate from, LocalDate to, String percent,
                                                RoundingMode mode, String expected) {
        Money interest = dayCount.dailyInterest(Money.of("1000000.00"), Rate.percent(percent), from, to, mode);

        assertThat(interest).isEqualTo(Money.of(expected));
    }

    @Test
    void a_period_that_ends_before_it_starts_is_refused() {
        assertThatThrownBy(() -> DayCount.ACT_360.yearFraction(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 2, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
