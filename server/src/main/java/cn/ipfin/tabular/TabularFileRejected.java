package cn.ipfin.tabular;

/**
 * The whole file is refused; nothing from it may be imported. {@link #zh()} and {@link #en()} are complete
 * sentences for the user, naming the row and column when known.
 */
public class TabularFileRejected extends RuntimeException {

    public enum Reason {
        EMPTY, TOO_LARGE, TOO_MANY_ROWS, WRONG_TYPE, CORRUPT, ENCODING, MISSING_COLUMN, DUPLICATE_COLUMN,
        CELL_TOO_LONG, FORMULA
    }

    private final Reason reason;
    private final String zh;
    private final String en;
    private final Integer row;
    private final String column;

    public TabularFileRejected(Reason reason, String zh, String en, Integer row, String column) {
        this(reason, zh, en, row, column, null);
    }

    public TabularFileRejected(Reason reason, String zh, String en, Integer row, String column, Throwable cause) {
        super(reason + ": " + en, cause);
        this.reason = reason;
        this.zh = zh;
        this.en = en;
        this.row = row;
        this.column = column;
    }

    public Reason reason() {
        return reason;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** The row as the user sees it (header is row 1), or null when the problem is not in one row. */
    public Integer row() {
        return row;
    }

    /** The Chinese header of the column, or the column letter when the column is not in the template. */
    public String column() {
        return column;
    }
}
