package org.casebook.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default against a real data directory, with a second JVM playing the other Casebook. */
class EmbeddedPostgresServerIT {
    @TempDir Path home;
    private final List<Process> instances = new ArrayList<>();
    private final List<Path> dataDirectories = new ArrayList<>();

    @AfterEach
    void stopEverythingStarted() throws Exception {
        for (Process instance : instances) {
            instance.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        for (Path dir : dataDirectories) {
            OrphanedServer.stopIfAny(dir); // the killed instances' PostgreSQL servers
        }
    }

    @Test
    void keepsCommittedDataAcrossARestart() throws Exception {
        Path dir = home.resolve("postgres");
        try (var server = EmbeddedPostgresServer.start(dir)) {
            execute(server, "create table kept (words text)", "insert into kept values ('still here')");
        }

        try (var server = EmbeddedPostgresServer.start(dir)) {
            assertThat(words(server)).containsExactly("still here");
        }
    }

    @Test
    void refusesASecondInstanceOnTheSameDataDirectory() throws Exception {
        Path dir = home.resolve("postgres");
        startHoldingInstance(dir);

        assertThatThrownBy(() -> EmbeddedPostgresServer.start(dir))
                .isInstanceOf(DataDirectoryInUseException.class)
                .hasMessage("Casebook is already running with data directory " + dir);
    }

    @Test
    void recoversAfterTheInstanceWasKilledHardAndLosesNothing() throws Exception {
        Path dir = home.resolve("postgres");
        Process first = startHoldingInstance(dir);
        long orphan = Long.parseLong(Files.readAllLines(dir.resolve("postmaster.pid")).getFirst().strip());

        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // kill -9: PostgreSQL outlives the JVM
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).contains(true);

        try (var server = EmbeddedPostgresServer.start(dir)) {
            assertThat(words(server)).containsExactly("committed before the crash");
        }
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
    }

    private Process startHoldingInstance(Path dir) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldingInstance.class.getName(), dir.toString())
                .redirectErrorStream(true)
                .start();
        instances.add(process);
        dataDirectories.add(dir);
        var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder log = new StringBuilder();
        for (String line; (line = out.readLine()) != null; ) {
            if (line.equals("READY")) {
                Thread.ofVirtual().start(() -> out.lines().forEach(l -> {})); // keep draining its output
                return process;
            }
            log.append(line).append('\n');
        }
        throw new IllegalStateException("the holding instance ended before it was ready:\n" + log);
    }

    private static void execute(EmbeddedPostgresServer server, String... statements) throws SQLException {
        try (var connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", "postgres");
                var statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static List<String> words(EmbeddedPostgresServer server) throws SQLException {
        try (var connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", "postgres");
                var result = connection.createStatement().executeQuery("select words from kept")) {
            List<String> words = new ArrayList<>();
            while (result.next()) {
                words.add(result.getString(1));
            }
            return words;
        }
    }
}
