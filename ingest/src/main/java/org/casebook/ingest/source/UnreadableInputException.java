package org.casebook.ingest.source;

/** An input could not be read as an article; the message names the input and the reason. */
public class UnreadableInputException extends RuntimeException {
    public UnreadableInputException(String message) {
        super(message);
    }

    public UnreadableInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
