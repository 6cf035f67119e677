package cn.ipfin.tabular;

import org.apache.poi.ss.util.CellReference;

/** How a column is named in a refusal: by its template header when known, else by its Excel letter. */
record ColumnLabel(String zh, String en) {

    static ColumnLabel of(Column column) {
        return new ColumnLabel(column.zh(), column.en() == null ? column.zh() : column.en());
    }

    /** Zero-based index to the letter the user sees in Excel's column header (0 -> A, 26 -> AA). */
    static ColumnLabel letter(int index) {
        String letter = CellReference.convertNumToColString(index);
        return new ColumnLabel(letter, letter);
    }
}
