package org.casebook.testdb;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points {@code spring.datasource.*} at the {@link TestDatabase} before the context starts, so the application's
 * own "embed a database when none is configured" default stays off, exactly as with a user's own server.
 */
public final class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase db = TestDatabase.get();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("casebookTestDatabase", Map.of(
                "spring.datasource.url", db.jdbcUrl(),
                "spring.datasource.username", db.username(),
                "spring.datasource.password", db.password())));
    }
}
