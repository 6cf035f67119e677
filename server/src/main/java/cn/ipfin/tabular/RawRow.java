package cn.ipfin.tabular;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * One row as the file holds it, before the header gives its cells a meaning. Reused from row to row, because a
 * million-row file should not cost a million of these.
 */
final class RawRow {

    /** Excel's own width (column XFD); a wider row is not a spreadsheet but an attack on memory. */
    static final int MAX_COLUMNS = 16_384;

    private final List<String> cells = new ArrayList<>();
    private final BitSet formulas = new BitSet();
    private final BitSet numbers = new BitSet();
    private int number;

    void start(int rowNumber) {
        number = rowNumber;
        cells.clear();
        formulas.clear();
        numbers.clear();
    }

    int number() {
        return number;
    }

    int width() {
        return cells.size();
    }

    String cell(int index) {
        return index < cells.size() ? cells.get(index) : null;
    }

    /** An xlsx cell holding a formula (whatever its cached result). */
    boolean formula(int index) {
        return formulas.get(index);
    }

    /** An xlsx cell Excel stored as a number, date or boolean, which cannot carry formula text. */
    boolean number(int index) {
        return numbers.get(index);
    }

    void text(int index, String value) {
        put(index, value);
    }

    void number(int index, String value) {
        put(index, value);
        numbers.set(index);
    }

    void formula(int index, String cachedValue) {
        put(index, cachedValue);
        formulas.set(index);
    }

    private void put(int index, String value) {
        if (index >= MAX_COLUMNS) {
            throw Refusals.tooManyColumns(number, MAX_COLUMNS);
        }
        while (cells.size() <= index) {
            cells.add(null);
        }
        cells.set(index, value);
    }
}
