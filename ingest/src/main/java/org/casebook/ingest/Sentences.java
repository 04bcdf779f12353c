package org.casebook.ingest;

import java.util.List;
import org.casebook.ingest.model.ArticleMetadata;
import org.casebook.ingest.model.ArticleText;
import org.casebook.ingest.model.Block;
import org.casebook.ingest.model.Segment;
import org.casebook.ingest.model.TextSpan;
import org.casebook.ingest.segment.Segmenter;

/**
 * Sentences of a short text as the pipeline splits articles ("Mr. Trump", "Kamala D. Harris" and "U.S. aid" do not
 * end one), without loading the model. Stateless and thread-safe.
 */
public final class Sentences {
    private static final Segmenter SEGMENTER = new Segmenter();

    private Sentences() {}

    /** The text's first sentence, trimmed; the whole text, trimmed, when it has one sentence or none. */
    public static String first(String text) {
        String body = text.strip();
        if (body.isEmpty()) {
            return body;
        }
        ArticleText article = new ArticleText("text", body, ArticleMetadata.none(),
                List.of(new Block(Block.Kind.PARAGRAPH, new TextSpan(0, body.length()))));
        List<Segment> segments = SEGMENTER.segment(article);
        return segments.isEmpty() ? body : segments.getFirst().span().cut(body);
    }
}
