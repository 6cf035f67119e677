package cn.ipfin.tabular;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The row errors of one import. Keeps the first {@value #KEPT} for the report (a file with 100,000 bad rows must
 * not produce a 100,000-line report) but counts them all.
 */
public final class ImportErrors {

    static final int KEPT = 1_000;

    private final List<RowError> kept = new ArrayList<>();
    private final List<RowError> notices = new ArrayList<>();
    private int count;

    public void add(RowError error) {
        count++;
        if (kept.size() < KEPT) {
            kept.add(error);
        }
    }

    public void add(int row, Column column, String value, String zh, String en) {
        add(new RowError(row, column == null ? null : column.key(), column == null ? null : column.zh(),
                value, zh, en));
    }

    /**
     * Reports every row whose key an earlier row of the same file already has, naming that earlier row.
     * {@code zh} and {@code en} are message patterns with one {@code %d} for the earlier row's number.
     */
    public <T> void repeats(List<T> rows, Function<T, Object> key, ToIntFunction<T> rowNumber, Column column,
                            Function<T, String> value, String zh, String en) {
        var seen = new HashMap<Object, Integer>();
        for (T row : rows) {
            Integer first = seen.putIfAbsent(key.apply(row), rowNumber.applyAsInt(row));
            if (first != null) {
                add(rowNumber.applyAsInt(row), column, value.apply(row), zh.formatted(first), en.formatted(first));
            }
        }
    }

    /** Not an error: what the import normalised in a cell, reported so that nothing changes silently. */
    public void notice(int row, Column column, String value, String zh, String en) {
        if (notices.size() < KEPT) {
            notices.add(new RowError(row, column == null ? null : column.key(), column == null ? null : column.zh(),
                    value, zh, en));
        }
    }

    public List<RowError> notices() {
        return List.copyOf(notices);
    }

    public int count() {
        return count;
    }

    public boolean any() {
        return count > 0;
    }

    public List<RowError> kept() {
        return List.copyOf(kept);
    }
}
