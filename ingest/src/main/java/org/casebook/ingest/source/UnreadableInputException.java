package org.casebook.ingest.source;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when an input cannot be turned into article text. The message is one line that names the input (a file
 * name or URL) and says why, for example {@code "report.pdf is encrypted"}; it is meant to be shown to the user.
 */
public final class UnreadableInputException extends RuntimeException {
    private final String input;
    private final String reason;

    public UnreadableInputException(String input, String reason) {
        this(input, reason, null);
    }

    public UnreadableInputException(String input, String reason, @Nullable Throwable cause) {
        super(oneLine(input + " " + reason), cause);
        this.input = input;
        this.reason = reason;
    }

    /** The file name or URL that could not be read. */
    public String input() {
        return input;
    }

    /** Why it could not be read, as a phrase that follows the input's name ("is encrypted"). */
    public String reason() {
        return reason;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
