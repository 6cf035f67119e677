package cn.ipfin.tabular;

import java.util.ArrayList;
import java.util.List;

/**
 * The row errors of one import. Keeps the first {@value #KEPT} for the report (a file with 100,000 bad rows must
 * not produce a 100,000-line report) but counts them all.
 */
public final class ImportErrors {

    static final int KEPT = 1_000;

    private final List<RowError> kept = new ArrayList<>();
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
