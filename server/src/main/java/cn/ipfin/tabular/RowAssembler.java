package cn.ipfin.tabular;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns raw rows into {@link TabularRow}s: the first non-blank row is the header, blank rows are skipped (their
 * numbers still count), and every cell of a template column is checked for formulas before it is handed on.
 * Both the CSV and the xlsx reader feed it, so the rules are the same for both formats.
 */
final class RowAssembler {

    private final Template template;
    private final TabularLimits limits;
    private final Consumer<TabularRow> rows;
    private HeaderLayout layout;
    private int dataRows;

    RowAssembler(Template template, TabularLimits limits, Consumer<TabularRow> rows) {
        this.template = template;
        this.limits = limits;
        this.rows = rows;
    }

    void accept(RawRow raw) {
        if (blank(raw)) {
            return;
        }
        if (layout == null) {
            layout = HeaderLayout.match(template, raw);
            return;
        }
        if (++dataRows > limits.maxRows()) {
            throw Refusals.tooManyRows(limits.maxRows(), raw.number());
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Column column : template.columns()) {
            values.put(column.key(), null);
        }
        int width = Math.min(raw.width(), layout.width());
        for (int i = 0; i < width; i++) {
            Column column = layout.columnAt(i);
            if (column != null) {
                values.put(column.key(), value(raw, i, column));
            }
        }
        rows.accept(new TabularRow(raw.number(), values));
    }

    /** Called once the file has been read to its end. */
    void finish() {
        if (dataRows == 0) {
            throw Refusals.empty();
        }
    }

    /** How a refusal names the column at this index: the template header when the header row is known. */
    ColumnLabel labelOf(int index) {
        Column column = layout == null ? null : layout.columnAt(index);
        return column == null ? ColumnLabel.letter(index) : ColumnLabel.of(column);
    }

    private String value(RawRow raw, int index, Column column) {
        if (raw.formula(index)) {
            throw Refusals.formulaCell(raw.number(), ColumnLabel.of(column));
        }
        String text = raw.cell(index);
        if (text == null) {
            return null;
        }
        if (!raw.number(index)) {
            if (FormulaText.isNeutralised(text)) {
                text = text.substring(1);
            } else if (FormulaText.looksLikeFormula(text)) {
                throw Refusals.formulaText(raw.number(), ColumnLabel.of(column));
            }
        }
        String trimmed = trim(text);
        return trimmed.isEmpty() ? null : trimmed;
    }

    private static boolean blank(RawRow raw) {
        for (int i = 0; i < raw.width(); i++) {
            if (raw.formula(i) || (raw.cell(i) != null && !trim(raw.cell(i)).isEmpty())) {
                return false;
            }
        }
        return true;
    }

    /** Like String.strip, and also drops the no-break spaces that text pasted from web pages brings along. */
    static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && space(text.charAt(start))) {
            start++;
        }
        while (end > start && space(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
