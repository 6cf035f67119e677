package cn.ipfin.core.money;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LprTableTest {

    private final LprTable table = LprTable.published();

    /* reference-data.md: a quote stays in force from its effective date until the next row. */
    @ParameterizedTest(name = "{0}: {1}% / {2}%")
    @CsvSource({
            "2019-08-20, 4.25, 4.85",
            "2019-09-19, 4.25, 4.85",
            "2019-09-20, 4.20, 4.85",
            "2022-05-20, 3.70, 4.45",
            "2024-10-20, 3.35, 3.85",
            "2024-10-21, 3.10, 3.60",
            "2025-05-19, 3.10, 3.60",
            "2025-05-20, 3.00, 3.50",
            "2026-11-23, 3.00, 3.50",
    })
    void the_rate_in_force_is_the_latest_row_on_or_before_the_date(LocalDate date, String oneYear, String overFive) {
        assertThat(table.oneYearOn(date)).isEqualTo(Rate.percent(oneYear));
        assertThat(table.overFiveYearsOn(date)).isEqualTo(Rate.percent(overFive));
    }

    @Test
    void no_rate_is_in_force_before_the_first_publication() {
        assertThatThrownBy(() -> table.oneYearOn(LocalDate.of(2019, 8, 19))).isInstanceOf(IllegalArgumentException.class);
        assertThat(table.rowOn(LocalDate.of(2019, 8, 19))).isEmpty();
    }

    @Test
    void two_rows_on_one_date_are_refused() {
        LprTable.Row row = new LprTable.Row(LocalDate.of(2026, 1, 20), Rate.percent("3.00"), Rate.percent("3.50"));
        assertThatThrownBy(() -> new LprTable(List.of(row, row))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_administrator_adds_a_later_publication() {
        List<LprTable.Row> rows = new java.util.ArrayList<>(table.rows());
        rows.add(new LprTable.Row(LocalDate.of(2026, 6, 22), Rate.percent("2.90"), Rate.percent("3.40")));

        assertThat(new LprTable(rows).oneYearOn(LocalDate.of(2026, 7, 1))).isEqualTo(Rate.percent("2.90"));
    }
}
