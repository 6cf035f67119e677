package cn.ipfin.shared;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The columns of one table that a bulk write (a COPY, a set-based update) writes, named once: the statement's column
 * list and the rows' order come from here. The table's other columns are named too, as left to the database or to
 * another writer, so that {@code ColumnDefinitionsTest} can hold the two together against the table's columns in
 * the database: a column a migration adds fails that test until it is written here or named as left out.
 *
 * @param table   the table written
 * @param written the columns written, in the order of each row's values
 * @param left    the table's columns this write deliberately does not write (identity, defaults, another writer's)
 */
public record TableColumns(String table, List<String> written, Set<String> left) {

    public TableColumns {
        if (written.isEmpty()) throw new IllegalArgumentException("a write writes at least one column");
        written = List.copyOf(written);
        left = Set.copyOf(left);
    }

    public static TableColumns of(String table, String... written) {
        return new TableColumns(table, List.of(written), Set.of());
    }

    /** The same write, naming the table's columns it leaves to the database or to another writer. */
    public TableColumns leaving(String... columns) {
        Set<String> all = new LinkedHashSet<>(left);
        all.addAll(List.of(columns));
        return new TableColumns(table, written, all);
    }

    /** {@code a, b, c}: the column list of an insert or a COPY. */
    public String list() {
        return String.join(", ", written);
    }

    /** {@code b = r.b, c = r.c}: every written column but {@code key}, taken from the row {@code alias}. */
    public String assignmentsFrom(String alias, String key) {
        return written.stream().filter(c -> !c.equals(key)).map(c -> c + " = " + alias + "." + c)
                .collect(Collectors.joining(", "));
    }

    /** Every column this write accounts for: written or left. */
    public Set<String> accountedFor() {
        return Stream.concat(written.stream(), left.stream()).collect(Collectors.toSet());
    }
}
