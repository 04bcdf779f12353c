package org.casebook.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded PostgreSQL whose data directory persists across restarts. Starting takes an exclusive lock on
 * {@code <data-dir>.lock} next to the data directory (released by the operating system if the JVM dies), refuses
 * with {@link DataDirectoryInUseException} when another process holds it, and stops a server orphaned by a killed
 * instance before starting. Closing stops the server and releases the lock.
 */
final class EmbeddedPostgresServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final Path dataDirectory;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(Path dataDirectory, FileChannel lockChannel, FileLock lock, EmbeddedPostgres postgres) {
        this.dataDirectory = dataDirectory;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.postgres = postgres;
    }

    static EmbeddedPostgresServer start(Path dataDirectory) throws IOException {
        Path dir = dataDirectory.toAbsolutePath().normalize();
        Path parent = dir.getParent();
        if (parent == null) {
            throw new IllegalArgumentException("the data directory cannot be a file-system root: " + dir);
        }
        Files.createDirectories(parent);
        FileChannel channel = FileChannel.open(lockFile(dir), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = tryLock(channel);
        if (lock == null) {
            channel.close();
            throw new DataDirectoryInUseException(dir);
        }
        try {
            OrphanedServer.stopIfAny(dir);
            long started = System.nanoTime();
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            log.info("Embedded PostgreSQL is up on port {} with data directory {} ({} ms)", postgres.getPort(), dir,
                    (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedPostgresServer(dir, channel, lock, postgres);
        } catch (IOException | RuntimeException e) {
            lock.release();
            channel.close();
            throw e;
        }
    }

    static Path lockFile(Path dataDirectory) {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".lock");
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) { // held by this very JVM
            return null;
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
            log.info("Embedded PostgreSQL stopped");
        } finally {
            lock.release();
            lockChannel.close();
        }
    }
}
