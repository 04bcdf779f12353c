package org.casebook.ingest.source;

/** The input formats a reader understands, each with the phrase used when it holds no article text. */
enum Format {
    PDF("has no text layer (scanned images?)"),
    DOCX("has no text"),
    HTML("has no article body that could be found"),
    MARKDOWN("has no text"),
    TEXT("has no text");

    private final String emptyReason;

    Format(String emptyReason) {
        this.emptyReason = emptyReason;
    }

    String emptyReason() {
        return emptyReason;
    }
}
