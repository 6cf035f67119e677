package cn.ipfin.tabular;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values a choice column accepts: each code with the Chinese label a file may use instead
 * ({@link RowCells#choice}), in the order the template's note lists them.
 */
public final class Choices {

    private Choices() {
    }

    /** {@code of("MICRO", "微型", "SMALL", "小型")}: codes (strings or enum constants) each followed by its label. */
    public static Map<String, String> of(Object... codeThenLabel) {
        if (codeThenLabel.length % 2 != 0) throw new IllegalArgumentException("a code without its label");
        var choices = new LinkedHashMap<String, String>();
        for (int i = 0; i < codeThenLabel.length; i += 2) {
            Object code = codeThenLabel[i];
            choices.put(code instanceof Enum<?> e ? e.name() : code.toString(), codeThenLabel[i + 1].toString());
        }
        return Collections.unmodifiableMap(choices);
    }
}
