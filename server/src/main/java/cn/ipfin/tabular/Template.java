package cn.ipfin.tabular;

import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A published import template (or list export layout): its columns in the order they appear in the file.
 *
 * @param name    a file-name friendly identifier ({@code enterprises})
 * @param titleZh the Chinese title shown on the notes sheet
 * @param titleEn the English title
 */
public record Template(String name, String titleZh, String titleEn, List<Column> columns) {

    public Template {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a template needs at least one column: " + name);
        }
        var keys = new HashSet<String>();
        for (Column column : columns) {
            if (!keys.add(column.key())) {
                throw new IllegalArgumentException("column key appears twice in template " + name + ": " + column.key());
            }
        }
    }

    public Column column(String key) {
        for (Column column : columns) {
            if (column.key().equals(key)) {
                return column;
            }
        }
        throw new NoSuchElementException("template " + name + " has no column " + key);
    }
}
