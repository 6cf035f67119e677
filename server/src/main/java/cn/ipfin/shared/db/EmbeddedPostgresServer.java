package cn.ipfin.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One embedded PostgreSQL per data directory and JVM. Tests create several Spring contexts, and all of them share
 * the throw-away server (isolating by transaction), so the suite pays for one start only.
 *
 * <p>A cluster belongs to its data directory, never to a port: a port may be held by the cluster of another copy of
 * the platform (another directory), and PostgreSQL's start-up wait would happily connect to that one. So the port
 * is kept with the data directory (chosen free at the first start and remembered in {@value #PORT_FILE}), a fixed
 * port that is already taken is refused before starting, and every connection target is checked with
 * {@code show data_directory} before anything (Flyway, the demo loader) uses it.
 */
final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    /** The port the cluster of this data directory listens on, kept inside the directory. */
    static final String PORT_FILE = "ipfin-port";
    private static final String THROW_AWAY = "";
    private static final Map<String, Started> servers = new HashMap<>();

    private record Started(EmbeddedPostgres server, String jdbcUrl) {
    }

    private EmbeddedPostgresServer() {
    }

    static synchronized String jdbcUrl(EmbeddedDatabaseProperties properties) {
        String dataDir = properties.dataDir();
        if (dataDir == null || dataDir.isBlank()) {
            return servers.computeIfAbsent(THROW_AWAY, k -> {
                EmbeddedPostgres started = start(null, properties.port());
                return new Started(started, started.getJdbcUrl("postgres", "postgres"));
            }).jdbcUrl();
        }
        Path dir = Path.of(dataDir).toAbsolutePath().normalize();
        Started known = servers.get(dir.toString());
        if (known != null) {
            return known.jdbcUrl();
        }
        try {
            Optional<Integer> running = runningServerPort(dir);
            if (running.isPresent()) {
                String url = url(running.get());
                requireOwnCluster(url, dir);
                log.info("Reusing the embedded PostgreSQL already running on {} (port {})", dir, running.get());
                return url;
            }
            int port = portFor(dir, properties.port());
            EmbeddedPostgres started = start(dir, port);
            String url = url(started.getPort());
            try {
                requireOwnCluster(url, dir);
            } catch (IllegalStateException e) {
                started.close();
                throw e;
            }
            Files.writeString(dir.resolve(PORT_FILE), Integer.toString(started.getPort()), StandardCharsets.US_ASCII);
            servers.put(dir.toString(), new Started(started, url));
            return url;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the cluster of a data directory this JVM started (tests, the restore command). */
    static synchronized void stop(Path dataDir) throws IOException {
        Started started = servers.remove(dataDir.toAbsolutePath().normalize().toString());
        if (started != null) {
            started.server().close();
        }
    }

    private static String url(int port) {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    /**
     * The port to start on: the configured one when fixed (refused when something already listens there), else the
     * one remembered in the data directory if still free, else a free one.
     */
    static int portFor(Path dir, int configured) throws IOException {
        if (configured > 0) {
            if (!isFree(configured)) {
                throw new IllegalStateException(("Port %d (ipfin.embedded-db.port) is already in use, perhaps by the "
                        + "embedded database of another copy of the platform; the database of %s is not started there. "
                        + "Stop the other program, or set ipfin.embedded-db.port=0 to keep a free port with this data "
                        + "directory. / 端口 %d 已被占用（可能是另一份平台副本的内置数据库），不会连接到它；请停止该程序，或设置 "
                        + "ipfin.embedded-db.port=0。").formatted(configured, dir, configured));
            }
            return configured;
        }
        Path file = dir.resolve(PORT_FILE);
        if (Files.exists(file)) {
            try {
                int remembered = Integer.parseInt(Files.readString(file, StandardCharsets.US_ASCII).strip());
                if (remembered > 0 && isFree(remembered)) {
                    return remembered;
                }
                log.warn("Port {} remembered for {} is taken by another program: the embedded database moves to a free port",
                        remembered, dir);
            } catch (NumberFormatException e) {
                log.warn("Unreadable {}", file);
            }
        }
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static boolean isFree(int port) {
        try (var socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The cluster behind url must be the one of dir: otherwise it is another copy's database and must not be touched. */
    static void requireOwnCluster(String url, Path dir) {
        String actual;
        try (var connection = DriverManager.getConnection(url, "postgres", "postgres");
             var statement = connection.createStatement();
             var rs = statement.executeQuery("show data_directory")) {
            rs.next();
            actual = rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("The embedded PostgreSQL of " + dir + " cannot be reached at " + url
                    + " / 无法连接内置数据库: " + e.getMessage(), e);
        }
        if (!samePath(Path.of(actual), dir)) {
            throw new IllegalStateException(("Refusing to use the PostgreSQL at %s: it serves the data directory %s, not "
                    + "%s (another copy of the platform?). Set ipfin.embedded-db.port=0 or another free port. / 拒绝连接 %s："
                    + "它的数据目录是 %s，而不是 %s（另一份平台副本？）。").formatted(url, actual, dir, url, actual, dir));
        }
    }

    private static boolean samePath(Path a, Path b) {
        try {
            return a.toRealPath().equals(b.toRealPath());
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    private static EmbeddedPostgres start(Path dataDir, int port) {
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
            if (port > 0) {
                builder.setPort(port);
            }
            if (dataDir != null) {
                Files.createDirectories(dataDir.getParent());
                builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
                log.info("Embedded PostgreSQL keeps its data in {}", dataDir);
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
