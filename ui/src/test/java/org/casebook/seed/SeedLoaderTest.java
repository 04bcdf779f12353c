package org.casebook.seed;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.casebook.article.ArticleIngestion;
import org.casebook.article.ArticleService;
import org.casebook.article.BoardService;
import org.casebook.brief.BriefService;
import org.casebook.motion.MotionService;
import org.junit.jupiter.api.Test;

class SeedLoaderTest {
    private final ArticleIngestion ingestion = mock(ArticleIngestion.class);
    private final ArticleService articles = mock(ArticleService.class);
    private final MotionService motions = mock(MotionService.class);
    private final SeedLoader loader = new SeedLoader(ingestion, articles, motions, mock(BriefService.class),
            mock(BoardService.class), mock(org.casebook.account.Callers.class));

    @Test
    void leavesALibraryWithTheUsersOwnArticlesAlone() {
        when(articles.holdsOtherThan(any())).thenReturn(true);

        loader.seed();

        verify(ingestion, never()).importArticle(any(), anyString());
        verify(motions, never()).findOrCreate(anyString());
    }
}
