package org.casebook.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL left behind in a data directory by a Casebook that was killed hard: the server outlives the JVM and
 * its {@code postmaster.pid} makes the next start fail. Only called while holding the data directory's lock, so no
 * live Casebook owns that server. Stopping it the polite way (SIGTERM) lets PostgreSQL shut down cleanly; nothing
 * committed is lost.
 */
final class OrphanedServer {
    private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);
    private static final Duration POLITE = Duration.ofSeconds(30);
    private static final Duration FORCED = Duration.ofSeconds(10);

    private OrphanedServer() {}

    /** Stops the server named by {@code postmaster.pid} if it still runs, then removes a stale pid file. */
    static void stopIfAny(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> server = postmaster(pidFile);
        if (server.isPresent()) {
            ProcessHandle postmaster = server.get();
            log.warn("A PostgreSQL (pid {}) was left running in {} by a Casebook that did not shut down; stopping it",
                    postmaster.pid(), dataDirectory);
            List<ProcessHandle> children = postmaster.descendants().toList();
            postmaster.destroy();
            if (!waitFor(postmaster, POLITE)) {
                postmaster.destroyForcibly();
                waitFor(postmaster, FORCED);
            }
            children.forEach(child -> {
                if (child.isAlive()) {
                    child.destroyForcibly();
                    waitFor(child, FORCED);
                }
            });
            if (postmaster.isAlive()) {
                throw new IllegalStateException("Could not stop the PostgreSQL (pid " + postmaster.pid()
                        + ") left running in " + dataDirectory + "; stop it by hand and start Casebook again.");
            }
        }
        if (Files.deleteIfExists(pidFile)) {
            log.info("Removed the stale {}", pidFile);
        }
    }

    /** The live process the pid file names, if it is a PostgreSQL server (a reused pid is left alone). */
    private static Optional<ProcessHandle> postmaster(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).strip());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
    }

    private static boolean waitFor(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
