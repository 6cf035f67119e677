package cn.ipfin.core.supervision;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Seed 001: banks report "每季度后10日内". */
class QuarterTest {

    @Test
    void a_quarters_report_is_due_ten_days_after_it_ends() {
        Quarter q3 = Quarter.of(LocalDate.of(2026, 8, 15));
        assertThat(q3).isEqualTo(new Quarter(2026, 3));
        assertThat(q3.firstDay()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(q3.lastDay()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(q3.dueOn()).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(q3.isLate(LocalDate.of(2026, 10, 10))).isFalse();
        assertThat(q3.isLate(LocalDate.of(2026, 10, 11))).isTrue();
    }

    @Test
    void the_fourth_quarter_is_due_in_the_next_year() {
        Quarter q4 = Quarter.parse("2026Q4");
        assertThat(q4.dueOn()).isEqualTo(LocalDate.of(2027, 1, 10));
        assertThat(q4.hasEndedBy(LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(q4.hasEndedBy(LocalDate.of(2027, 1, 1))).isTrue();
        assertThat(new Quarter(2027, 1).previous()).isEqualTo(q4);
        assertThat(new Quarter(2028, 1).lastDay()).isEqualTo(LocalDate.of(2028, 3, 31));
    }

    @Test
    void a_quarter_reads_year_q_number() {
        assertThat(Quarter.parse(" 2025q2 ").toString()).isEqualTo("2025Q2");
        assertThatThrownBy(() -> Quarter.parse("2025Q5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Quarter.parse("Q3 2025")).isInstanceOf(IllegalArgumentException.class);
    }
}
