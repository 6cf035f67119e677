package cn.ipfin.shared.db;

import org.postgresql.PGConnection;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A consistent logical copy of the whole database, taken while the platform runs: every table is read with COPY in
 * one read-only REPEATABLE READ transaction, so all of them are seen at one instant (a close or a repayment committing
 * meanwhile is either wholly in the copy or not at all). The embedded PostgreSQL bundle has no pg_dump, so the copy is
 * our own: a zip of the schema version (Flyway), each table's rows in COPY text format and each sequence's value.
 * Uploaded documents and imported files are rows (bytea) of the database, so the copy holds them too.
 *
 * <p>A restore migrates an empty database to the copy's schema version, loads every table with triggers and foreign
 * keys deferred to the copy's own consistency ({@code session_replication_role = replica}), and sets the sequences;
 * a later start migrates onwards as usual.
 */
@Component
public class DatabaseBackup {

    static final String FORMAT = "ipfin-backup-1";
    private static final String MANIFEST = "manifest.properties";
    private static final String SEQUENCES = "sequences.tsv";

    private final DataSource dataSource;

    DatabaseBackup(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What a backup holds, for the command's report. */
    public record Summary(String schemaVersion, int tables, long rows) {
    }

    public Summary backup(Path file) {
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (var st = c.createStatement()) {
                st.execute("set transaction isolation level repeatable read, read only");
            }
            String version = schemaVersion(c);
            List<String> tables = tables(c);
            long rows = 0;
            try (var zip = new ZipOutputStream(Files.newOutputStream(partial))) {
                var manifest = new Properties();
                manifest.setProperty("format", FORMAT);
                manifest.setProperty("schema-version", version);
                manifest.setProperty("taken-at", Instant.now().toString());
                manifest.setProperty("tables", String.join(",", tables));
                zip.putNextEntry(new ZipEntry(MANIFEST));
                manifest.store(new NonClosing(zip), "IPFin database backup");
                zip.closeEntry();
                var copy = c.unwrap(PGConnection.class).getCopyAPI();
                for (String table : tables) {
                    zip.putNextEntry(new ZipEntry("tables/" + table + ".copy"));
                    rows += copy.copyOut("copy " + quoted(table) + " to stdout", new NonClosing(zip));
                    zip.closeEntry();
                }
                zip.putNextEntry(new ZipEntry(SEQUENCES));
                zip.write(sequences(c).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            c.commit();
            Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return new Summary(version, tables.size(), rows);
        } catch (SQLException e) {
            throw new IllegalStateException("backup failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("backup failed", e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the .part file only remains after a failure, and says so by its name
            }
        }
    }

    /** The Flyway schema version a backup was taken at: the restore migrates to exactly this version first. */
    public static String schemaVersion(Path file) {
        try (var zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(MANIFEST);
            if (entry == null) throw new IllegalArgumentException(file + " is not an IPFin database backup");
            var manifest = new Properties();
            try (InputStream in = zip.getInputStream(entry)) {
                manifest.load(in);
            }
            if (!FORMAT.equals(manifest.getProperty("format"))) {
                throw new IllegalArgumentException(file + " is not an IPFin database backup of format " + FORMAT);
            }
            return manifest.getProperty("schema-version");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Loads a backup into a database just migrated to its schema version; one transaction, so all or nothing. */
    public Summary restore(Path file) {
        try (var zip = new ZipFile(file.toFile()); Connection c = dataSource.getConnection()) {
            var manifest = new Properties();
            try (InputStream in = zip.getInputStream(zip.getEntry(MANIFEST))) {
                manifest.load(in);
            }
            String version = manifest.getProperty("schema-version");
            if (!version.equals(schemaVersion(c))) {
                throw new IllegalStateException("the database is at schema version " + schemaVersion(c)
                        + ", the backup at " + version);
            }
            List<String> tables = List.of(manifest.getProperty("tables").split(","));
            c.setAutoCommit(false);
            long rows = 0;
            try (var st = c.createStatement()) {
                // rows the migrations wrote (reference data) give way to the copy's; triggers and foreign keys are
                // not re-checked: the copy was consistent when it was taken
                st.execute("set local session_replication_role = replica");
                st.execute("truncate " + String.join(", ", tables.stream().map(DatabaseBackup::quoted).toList()));
            }
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (String table : tables) {
                ZipEntry entry = zip.getEntry("tables/" + table + ".copy");
                try (InputStream in = zip.getInputStream(entry)) {
                    rows += copy.copyIn("copy " + quoted(table) + " from stdin", in);
                }
            }
            try (InputStream in = zip.getInputStream(zip.getEntry(SEQUENCES)); var st = c.createStatement()) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String[] parts = line.split("\t");
                    // a sequence never used in the copy keeps the value the migrations left: ids may skip, never repeat
                    if (line.isBlank() || parts[1].equals("\\N")) continue;
                    st.execute("select setval('" + quoted(parts[0]) + "', " + Long.parseLong(parts[1]) + ", true)");
                }
            }
            c.commit();
            return new Summary(version, tables.size(), rows);
        } catch (SQLException e) {
            throw new IllegalStateException("restore failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("restore failed", e);
        }
    }

    private static String schemaVersion(Connection c) throws SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery("""
                select version from flyway_schema_history where success and version is not null
                order by installed_rank desc limit 1""")) {
            if (!rs.next()) throw new IllegalStateException("the database has no Flyway schema history");
            return rs.getString(1);
        }
    }

    /** The platform's tables (Flyway's own history is written by the restore's migration). */
    private static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (var st = c.createStatement(); var rs = st.executeQuery("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and c.relkind in ('r', 'p') and not c.relispartition
                  and c.relname <> 'flyway_schema_history'
                order by c.relname""")) {
            while (rs.next()) tables.add(rs.getString(1));
        }
        return tables;
    }

    private static String sequences(Connection c) throws SQLException {
        Map<String, String> values = new LinkedHashMap<>();
        try (var st = c.createStatement(); var rs = st.executeQuery("""
                select sequencename, last_value from pg_sequences where schemaname = current_schema()
                order by sequencename""")) {
            while (rs.next()) values.put(rs.getString(1), rs.getString(2) == null ? "\\N" : rs.getString(2));
        }
        var out = new StringBuilder();
        values.forEach((name, value) -> out.append(name).append('\t').append(value).append('\n'));
        return out.toString();
    }

    /** Names come from pg_class and the backup's own manifest; quoted all the same. */
    private static String quoted(String identifier) {
        if (!identifier.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("unexpected table or sequence name: " + identifier);
        }
        return identifier;
    }

    /** Lets COPY and Properties write into one zip entry without closing the whole zip. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
