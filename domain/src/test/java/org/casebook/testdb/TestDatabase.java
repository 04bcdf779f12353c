package org.casebook.testdb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL server of this test JVM, started on first use and shared by every Spring context: Testcontainers'
 * {@code postgres:18} when a Docker engine answers, otherwise an embedded PostgreSQL 18 (zonky) in a temporary
 * directory. Both stop when the JVM exits.
 */
public final class TestDatabase {
    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
    private static volatile TestDatabase instance;

    private final String jdbcUrl;
    private final String username;
    private final String password;

    private TestDatabase(String jdbcUrl, String username, String password) {
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
    }

    public static TestDatabase get() {
        TestDatabase db = instance;
        if (db == null) {
            synchronized (TestDatabase.class) {
                db = instance;
                if (db == null) {
                    db = start();
                    instance = db;
                }
            }
        }
        return db;
    }

    private static TestDatabase start() {
        if (dockerAnswers()) {
            var container = new PostgreSQLContainer("postgres:18");
            container.start();
            log.info("Tests use PostgreSQL in a container at {}", container.getJdbcUrl());
            return new TestDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    log.warn("Could not stop the embedded test PostgreSQL", e);
                }
            }));
            String url = postgres.getJdbcUrl("postgres", "postgres");
            log.info("No Docker engine answers: tests use an embedded PostgreSQL at {}", url);
            return new TestDatabase(url, "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("could not start an embedded PostgreSQL for the tests", e);
        }
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }
}
