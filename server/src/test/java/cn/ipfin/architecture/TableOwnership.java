package cn.ipfin.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which module owns which table, as ARCHITECTURE.md's module table says, and where a module's SQL names a table
 * that another module owns. Spring Modulith checks the Java dependencies; this checks the SQL, which it cannot see.
 */
final class TableOwnership {

    /** A row of ARCHITECTURE.md's module table: | `module` | what it owns | `table`, `table` … |. */
    private static final Pattern MODULE_ROW = Pattern.compile("^\\| `(\\w+)` \\|.*\\| (.*) \\|$");
    private static final Pattern NAME = Pattern.compile("`(\\w+)`");
    /** Where SQL names a table: after from, join, into, update, table, copy (case-insensitive). */
    private static final Pattern TABLE_USE = Pattern.compile(
            "(?i)\\b(from|join|into|update|table|copy)\\s+([a-z][a-z0-9_]*)\\b");
    /** SQL lives in string literals: text blocks and plain strings (comments and code are not SQL). */
    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern CREATE_TABLE = Pattern.compile(
            "(?i)\\bcreate\\s+(?:table|view)\\s+(?:if\\s+not\\s+exists\\s+)?([a-z][a-z0-9_]*)");

    /** A module's SQL naming a table another module owns. */
    record Crossing(String module, String file, String table, String owner) {
        @Override
        public String toString() {
            return module + " " + file + " -> " + table + " (" + owner + ")";
        }
    }

    private final Map<String, String> ownerOfTable;

    TableOwnership(Map<String, String> ownerOfTable) {
        this.ownerOfTable = Map.copyOf(ownerOfTable);
    }

    static TableOwnership fromArchitecture(Path architectureMd) {
        Map<String, String> owners = new LinkedHashMap<>();
        for (String line : read(architectureMd).split("\n")) {
            Matcher row = MODULE_ROW.matcher(line.strip());
            if (row.matches()) {
                // "(and it writes `x`)" names a table the module writes but does not own
                String tables = row.group(2).replaceAll("\\(and it writes[^)]*\\)", "");
                Matcher name = NAME.matcher(tables);
                while (name.find()) {
                    owners.put(name.group(1), row.group(1));
                }
            }
        }
        return new TableOwnership(owners);
    }

    String ownerOf(String table) {
        return ownerOfTable.get(table);
    }

    /** The tables and views the migrations create that no module claims. */
    Set<String> unowned(Path migrations) {
        Set<String> unowned = new TreeSet<>();
        for (Path file : files(migrations, ".sql")) {
            Matcher m = CREATE_TABLE.matcher(read(file));
            while (m.find()) {
                String table = m.group(1).toLowerCase();
                if (!ownerOfTable.containsKey(table)) {
                    unowned.add(table);
                }
            }
        }
        return unowned;
    }

    /** Every place where the Java source of {@code module} names a table that another module owns. */
    List<Crossing> crossings(String module, String fileName, String source) {
        List<Crossing> found = new ArrayList<>();
        Matcher m = TABLE_USE.matcher(stringLiterals(source));
        while (m.find()) {
            String table = m.group(2).toLowerCase();
            String owner = ownerOfTable.get(table);
            boolean read = m.group(1).equalsIgnoreCase("from") || m.group(1).equalsIgnoreCase("join");
            // an owner's published read view (…_view) is there to be read by the others
            if (owner != null && !owner.equals(module) && !(read && table.endsWith("_view"))) {
                found.add(new Crossing(module, fileName, table, owner));
            }
        }
        return found.stream().distinct().toList();
    }

    /** The string literals of a Java source, one per line, text blocks first. */
    static String stringLiterals(String source) {
        StringBuilder sql = new StringBuilder();
        Matcher block = TEXT_BLOCK.matcher(source);
        while (block.find()) {
            sql.append(block.group(1)).append('\n');
        }
        Matcher plain = STRING.matcher(TEXT_BLOCK.matcher(source).replaceAll(""));
        while (plain.find()) {
            sql.append(plain.group(1)).append('\n');
        }
        return sql.toString();
    }

    /** The crossings of every module under {@code sourceRoot} (one package per module), but the exempt ones. */
    List<Crossing> crossings(Path sourceRoot, Set<String> exemptModules) {
        List<Crossing> found = new ArrayList<>();
        try (Stream<Path> modules = Files.list(sourceRoot)) {
            for (Path dir : modules.filter(Files::isDirectory).sorted().toList()) {
                String module = dir.getFileName().toString();
                if (exemptModules.contains(module)) {
                    continue;
                }
                for (Path file : files(dir, ".java")) {
                    found.addAll(crossings(module, dir.relativize(file).toString(), read(file)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static List<Path> files(Path dir, String suffix) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
