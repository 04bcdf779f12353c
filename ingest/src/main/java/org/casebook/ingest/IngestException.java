package org.casebook.ingest;

/** A pipeline stage failed on an article; names the stage and the article's location. */
public final class IngestException extends RuntimeException {
    private final String stage;

    public IngestException(String stage, String location, Throwable cause) {
        super("stage '%s' failed on %s: %s".formatted(stage, location, cause.getMessage()), cause);
        this.stage = stage;
    }

    public String stage() {
        return stage;
    }
}
