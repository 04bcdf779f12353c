package org.casebook.database;

import java.nio.file.Path;

/** Another Casebook holds the lock on the data directory. */
final class DataDirectoryInUseException extends RuntimeException {
    private final Path dataDirectory;

    DataDirectoryInUseException(Path dataDirectory) {
        super("Casebook is already running with data directory " + dataDirectory);
        this.dataDirectory = dataDirectory;
    }

    Path dataDirectory() {
        return dataDirectory;
    }
}
