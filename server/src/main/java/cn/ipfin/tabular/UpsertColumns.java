package cn.ipfin.tabular;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The columns of an import's upsert, named once: the insert's column list, the conflict key, the {@code set} list and
 * the change check are all made from here, so a column cannot be written without being compared. (A renewed
 * trademark's new expiry was once in the {@code set} list but not in the check, so a file that changed only the
 * expiry was reported "0 updated" and ignored.) The table's other columns are named as left to the database, so that
 * {@code ColumnDefinitionsTest} fails on a column a migration adds until the import writes it or says it does not.
 *
 * @param table   the target table, as the conflict clause names its existing row
 * @param columns the columns taken from {@code excluded} when the row exists
 * @param keys    the conflict key: inserted, never overwritten
 * @param insertedOnly other columns a new row gets that an existing row keeps (a register's district)
 * @param left    the table's columns the import does not write (identity, version, what other commands keep)
 */
public record UpsertColumns(String table, List<String> columns, List<String> keys, List<String> insertedOnly,
                            Set<String> left) {

    public UpsertColumns {
        if (columns.isEmpty()) throw new IllegalArgumentException("an upsert overwrites at least one column");
        columns = List.copyOf(columns);
        keys = List.copyOf(keys);
        insertedOnly = List.copyOf(insertedOnly);
        left = Set.copyOf(left);
    }

    public static UpsertColumns of(String table, String... columns) {
        return new UpsertColumns(table, List.of(columns), List.of(), List.of(), Set.of());
    }

    /** The same upsert with its conflict key, inserted first. */
    public UpsertColumns keyedBy(String... keys) {
        return new UpsertColumns(table, columns, List.of(keys), insertedOnly, left);
    }

    /** The same upsert with columns a new row gets and an existing one keeps, inserted after the key. */
    public UpsertColumns insertingOnly(String... columns) {
        return new UpsertColumns(table, this.columns, keys, List.of(columns), left);
    }

    /** The same upsert, naming the table's columns it does not write. */
    public UpsertColumns leaving(String... columns) {
        Set<String> all = new LinkedHashSet<>(left);
        all.addAll(List.of(columns));
        return new UpsertColumns(table, this.columns, keys, insertedOnly, all);
    }

    /**
     * {@code k1, k2, i1, a, b}: the insert's column list, the key first, then the inserted-only columns, then the
     * overwritten ones; the select feeding the insert gives its values in this order.
     */
    public String insertColumns() {
        return Stream.of(keys, insertedOnly, columns).flatMap(List::stream).collect(Collectors.joining(", "));
    }

    /** {@code k1, k2}: the conflict target. */
    public String conflictKey() {
        return String.join(", ", keys);
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

    /** Every column of the table this upsert accounts for: key, overwritten or left. */
    public Set<String> accountedFor() {
        return Stream.of(keys, insertedOnly, columns, List.copyOf(left)).flatMap(List::stream).collect(Collectors.toSet());
    }
}
