package org.casebook.ingest.segment;

import java.util.ArrayList;
import java.util.List;
import org.casebook.ingest.model.ArticleText;
import org.casebook.ingest.model.Block;
import org.casebook.ingest.model.Segment;
import org.casebook.ingest.model.TextSpan;

/**
 * Splits each block of an article into sentences. A sentence ends at {@code . ! ?} (with any closing quotes or
 * brackets after it) when the next word starts a new sentence, except after abbreviations ("Sen.", "Calif."),
 * initials ("Kamala D. Harris"), dotted acronyms followed by a lower-case word ("U.S. border") and ellipses inside a
 * sentence. Spans are trimmed of surrounding white space and never cross a block. Stateless and thread-safe.
 */
public final class Segmenter {

    public List<Segment> segment(ArticleText article) {
        String body = article.body();
        List<Segment> segments = new ArrayList<>();
        List<Block> blocks = article.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            TextSpan span = blocks.get(b).span();
            QuoteTracker quotes = new QuoteTracker(body);
            int start = span.start();
            for (int end : SentenceBoundaries.find(body, span.start(), span.end())) {
                TextSpan trimmed = trim(body, start, end);
                if (trimmed != null) {
                    boolean quoted = quotes.isQuoted(trimmed);
                    segments.add(new Segment(segments.size(), trimmed, b, quoted));
                }
                start = end;
            }
        }
        return segments;
    }

    private static TextSpan trim(String body, int start, int end) {
        while (start < end && Character.isWhitespace(body.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
            end--;
        }
        return start < end ? new TextSpan(start, end) : null;
    }

    /** The first sentence of a short text, trimmed; the whole text, trimmed, when it has one sentence or none. */
    public String first(String text) {
        String body = text.strip();
        if (body.isEmpty()) {
            return body;
        }
        List<Segment> segments = segment(ArticleText.paragraph("text", body));
        return segments.isEmpty() ? body : segments.getFirst().span().cut(body);
    }
}
