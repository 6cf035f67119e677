package cn.ipfin.core.supervision;

import cn.ipfin.core.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Jiyuan's targets (seed 001 二): +10 % in count and amount over last year, 50 financed enterprises cumulative. */
class TargetProgressTest {

    static final TargetProgress.AnnualTarget JIYUAN_2026 = new TargetProgress.AnnualTarget(2026, new BigDecimal("0.10"),
            new BigDecimal("0.10"), 50);

    @Test
    void on_1_december_the_year_is_forecast_from_its_first_335_days() {
        var progress = TargetProgress.of(JIYUAN_2026,
                new TargetProgress.Figures(40, Money.of("50000000.00"), 0),
                new TargetProgress.Figures(40, Money.of("50000000.00"), 48), LocalDate.of(2026, 12, 1));
        assertThat(progress.targetCount()).isEqualTo(44);                                // 40 × 1.1
        assertThat(progress.targetAmount()).isEqualTo(Money.of("55000000.00"));          // 50,000,000 × 1.1
        // 365 / 335 = 1.0895522388; 40 × that = 43.58 → 44; 50,000,000 × that = 54,477,611.94
        assertThat(progress.forecastCount()).isEqualTo(44);
        assertThat(progress.forecastAmount()).isEqualTo(Money.of("54477611.94"));
        assertThat(progress.countOnTrack()).isTrue();
        assertThat(progress.amountOnTrack()).isFalse();
        assertThat(progress.behind()).isTrue();
        assertThat(progress.enterprisesReached()).isFalse();                             // 48 < 50
    }

    @Test
    void a_target_rounds_up_so_that_meeting_it_means_at_least_ten_percent() {
        var progress = TargetProgress.of(JIYUAN_2026,
                new TargetProgress.Figures(41, Money.of("12345678.91"), 0),
                new TargetProgress.Figures(46, Money.of("13580246.81"), 50), LocalDate.of(2026, 12, 31));
        assertThat(progress.targetCount()).isEqualTo(46);                                // 45.1 → 46
        assertThat(progress.targetAmount()).isEqualTo(Money.of("13580246.81"));          // 13,580,246.801 → .81
        assertThat(progress.forecastCount()).isEqualTo(46);                              // the whole year: done = forecast
        assertThat(progress.behind()).isFalse();
        assertThat(progress.enterprisesReached()).isTrue();
    }

    @Test
    void no_enterprise_target_says_nothing_about_enterprises() {
        var target = new TargetProgress.AnnualTarget(2026, BigDecimal.ZERO, BigDecimal.ZERO, null);
        var progress = TargetProgress.of(target, new TargetProgress.Figures(0, Money.zero(), 0),
                new TargetProgress.Figures(1, Money.of("100.00"), 1), LocalDate.of(2026, 1, 1));
        assertThat(progress.forecastCount()).isEqualTo(365);                             // one on the first day
        assertThat(progress.enterprisesReached()).isNull();
        assertThatThrownBy(() -> TargetProgress.of(target, progress.lastYear(), progress.toDate(), LocalDate.of(2027, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
