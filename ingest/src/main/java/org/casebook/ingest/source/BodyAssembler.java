package org.casebook.ingest.source;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.casebook.ingest.model.ArticleMetadata;
import org.casebook.ingest.model.ArticleText;
import org.casebook.ingest.model.Block;
import org.casebook.ingest.model.TextSpan;

/**
 * Lays blocks out as one body: each block's text is NFC-normalised, freed of soft hyphens and zero-width
 * characters, and has its white space collapsed to single spaces; empty blocks are dropped; blocks are joined by
 * a blank line ({@code "\n\n"}) and each block's span covers exactly its text. Thread-safe.
 */
final class BodyAssembler {
    static final String BLOCK_SEPARATOR = "\n\n";
    private static final Pattern INVISIBLE = Pattern.compile("[\u00AD\u200B\u200C\u200D\u2060\uFEFF]");
    private static final Pattern SPACE = Pattern.compile("[\\s\u00A0\u2007\u202F\u2028\u2029]+");

    /** The blocks with clean text, empty ones removed. */
    List<RawBlock> clean(List<RawBlock> blocks) {
        var cleaned = new ArrayList<RawBlock>(blocks.size());
        for (RawBlock block : blocks) {
            String text = cleanText(block.text());
            if (!text.isEmpty()) {
                cleaned.add(new RawBlock(block.kind(), text));
            }
        }
        return cleaned;
    }

    ArticleText assemble(String location, List<RawBlock> blocks, ArticleMetadata metadata) {
        var body = new StringBuilder();
        var placed = new ArrayList<Block>(blocks.size());
        for (RawBlock block : clean(blocks)) {
            if (!body.isEmpty()) {
                body.append(BLOCK_SEPARATOR);
            }
            int start = body.length();
            body.append(block.text());
            placed.add(new Block(block.kind(), new TextSpan(start, body.length())));
        }
        return new ArticleText(location, body.toString(), metadata, placed);
    }

    static String cleanText(String text) {
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFC);
        return SPACE.matcher(INVISIBLE.matcher(normalised).replaceAll("")).replaceAll(" ").strip();
    }
}
