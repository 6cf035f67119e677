package cn.ipfin.shared.db;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one DataSource. With spring.datasource.url (or IPFIN_DB_URL) set it is that external PostgreSQL;
 * otherwise an embedded PostgreSQL 17 is started and used. Nothing else in the platform knows which.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(DataSourceProperties properties, EmbeddedDatabaseProperties embedded) {
        String url = properties.getUrl();
        if (url == null || url.isBlank()) {
            properties.setUrl(EmbeddedPostgresServer.jdbcUrl(embedded));
            properties.setUsername("postgres");
            properties.setPassword("postgres");
        }
        return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    }
}
