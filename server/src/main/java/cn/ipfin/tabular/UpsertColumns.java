package cn.ipfin.tabular;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The columns an import's upsert overwrites, named once: the {@code set} list and the change check are made from the
 * same list, so a column cannot be written without being compared. (A renewed trademark's new expiry was once in the
 * {@code set} list but not in the check, so a file that changed only the expiry was reported "0 updated" and ignored.)
 *
 * @param table   the target table, as the conflict clause names its existing row
 * @param columns the columns taken from {@code excluded} when the row exists
 */
public record UpsertColumns(String table, List<String> columns) {

    public UpsertColumns {
        if (columns.isEmpty()) throw new IllegalArgumentException("an upsert overwrites at least one column");
        columns = List.copyOf(columns);
    }

    public static UpsertColumns of(String table, String... columns) {
        return new UpsertColumns(table, List.of(columns));
    }

    /** {@code a = excluded.a, b = excluded.b}, for {@code on conflict … do update set}. */
    public String assignments() {
        return columns.stream().map(c -> c + " = excluded." + c).collect(Collectors.joining(", "));
    }

    /** {@code (t.a, t.b) is distinct from (excluded.a, excluded.b)}: the row changes only if one of them does. */
    public String changed() {
        return columns.stream().map(c -> table + "." + c).collect(Collectors.joining(", ", "(", ")"))
                + " is distinct from "
                + columns.stream().map(c -> "excluded." + c).collect(Collectors.joining(", ", "(", ")"));
    }
}
