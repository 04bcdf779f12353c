package org.casebook.ingest.source;

import java.util.List;
import org.casebook.ingest.model.ArticleMetadata;

/** What a format reader took out of an input: blocks in reading order and the metadata the format states. */
record Extract(List<RawBlock> blocks, ArticleMetadata metadata) {
    Extract {
        blocks = List.copyOf(blocks);
    }
}
