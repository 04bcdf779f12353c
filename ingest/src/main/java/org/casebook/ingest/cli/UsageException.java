package org.casebook.ingest.cli;

/** The command line was wrong: exit code 2 with a one-line message. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
