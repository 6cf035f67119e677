package cn.ipfin.shared.db;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The command line form of {@link DatabaseBackup}:
 * <pre>
 *   java -jar ipfin-server-exec.jar db backup &lt;file&gt;                    (while the platform runs, or not)
 *   java -jar ipfin-server-exec.jar db restore &lt;file&gt; &lt;empty data dir&gt;  (a new embedded database)
 * </pre>
 * Same database settings as the platform (the embedded cluster of {@code ipfin.embedded-db.data-dir} is attached to
 * when it runs); exit code 0 on success, 1 otherwise.
 */
@Component
public class DatabaseCommand implements ApplicationRunner, ExitCodeGenerator {

    private final DatabaseBackup backup;
    private int exitCode;

    DatabaseCommand(DatabaseBackup backup) {
        this.backup = backup;
    }

    private static List<String> words(String[] args) {
        return Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
    }

    public static boolean matches(String[] args) {
        List<String> words = words(args);
        return words.size() == 3 && words.get(0).equals("db") && words.get(1).equals("backup")
                || words.size() == 4 && words.get(0).equals("db") && words.get(1).equals("restore");
    }

    /**
     * The arguments a restore starts Spring with: the new, empty data directory for the embedded database (never an
     * external one), migrated only to the backup's schema version (later starts migrate onwards).
     */
    public static String[] withRestoreSettings(String[] args) {
        List<String> words = words(args);
        if (!words.get(1).equals("restore")) return args;
        Path file = Path.of(words.get(2));
        Path dir = Path.of(words.get(3)).toAbsolutePath().normalize();
        try {
            if (Files.exists(dir) && (!Files.isDirectory(dir) || Files.list(dir).findAny().isPresent())) {
                throw new IllegalArgumentException("restore needs an empty data directory, and " + dir
                        + " is not empty / 恢复需要一个空的数据目录");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.add("--spring.datasource.url=");
        all.add("--ipfin.embedded-db.data-dir=" + dir);
        all.add("--ipfin.embedded-db.port=0");
        all.add("--spring.flyway.target=" + DatabaseBackup.schemaVersion(file));
        return all.toArray(String[]::new);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!matches(args.getSourceArgs())) {
            return;
        }
        List<String> words = words(args.getSourceArgs());
        Path file = Path.of(words.get(2)).toAbsolutePath();
        try {
            if (words.get(1).equals("backup")) {
                var summary = backup.backup(file);
                System.out.printf("Backup written / 备份完成: %s (schema %s, %d tables, %d rows)%n", file,
                        summary.schemaVersion(), summary.tables(), summary.rows());
            } else {
                var summary = backup.restore(file);
                System.out.printf("Restored / 恢复完成: %s into %s (schema %s, %d tables, %d rows); start the platform "
                                + "with --ipfin.embedded-db.data-dir=%s%n", file, words.get(3), summary.schemaVersion(),
                        summary.tables(), summary.rows(), words.get(3));
            }
            exitCode = 0;
        } catch (RuntimeException e) {
            System.out.println("FAILED / 失败: " + e.getMessage());
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
