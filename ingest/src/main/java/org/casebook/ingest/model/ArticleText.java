package org.casebook.ingest.model;

import java.util.List;
import java.util.Objects;

/**
 * An article as the pipeline reads it: where it came from, its clean text ({@code body}), its metadata, and its
 * blocks (paragraphs, headings, quotes, list items) as spans into the body, in order and not overlapping.
 */
public record ArticleText(String location, String body, ArticleMetadata metadata, List<Block> blocks) {
    public ArticleText {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(metadata, "metadata");
        blocks = List.copyOf(blocks);
        int end = 0;
        for (Block block : blocks) {
            if (block.span().start() < end || block.span().end() > body.length()) {
                throw new IllegalArgumentException("block " + block + " is out of order or outside the text");
            }
            end = block.span().end();
        }
    }

    /** A text with no metadata that is one paragraph. */
    public static ArticleText paragraph(String location, String body) {
        return new ArticleText(location, body, ArticleMetadata.none(),
                List.of(new Block(Block.Kind.PARAGRAPH, new TextSpan(0, body.length()))));
    }
}
