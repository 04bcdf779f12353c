package org.casebook.ingest.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.ingest.model.ArticleMetadata;
import org.casebook.ingest.model.Block;

/**
 * Reads decoded plain text into paragraphs. Two layouts are told apart by {@link WrapDetector}: hard-wrapped text
 * (lines of similar length, paragraphs separated by blank lines) has each paragraph's lines joined with one
 * space, repairing hyphenation; otherwise every non-blank line is a paragraph of its own. Lines starting with a
 * bullet ({@code -}, {@code *}, {@code •}) or a number ({@code 1.}) are list items, photo captions are dropped.
 * Plain text carries no metadata; a byline is handled by the caller. Thread-safe.
 */
final class PlainTextReader {
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•‣◦▪]|\\d{1,3}[.)])\\s+(.*)$");
    private static final double SHORT_LINE = 0.5;

    private final WrapDetector wrapDetector = new WrapDetector();
    private final LineJoiner joiner = new LineJoiner();
    private final CaptionFilter captions = new CaptionFilter();

    Extract read(String text) {
        List<List<String>> chunks = chunks(text);
        int width = wrapDetector.wrapWidth(chunks);
        var blocks = new ArrayList<RawBlock>();
        for (List<String> chunk : chunks) {
            if (width > 0) {
                unwrap(chunk, width, blocks);
            } else {
                chunk.forEach(line -> blocks.add(block(line)));
            }
        }
        blocks.removeIf(block -> captions.isCaption(block.text()));
        return new Extract(blocks, ArticleMetadata.none());
    }

    /** Groups of consecutive non-blank lines. */
    static List<List<String>> chunks(String text) {
        var chunks = new ArrayList<List<String>>();
        var current = new ArrayList<String>();
        for (String line : Arrays.asList(text.split("\n", -1))) {
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    chunks.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(line.strip());
            }
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }

    private void unwrap(List<String> chunk, int width, List<RawBlock> blocks) {
        RawBlock current = null;
        String previous = null;
        for (String line : chunk) {
            boolean startsNew = current == null
                    || BULLET.matcher(line).matches()
                    || (previous.length() < width * SHORT_LINE && endsSentence(previous));
            if (startsNew) {
                if (current != null) {
                    blocks.add(current);
                }
                current = block(line);
            } else {
                current = new RawBlock(current.kind(), joiner.join(current.text(), line));
            }
            previous = line;
        }
        if (current != null) {
            blocks.add(current);
        }
    }

    private static RawBlock block(String line) {
        Matcher bullet = BULLET.matcher(line);
        return bullet.matches()
                ? new RawBlock(Block.Kind.LIST_ITEM, bullet.group(1))
                : RawBlock.paragraph(line);
    }

    private static boolean endsSentence(String line) {
        return !line.isEmpty() && ".!?:\"”’)".indexOf(line.charAt(line.length() - 1)) >= 0;
    }
}
