package cn.ipfin.shared.db;

import cn.ipfin.IpfinApplication;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two copies of the platform on one machine, each with its own data directory: each starts its own embedded
 * PostgreSQL and sees only its own data. A copy told to use the port where the other's cluster listens refuses to
 * start instead of migrating and loading into the other's database.
 */
class TwoPlatformsTest {

    @TempDir static Path home;
    private static final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

    private static ConfigurableApplicationContext platform(Path dataDir, int port) {
        var context = new SpringApplicationBuilder(IpfinApplication.class)
                .web(WebApplicationType.NONE)
                .profiles("cli") // no demo district: the test writes its own rows
                .run("--ipfin.embedded-db.data-dir=" + dataDir, "--ipfin.embedded-db.port=" + port,
                        "--ipfin.close.scheduled=false", "--ipfin.valuation.revaluation-enabled=false",
                        "--spring.datasource.hikari.maximum-pool-size=4");
        contexts.add(context);
        return context;
    }

    private static int port(ConfigurableApplicationContext context) {
        String url = context.getBean(HikariDataSource.class).getJdbcUrl();
        return Integer.parseInt(url.replaceAll(".*localhost:(\\d+)/.*", "$1"));
    }

    private static List<String> organisations(ConfigurableApplicationContext context) {
        return context.getBean(JdbcClient.class).sql("select code from organisation where code like 'bank-of-%' order by code").query(String.class).list();
    }

    private static void organisation(ConfigurableApplicationContext context, String code) {
        context.getBean(JdbcClient.class).sql("""
                        insert into organisation (code, name, type, district) values (:code, :code, 'BANK', 'test')""")
                .param("code", code).update();
    }

    @AfterAll
    static void stop() throws Exception {
        for (var context : contexts) context.close();
        EmbeddedPostgresServer.stop(home.resolve("a/pg"));
        EmbeddedPostgresServer.stop(home.resolve("b/pg"));
    }

    @Test
    void two_platforms_from_two_directories_each_see_only_their_own_data() throws Exception {
        Path dirA = home.resolve("a/pg");
        Path dirB = home.resolve("b/pg");
        var a = platform(dirA, 0);
        organisation(a, "bank-of-a");
        int portA = port(a);
        // the port stays with the data directory
        assertThat(Files.readString(dirA.resolve(EmbeddedPostgresServer.PORT_FILE)).strip()).isEqualTo(Integer.toString(portA));

        // the second copy configured with the first copy's port: refused, nothing written into a's database
        assertThatThrownBy(() -> platform(dirB, portA))
                .rootCause().hasMessageContaining("already in use").hasMessageContaining("ipfin.embedded-db.port");
        // and were the port free when checked but another cluster answered there, the data directory check refuses it
        assertThatThrownBy(() -> EmbeddedPostgresServer.requireOwnCluster("jdbc:postgresql://localhost:" + portA + "/postgres", dirB))
                .hasMessageContaining("Refusing").hasMessageContaining(dirA.getFileName().toString());

        var b = platform(dirB, 0);
        organisation(b, "bank-of-b");
        assertThat(port(b)).isNotEqualTo(portA);
        assertThat(organisations(a)).containsExactly("bank-of-a");
        assertThat(organisations(b)).containsExactly("bank-of-b");
        assertThat(a.getBean(JdbcClient.class).sql("show data_directory").query(String.class).single())
                .isEqualTo(dirA.toRealPath().toString());
        assertThat(b.getBean(JdbcClient.class).sql("show data_directory").query(String.class).single())
                .isEqualTo(dirB.toRealPath().toString());
    }
}
