package cn.ipfin.shared.db;

import cn.ipfin.IntegrationTest;
import cn.ipfin.IpfinApplication;
import cn.ipfin.ledger.LedgerVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Backs up the running platform's database (the suite's demo district and whatever the other tests wrote), restores
 * the copy through the real {@code db restore} command into an empty data directory, and finds every table with the
 * same rows and the ledger's hash chains intact.
 */
@IntegrationTest
class DatabaseBackupTest {

    @Autowired DatabaseBackup backup;
    @Autowired JdbcClient jdbc;
    @TempDir Path work;

    /** Row count and an order-independent digest of each table, as one snapshot. */
    private static Map<String, String> fingerprint(JdbcClient db) {
        List<String> tables = db.sql("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and c.relkind = 'r' and c.relname <> 'flyway_schema_history'
                order by c.relname""").query(String.class).list();
        Map<String, String> result = new LinkedHashMap<>();
        for (String table : tables) {
            result.put(table, db.sql("select count(*) || ':' || coalesce(md5(string_agg(md5(t::text), '' order by md5(t::text))), '') from "
                    + table + " t").query(String.class).single());
        }
        return result;
    }

    @Test
    void a_backup_taken_while_running_restores_into_an_empty_directory_with_the_same_data_and_an_intact_ledger()
            throws Exception {
        Path file = work.resolve("ipfin.backup");
        Map<String, String> before = fingerprint(jdbc);
        var summary = backup.backup(file);
        assertThat(summary.rows()).isPositive();
        assertThat(before).containsKeys("ledger_entry", "loan", "loan_document", "app_user");

        Path dir = work.resolve("restored/pg");
        String[] args = DatabaseCommand.withRestoreSettings(new String[]{"db", "restore", file.toString(), dir.toString()});
        var restored = new SpringApplicationBuilder(IpfinApplication.class).web(WebApplicationType.NONE).profiles("cli")
                .run(args);
        try {
            assertThat(restored.getBean(DatabaseCommand.class).getExitCode()).isZero();
            assertThat(fingerprint(restored.getBean(JdbcClient.class))).isEqualTo(before);
            var verification = restored.getBean(LedgerVerifier.class).verify();
            assertThat(verification.intact()).isTrue();
            assertThat(verification.entriesChecked()).isPositive();
        } finally {
            restored.close();
            EmbeddedPostgresServer.stop(dir);
        }
        // a restore never writes into a directory that holds something
        assertThatThrownBy(() -> DatabaseCommand.withRestoreSettings(new String[]{"db", "restore", file.toString(),
                dir.toString()})).hasMessageContaining("not empty");
        assertThat(Files.exists(dir.resolve("PG_VERSION"))).isTrue();
    }
}
