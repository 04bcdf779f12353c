package org.casebook.article;

import java.util.List;

/**
 * One page of the library list, as a slice: the rows asked for and whether more follow (no count of all matches is
 * run, which keeps paging fast in a large library).
 */
public record LibraryPage(List<ArticleSummary> articles, boolean hasMore) {
    public LibraryPage {
        articles = List.copyOf(articles);
    }

    public boolean isEmpty() {
        return articles.isEmpty();
    }
}
