package cn.ipfin.tabular;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One data row of an uploaded file.
 *
 * @param rowNumber the row as the user sees it in Excel or a CSV viewer: the header is row 1, the first data
 *                  row is 2; skipped blank rows still count, so the number always points at the right line
 * @param values    every template column key, in template order, mapped to its trimmed text; a column absent
 *                  from the file or a blank cell maps to {@code null}
 */
public record TabularRow(int rowNumber, Map<String, String> values) {

    public TabularRow {
        // Map.copyOf refuses null values, and null is how a blank cell is represented.
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public String get(String key) {
        return values.get(key);
    }
}
