package cn.ipfin.core.supervision;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Seed 001: "各银行机构于每季度后10日内…报送"; 2026Q3 is due on 10 October 2026. */
class ReportingStatusTest {

    static final Quarter Q3 = new Quarter(2026, 3);

    @Test
    void submitted_by_the_tenth_day_is_on_time_and_after_it_late() {
        assertThat(ReportingStatus.of(Q3, LocalDate.of(2026, 10, 10), LocalDate.of(2026, 12, 1))).isEqualTo(ReportingStatus.ON_TIME);
        assertThat(ReportingStatus.of(Q3, LocalDate.of(2026, 10, 11), LocalDate.of(2026, 12, 1))).isEqualTo(ReportingStatus.LATE);
        assertThat(ReportingStatus.LATE.behind()).isTrue();
        assertThat(ReportingStatus.ON_TIME.behind()).isFalse();
    }

    @Test
    void nothing_submitted_is_missing_only_once_the_due_date_has_passed() {
        assertThat(ReportingStatus.of(Q3, null, LocalDate.of(2026, 10, 10))).isEqualTo(ReportingStatus.NOT_YET_DUE);
        assertThat(ReportingStatus.of(Q3, null, LocalDate.of(2026, 10, 11))).isEqualTo(ReportingStatus.MISSING);
        assertThat(ReportingStatus.MISSING.behind()).isTrue();
        assertThat(ReportingStatus.MISSING.zh()).isEqualTo("逾期未报");
    }
}
