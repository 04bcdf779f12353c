package org.casebook.ingest.model;

/**
 * One sentence of an article. {@code block} is the index of the block it stands in; {@code quoted} is true when
 * the whole sentence lies inside quotation marks.
 */
public record Segment(int index, TextSpan span, int block, boolean quoted) {
    public Segment {
        if (index < 0 || block < 0) {
            throw new IllegalArgumentException("negative index in segment " + index + "/" + block);
        }
    }
}
