package cn.ipfin.core.money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The Loan Prime Rate (贷款市场报价利率) history: one row per date on which a quote changed; a quote stays in force
 * until the next row. Pledge loans to SMEs are priced on the 1-year LPR plus a spread (reference-data.md).
 * The platform keeps the table as data that an administrator extends; {@link #published()} is the starting point.
 */
public final class LprTable {

    /** A change of the LPR effective on {@code effectiveOn}. */
    public record Row(LocalDate effectiveOn, Rate oneYear, Rate overFiveYears) {
    }

    private final List<Row> rows;

    /** Rows in any order; two rows on the same date are refused because the table would be ambiguous. */
    public LprTable(List<Row> rows) {
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(Row::effectiveOn));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).effectiveOn().equals(sorted.get(i - 1).effectiveOn())) {
                throw new IllegalArgumentException("two LPR rows on " + sorted.get(i).effectiveOn());
            }
        }
        if (sorted.isEmpty()) throw new IllegalArgumentException("an LPR table needs at least one row");
        this.rows = List.copyOf(sorted);
    }

    /**
     * The rows published by the National Interbank Funding Center from the LPR reform (2019-08-20) to 2025-05-20,
     * only the dates on which a quote changed (reference-data.md, "Loan Prime Rate").
     */
    public static LprTable published() {
        return new LprTable(List.of(
                row("2019-08-20", "4.25", "4.85"),
                row("2019-09-20", "4.20", "4.85"),
                row("2019-11-20", "4.15", "4.80"),
                row("2020-02-20", "4.05", "4.75"),
                row("2020-04-20", "3.85", "4.65"),
                row("2021-12-20", "3.80", "4.65"),
                row("2022-01-20", "3.70", "4.60"),
                row("2022-05-20", "3.70", "4.45"),
                row("2022-08-22", "3.65", "4.30"),
                row("2023-06-20", "3.55", "4.20"),
                row("2023-08-21", "3.45", "4.20"),
                row("2024-02-20", "3.45", "3.95"),
                row("2024-07-22", "3.35", "3.85"),
                row("2024-10-21", "3.10", "3.60"),
                row("2025-05-20", "3.00", "3.50")));
    }

    /** The 1-year LPR in force on date; refused before the first row, because no rate was published then. */
    public Rate oneYearOn(LocalDate date) {
        return rowOn(date).orElseThrow(() -> beforeFirst(date)).oneYear();
    }

    /** The over-5-year LPR in force on date. */
    public Rate overFiveYearsOn(LocalDate date) {
        return rowOn(date).orElseThrow(() -> beforeFirst(date)).overFiveYears();
    }

    /** The row in force on date, if any. */
    public Optional<Row> rowOn(LocalDate date) {
        Row inForce = null;
        for (Row row : rows) {
            if (row.effectiveOn().isAfter(date)) break;
            inForce = row;
        }
        return Optional.ofNullable(inForce);
    }

    public List<Row> rows() {
        return rows;
    }

    private static Row row(String effectiveOn, String oneYear, String overFiveYears) {
        return new Row(LocalDate.parse(effectiveOn), Rate.percent(oneYear), Rate.percent(overFiveYears));
    }

    private IllegalArgumentException beforeFirst(LocalDate date) {
        return new IllegalArgumentException("no LPR in force on " + date + "; the table starts " + rows.getFirst().effectiveOn());
    }
}
