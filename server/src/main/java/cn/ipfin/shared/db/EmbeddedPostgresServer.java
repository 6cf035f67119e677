package cn.ipfin.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One embedded PostgreSQL per JVM. Tests create several Spring contexts, and all of them share this
 * server (isolating by transaction), so the suite pays for one start only.
 */
final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static EmbeddedPostgres server;

    private EmbeddedPostgresServer() {
    }

    static synchronized String jdbcUrl(EmbeddedDatabaseProperties properties) {
        if (server == null) {
            String dataDir = properties.dataDir();
            if (dataDir != null && !dataDir.isBlank()) {
                try {
                    Optional<Integer> port = runningServerPort(Path.of(dataDir).toAbsolutePath());
                    if (port.isPresent()) {
                        log.info("Reusing the embedded PostgreSQL already running on {} (port {})", dataDir, port.get());
                        return "jdbc:postgresql://localhost:" + port.get() + "/postgres";
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            server = start(properties);
        }
        return server.getJdbcUrl("postgres", "postgres");
    }

    private static EmbeddedPostgres start(EmbeddedDatabaseProperties properties) {
        try {
            var builder = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "256MB")
                    // the daily close rewrites every active loan's row: fewer checkpoints mean fewer full-page writes
                    .setServerConfig("max_wal_size", "4GB")
                    .setServerConfig("fsync", "on")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setLocaleConfig("encoding", "UTF8");
            if (properties.port() > 0) {
                builder.setPort(properties.port());
            }
            String dataDir = properties.dataDir();
            if (dataDir != null && !dataDir.isBlank()) {
                Path dir = Path.of(dataDir).toAbsolutePath();
                Files.createDirectories(dir.getParent());
                builder.setDataDirectory(dir).setCleanDataDirectory(false);
                log.info("Embedded PostgreSQL keeps its data in {}", dir);
            }
            EmbeddedPostgres started = builder.start();
            log.info("Embedded PostgreSQL 17 listening on port {}", started.getPort());
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
    }

    /**
     * A server already running on this data directory (another process of ours, or one left behind by a
     * process that was killed) is reused rather than fought over: its port is the fourth line of postmaster.pid.
     */
    private static Optional<Integer> runningServerPort(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        try {
            long pid = Long.parseLong(lines.get(0).trim());
            if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && lines.size() > 3) {
                return Optional.of(Integer.parseInt(lines.get(3).trim()));
            }
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            log.warn("Unreadable {}", pidFile);
        }
        Files.delete(pidFile);
        return Optional.empty();
    }
}
