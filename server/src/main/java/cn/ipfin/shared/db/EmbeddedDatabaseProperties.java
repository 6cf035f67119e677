package cn.ipfin.shared.db;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded PostgreSQL 17 used when no external database is configured.
 *
 * @param dataDir where the cluster lives; blank means a throw-away directory (tests)
 * @param port    0 picks a free port
 */
@ConfigurationProperties("ipfin.embedded-db")
public record EmbeddedDatabaseProperties(String dataDir, int port) {
}
