package cn.ipfin.tabular;

import java.util.Objects;

/**
 * One column of an import template or a list export.
 *
 * @param key      the stable name importers use ({@code credit_code}); a key ending in {@code _amount} or
 *                 {@code _count} is written as a number in exports, every other column as text
 * @param zh       the Chinese header, as it appears in the file
 * @param en       the English header, accepted in place of the Chinese one when reading
 * @param required whether a file without this column is refused as a whole
 * @param example  the value shown in the template's example row
 * @param noteZh   what the column holds and how to fill it, for the template's notes sheet
 * @param noteEn   the same note in English
 */
public record Column(String key, String zh, String en, boolean required, String example, String noteZh,
        String noteEn) {

    public Column {
        Objects.requireNonNull(key, "key");
        if (key.isBlank() || zh == null || zh.isBlank()) {
            throw new IllegalArgumentException("a column needs a key and a Chinese header: " + key);
        }
    }

    /** Exports write these as numeric cells so that Excel can sum them; everything else stays text. */
    boolean numeric() {
        return key.endsWith("_amount") || key.endsWith("_count");
    }
}
