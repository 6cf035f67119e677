package cn.ipfin.tabular;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which file column holds which template column, found from the header row by the Chinese or the English
 * header. Users retype headers, so the match ignores surrounding spaces, a required-marker asterisk, English
 * case and full-width versus half-width forms (（） and ()); columns the template does not know are ignored.
 */
final class HeaderLayout {

    private final Column[] byIndex;

    private HeaderLayout(Column[] byIndex) {
        this.byIndex = byIndex;
    }

    static HeaderLayout match(Template template, RawRow header) {
        Map<String, Column> byName = new HashMap<>();
        for (Column column : template.columns()) {
            byName.putIfAbsent(normalise(column.zh()), column);
            if (column.en() != null && !column.en().isBlank()) {
                byName.putIfAbsent(normalise(column.en()), column);
            }
        }
        Column[] byIndex = new Column[header.width()];
        Map<Column, Integer> found = new HashMap<>();
        for (int i = 0; i < header.width(); i++) {
            String text = header.cell(i);
            Column column = text == null ? null : byName.get(normalise(text));
            if (column == null) {
                continue;
            }
            Integer earlier = found.putIfAbsent(column, i);
            if (earlier != null) {
                throw Refusals.duplicateColumn(column, header.number(), ColumnLabel.letter(earlier), ColumnLabel.letter(i));
            }
            byIndex[i] = column;
        }
        List<Column> missing = new ArrayList<>();
        for (Column column : template.columns()) {
            if (column.required() && !found.containsKey(column)) {
                missing.add(column);
            }
        }
        if (!missing.isEmpty()) {
            throw Refusals.missingColumns(missing);
        }
        return new HeaderLayout(byIndex);
    }

    /** The template column at this file column, or null when the template does not know it. */
    Column columnAt(int index) {
        return index < byIndex.length ? byIndex[index] : null;
    }

    int width() {
        return byIndex.length;
    }

    static String normalise(String header) {
        // NFKC folds full-width letters, digits and brackets to their ASCII forms.
        String folded = Normalizer.normalize(header, Normalizer.Form.NFKC).strip();
        while (folded.startsWith("*")) {
            folded = folded.substring(1).strip();
        }
        while (folded.endsWith("*")) {
            folded = folded.substring(0, folded.length() - 1).strip();
        }
        return folded.replaceAll("\\s+", " ").replace(" (", "(").toLowerCase(Locale.ROOT);
    }
}
