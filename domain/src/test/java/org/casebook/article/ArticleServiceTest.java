package org.casebook.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleServiceTest {
    @Test
    void headsAnUntitledArticleWithItsFirstTwelveWords() {
        var heading = ArticleService.heading(null, "One two three four five six seven eight nine ten eleven twelve thirteen.");

        assertThat(heading).isEqualTo("One two three four five six seven eight nine ten eleven twelve …");
    }

    @Test
    void prefersTheTitleWhenTheSourceGivesOne() {
        assertThat(ArticleService.heading(" Aid cuts ", "Body text.")).isEqualTo("Aid cuts");
    }

    @Test
    void keepsAShortTextWhole() {
        assertThat(ArticleService.heading(null, "  Short text.\n")).isEqualTo("Short text.");
    }
}
