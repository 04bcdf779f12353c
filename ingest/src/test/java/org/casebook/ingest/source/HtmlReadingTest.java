package org.casebook.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.time.LocalDate;
import org.casebook.ingest.model.ArticleText;
import org.casebook.ingest.model.Block.Kind;
import org.junit.jupiter.api.Test;

class HtmlReadingTest {
    private static final String P1 = Prose.paragraph(0, 3);
    private static final String P2 = Prose.paragraph(1, 3);
    private static final String P3 = Prose.paragraph(2, 2);

    private static final String NEWS_PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head>
              <meta charset="utf-8">
              <title>Should the old town charge cars? | The Example Times</title>
              <meta property="og:title" content="Should the old town charge cars?">
              <meta property="og:site_name" content="The Example Times">
              <meta property="article:published_time" content="2019-03-03T08:15:00Z">
              <meta name="author" content="Jane Doe">
              <style>p { color: red }</style>
              <script>window.tracking = "Buy now";</script>
            </head><body>
              <header class="site-header"><a href="/">The Example Times</a><nav><a href="/news">News</a>
                <a href="/sport">Sport</a></nav></header>
              <div class="ad-slot">Advertisement: Buy a car today, the best offer in the region</div>
              <main>
                <article>
                  <h1>Should the old town charge cars?</h1>
                  <p class="byline">By Jane Doe</p>
                  <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
                  <p>%s</p>
                  <figure><img src="bus.jpg" alt="A bus"><figcaption>A bus in the rain. (Jane Roe/AFP/Getty Images)</figcaption></figure>
                  <h2>What the critics say</h2>
                  <p>%s</p>
                  <blockquote><p>Shop owners worry that fewer visitors will come if parking gets dearer.</p></blockquote>
                  <ul><li>cheaper buses for everyone</li><li>safer cycle lanes</li></ul>
                  <p>Advertisement</p>
                  <p>%s</p>
                  <section class="related-stories"><h3>Related stories</h3><ul>
                    <li><a href="/a">Council approves new cycle lanes in the north</a></li>
                    <li><a href="/b">Parking fees to rise next year across the city</a></li></ul></section>
                  <div id="comments"><p>First comment: this is a terrible idea and I will move away.</p></div>
                </article>
              </main>
              <aside><p>Most read: a long sidebar story about something else entirely, with many words.</p></aside>
              <footer><p>Copyright 2019 The Example Times. All rights reserved. Terms and privacy.</p></footer>
            </body></html>
            """.formatted(P1, P2, P3);

    @Test
    void keepsOnlyTheArticleBodyOfANewsPage() {
        ArticleText article = Articles.read(NEWS_PAGE, "page.html");

        assertThat(Articles.texts(article)).containsExactly("Should the old town charge cars?", P1,
                "What the critics say", P2,
                "Shop owners worry that fewer visitors will come if parking gets dearer.",
                "cheaper buses for everyone", "safer cycle lanes", P3);
    }

    @Test
    void typesHeadingsQuotesAndListItems() {
        ArticleText article = Articles.read(NEWS_PAGE, "page.html");

        assertThat(Articles.kinds(article)).containsExactly(Kind.HEADING, Kind.PARAGRAPH, Kind.HEADING,
                Kind.PARAGRAPH, Kind.QUOTE, Kind.LIST_ITEM, Kind.LIST_ITEM, Kind.PARAGRAPH);
    }

    @Test
    void takesMetadataFromMetaTags() {
        ArticleText article = Articles.read(NEWS_PAGE, "page.html");

        assertThat(article.metadata().title()).isEqualTo("Should the old town charge cars?");
        assertThat(article.metadata().author()).isEqualTo("Jane Doe");
        assertThat(article.metadata().publication()).isEqualTo("The Example Times");
        assertThat(article.metadata().published()).isEqualTo(LocalDate.of(2019, 3, 3));
    }

    @Test
    void takesMetadataFromJsonLdWhenMetaTagsAreMissing() {
        String page = """
                <html><head><title>Buses first - Example Daily</title>
                <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
                  {"@type": "WebSite", "name": "Example Daily"},
                  {"@type": ["NewsArticle"], "headline": "Buses before charges",
                   "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}],
                   "datePublished": "2020-11-05", "publisher": {"@type": "Organization", "name": "Example Daily"}}]}
                </script></head>
                <body><article><p>%s</p><p>%s</p></article></body></html>
                """.formatted(P1, P2);

        ArticleText article = Articles.read(page, "page.html");

        assertThat(article.metadata().title()).isEqualTo("Buses before charges");
        assertThat(article.metadata().author()).isEqualTo("Jane Doe, John Roe");
        assertThat(article.metadata().publication()).isEqualTo("Example Daily");
        assertThat(article.metadata().published()).isEqualTo(LocalDate.of(2020, 11, 5));
    }

    @Test
    void takesTheAuthorFromAVisibleBylineAndTheTitleFromTheTitleElement() {
        String page = """
                <html><head><title>Buses before charges</title></head><body>
                <div class="story"><span class="byline">By John Roe</span><p>%s</p><p>%s</p></div>
                </body></html>
                """.formatted(P1, P2);

        ArticleText article = Articles.read(page, "page.html");

        assertThat(article.metadata().title()).isEqualTo("Buses before charges");
        assertThat(article.metadata().author()).isEqualTo("John Roe");
        assertThat(article.metadata().publication()).isNull();
        assertThat(article.metadata().published()).isNull();
    }

    @Test
    void findsTheDensestTextContainerWithoutArticleMarkup() {
        String page = """
                <html><body>
                <div class="top"><ul><li><a href="/1">Home</a></li><li><a href="/2">World news and politics</a></li></ul></div>
                <div class="wrapper"><div class="left"><p><a href="/x">A linked teaser about another story entirely</a></p>
                  <p><a href="/y">Another linked teaser about yet another story</a></p></div>
                <div class="story-text"><p>%s</p><p>%s</p><p>%s</p></div></div>
                </body></html>
                """.formatted(P1, P2, P3);

        ArticleText article = Articles.read(page, "page.html");

        assertThat(Articles.texts(article)).containsExactly(P1, P2, P3);
    }

    @Test
    void neverLetsMarkupFromHostileHtmlIntoTheBody() {
        String page = """
                <html><body><article>
                <p>%s<img src=x onerror="alert('owned')"><script>alert('owned')</script></p>
                <p onclick="steal()">%s<iframe src="javascript:alert(1)"></iframe></p>
                <svg onload="alert(1)"><text>svg text</text></svg>
                </article></body></html>
                """.formatted(P1, P2);

        ArticleText article = Articles.read(page, "page.html");

        assertThat(article.body()).isEqualTo(P1 + "\n\n" + P2).doesNotContain("<", "alert", "onerror");
    }

    @Test
    void splitsLooseTextAtDoubleLineBreaks() {
        String page = "<html><body><div class=\"text\">" + P1 + "<br><br>" + P2 + "</div></body></html>";

        ArticleText article = Articles.read(page, "page.html");

        assertThat(Articles.texts(article)).containsExactly(P1, P2);
    }

    @Test
    void detectsHtmlByMarkupWhateverTheFileIsCalled() {
        ArticleText article = Articles.read(NEWS_PAGE, "download.txt");

        assertThat(article.body()).doesNotContain("<p>").startsWith("Should the old town charge cars?");
    }

    @Test
    void readsPagesThatUseDivsInsteadOfParagraphs() {
        String page = "<html><body><div><div>" + P1 + "</div><div>" + P2 + "</div></div></body></html>";

        assertThat(Articles.texts(Articles.read(page, "page.html"))).containsExactly(P1, P2);
    }

    @Test
    void decodesTheCharsetThePageDeclares() {
        String page = "<html><head><meta charset=\"windows-1252\"></head><body><p>The café’s owner said “no”. "
                + P1 + "</p></body></html>";

        ArticleText article = Articles.READER.read(page.getBytes(Charset.forName("windows-1252")), "page.html");

        assertThat(article.body()).startsWith("The café’s owner said “no”.");
    }

    @Test
    void refusesAPageWithNoArticleBody() {
        String page = """
                <html><head><title>Home</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
                <form><input name="q"><button>Search</button></form><footer>Contact us</footer></body></html>
                """;

        assertThatThrownBy(() -> Articles.read(page, "empty.html"))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessage("empty.html has no article body that could be found");
    }
}
