package org.casebook.ingest.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.casebook.ingest.Texts;
import org.casebook.ingest.model.ArticleText;
import org.casebook.ingest.model.Segment;
import org.junit.jupiter.api.Test;

class SegmenterTest {
    private final Segmenter segmenter = new Segmenter();

    private List<String> sentences(ArticleText article) {
        return segmenter.segment(article).stream().map(s -> s.span().cut(article.body())).toList();
    }

    @Test
    void keepsTitlesInitialsAndStateAbbreviationsInsideTheSentence() {
        var article = Texts.article("Sen. Kamala D. Harris (D-Calif.) spoke first. Mr. Trump answered her.");
        assertThat(sentences(article)).containsExactly(
                "Sen. Kamala D. Harris (D-Calif.) spoke first.", "Mr. Trump answered her.");
    }

    @Test
    void keepsDottedAcronymsBeforeLowerCaseWords() {
        var article = Texts.article("Agents of U.S. Customs and Border Protection met the U.S. border patrol. They left.");
        assertThat(sentences(article)).containsExactly(
                "Agents of U.S. Customs and Border Protection met the U.S. border patrol.", "They left.");
    }

    @Test
    void endsASentenceAfterAnAcronymBeforeANewSentence() {
        var article = Texts.article("He moved to the U.S. The move was hard.");
        assertThat(sentences(article)).containsExactly("He moved to the U.S.", "The move was hard.");
    }

    @Test
    void splitsAfterClosingQuotesAndMarksQuotedSentences() {
        var article = Texts.article("\u201cWe were paying them. We are not paying them anymore.\u201d He left.");
        List<Segment> segments = segmenter.segment(article);
        assertThat(sentences(article)).containsExactly(
                "\u201cWe were paying them.", "We are not paying them anymore.\u201d", "He left.");
        assertThat(segments).extracting(Segment::quoted).containsExactly(true, true, false);
    }

    @Test
    void neverCrossesAParagraph() {
        var article = Texts.article("The first paragraph has no full stop", "The second one does.");
        assertThat(segmenter.segment(article)).extracting(Segment::block).containsExactly(0, 1);
    }

    @Test
    void spansPointBackIntoTheTextWithoutSurroundingSpace() {
        var article = Texts.article("One. Two!  Three?");
        for (Segment s : segmenter.segment(article)) {
            String text = s.span().cut(article.body());
            assertThat(text).isEqualTo(text.strip()).isNotEmpty();
        }
        assertThat(sentences(article)).containsExactly("One.", "Two!", "Three?");
    }
}
