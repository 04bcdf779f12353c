package org.casebook.database;

import java.nio.file.Path;
import java.sql.DriverManager;

/**
 * A stand-in for a running Casebook, started as a separate JVM by {@link EmbeddedPostgresServerIT}: starts the
 * embedded server in the given data directory, commits a row, says READY and waits to be killed.
 */
final class HoldingInstance {
    private HoldingInstance() {}

    public static void main(String[] args) throws Exception {
        var server = EmbeddedPostgresServer.start(Path.of(args[0]));
        try (var connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", "postgres");
                var statement = connection.createStatement()) {
            statement.execute("create table if not exists kept (words text)");
            statement.execute("insert into kept values ('committed before the crash')");
        }
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
