package org.casebook.article;

import java.util.List;
import org.casebook.ingest.model.ArticleText;
import org.casebook.ingest.source.ArticleReader;
import org.casebook.ingest.source.UnreadableInputException;

/** An article's text as the pipeline read it, rebuilt from what the library stores. */
final class StoredText {
    private StoredText() {}

    /**
     * Read again from the stored bytes (which restores its blocks) when that still gives the stored text, else the
     * stored text alone, which every stored offset points into.
     */
    static ArticleText of(Article article, ArticleReader reader) {
        Source source = article.source();
        try {
            ArticleText again = reader.read(source.content(), source.location());
            if (again.body().equals(article.body())) {
                return again;
            }
        } catch (UnreadableInputException e) {
            // the reader changed since the import; fall back to the stored text
        }
        return new ArticleText(source.location(), article.body(), source.metadata(), List.of());
    }
}
