package org.casebook.ingest.source;

import java.util.Objects;
import org.casebook.ingest.model.Block;

/** A block as a format reader found it: its kind and its text, not yet placed in a body. */
record RawBlock(Block.Kind kind, String text) {
    RawBlock {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    static RawBlock paragraph(String text) {
        return new RawBlock(Block.Kind.PARAGRAPH, text);
    }
}
