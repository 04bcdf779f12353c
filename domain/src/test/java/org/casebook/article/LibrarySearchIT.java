package org.casebook.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.article.ImportFiles.utf8;

import java.time.LocalDate;
import org.casebook.article.LibraryQuery.Mode;
import org.casebook.article.LibraryQuery.Order;
import org.casebook.testdb.UsesTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The library list's search, filters, orders and paging on real PostgreSQL with the real model. */
@SpringBootTest
@UsesTestDatabase
class LibrarySearchIT {
    @Autowired ArticleIngestion ingestion;
    @Autowired ArticleService articles;
    @Autowired JdbcTemplate jdbc;

    long vaccines;
    long tariffs;
    long forests;

    private long imported(String text, String location) {
        var result = ingestion.importArticle(utf8(text), location);
        assertThat(result.articleId()).as(result.toString()).isNotNull();
        return result.articleId();
    }

    @BeforeEach
    void threeArticles() {
        LibraryCleaner.empty(jdbc);
        vaccines = imported("""
                # Mandatory vaccination saves lives

                A vaccination mandate is the most effective way to raise the rate of immunisation of children in
                schools. It is clear that the outbreaks of measles fell sharply after the state made the shots a
                condition of enrolment, and they have not come back since then.
                """, "vaccines.md");
        tariffs = imported("""
                # Tariffs hurt consumers

                A tariff on imported steel is a tax that raises the prices paid by households and by the makers of
                cars. Economists found that the cost of the tariffs was passed on almost entirely to the buyers, and
                that it was not the exporters who paid it.
                """, "tariffs.md");
        forests = imported("""
                # Protect the rainforest

                The deforestation of the Amazon releases an enormous amount of carbon into the air. If the cutting
                down of the trees goes on at this rate, it will speed up global warming, and that is why the
                scientists warn that it must be stopped now.
                """, "forests.md");
        jdbc.update("update sources set publication = 'The Ledger', published = date '2020-03-01'"
                + " where location = 'tariffs.md'");
    }

    @Test
    void findsAUnitsWordWithFullTextSearchIncludingItsOtherForms() {
        var page = articles.page(LibraryQuery.all().withText("outbreak", Mode.WORDS), 0, 10);

        assertThat(page.articles()).extracting(ArticleSummary::id).containsExactly(vaccines);
    }

    @Test
    void findsATitleWordAndHonoursWebSearchSyntax() {
        assertThat(articles.page(LibraryQuery.all().withText("rainforest", Mode.WORDS), 0, 10).articles())
                .extracting(ArticleSummary::id).containsExactly(forests);
        assertThat(articles.page(LibraryQuery.all().withText("prices -steel", Mode.WORDS), 0, 10).articles())
                .isEmpty();
    }

    @Test
    void ranksTheArticleThatMeansTheQueryFirstWhenSearchingByMeaning() {
        var page = articles.page(LibraryQuery.all().withText("climate change caused by logging", Mode.MEANING),
                0, 10);

        assertThat(page.articles()).extracting(ArticleSummary::id).first().isEqualTo(forests);
    }

    @Test
    void filtersByOutletAndDateAndPagesWithoutCounting() {
        var byOutlet = new LibraryQuery("", Mode.WORDS, "The Ledger", LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 12, 31), null, null, Order.BEST_MATCH);
        assertThat(articles.page(byOutlet, 0, 10).articles()).extracting(ArticleSummary::id)
                .containsExactly(tariffs);
        assertThat(articles.outlets()).containsExactly("The Ledger");

        var first = articles.page(new LibraryQuery("", Mode.WORDS, null, null, null, null, null, Order.TITLE),
                0, 2);
        var second = articles.page(new LibraryQuery("", Mode.WORDS, null, null, null, null, null, Order.TITLE),
                2, 2);
        assertThat(first.articles()).extracting(ArticleSummary::id).containsExactly(vaccines, forests);
        assertThat(first.hasMore()).isTrue();
        assertThat(second.articles()).extracting(ArticleSummary::id).containsExactly(tariffs);
        assertThat(second.hasMore()).isFalse();
    }
}
