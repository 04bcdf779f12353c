package org.casebook.database;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: an embedded PostgreSQL in {@code casebook.data-dir}. Applies only when no
 * {@code spring.datasource.url} is configured; then Spring Boot's own data source is used and nothing is embedded.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceUrl.class)
class EmbeddedDatabaseConfiguration {
    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(@Value("${casebook.data-dir}") Path dataDirectory) throws IOException {
        return EmbeddedPostgresServer.start(dataDirectory);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgresServer server) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername("postgres");
        dataSource.setPassword("postgres");
        dataSource.setPoolName("casebook-embedded");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }
}
