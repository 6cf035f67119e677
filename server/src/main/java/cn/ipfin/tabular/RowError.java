package cn.ipfin.tabular;

/**
 * A problem with one cell (or one row, when {@code columnKey} is null) found while validating an import; the
 * whole report is shown to the user before anything is applied.
 *
 * @param row       the row number as the user sees it (header is row 1)
 * @param columnKey the template column key, or null for a problem with the row as a whole
 * @param column    the Chinese header of that column, as the user sees it
 * @param value     the offending text, as read
 * @param zh        what is wrong, in Chinese
 * @param en        what is wrong, in English
 */
public record RowError(int row, String columnKey, String column, String value, String zh, String en) {
}
