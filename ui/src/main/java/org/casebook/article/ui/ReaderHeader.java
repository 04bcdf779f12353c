package org.casebook.article.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.casebook.article.ArticleDetails;
import org.casebook.motion.MotionSummary;
import org.jspecify.annotations.Nullable;

/**
 * The reader's lines above the text: who wrote the article, where and when (or that it is unknown), and the key to
 * the highlights, with the motion the stances are towards. Plain functions.
 */
final class ReaderHeader {
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.ENGLISH);

    private ReaderHeader() {}

    static Component meta(ArticleDetails article) {
        List<String> parts = new ArrayList<>();
        if (article.author() != null) {
            parts.add(article.author());
        }
        if (article.publication() != null) {
            parts.add(article.publication());
        }
        if (article.published() != null) {
            parts.add(DATE.format(article.published()));
        }
        if (parts.isEmpty()) {
            parts.add("Author, outlet and date unknown");
        }
        parts.add(article.location());
        var meta = new Paragraph(String.join(" · ", parts));
        meta.addClassName("cb-meta");
        return meta;
    }

    static Component legend(@Nullable MotionSummary motion) {
        var legend = new Div();
        legend.addClassName("cb-legend");
        if (motion == null) {
            legend.add(new Span("No motion yet: units show their role only."));
        } else {
            var label = new Span("Stance towards: ");
            label.addClassName("cb-legend-label");
            var motionText = new Span(motion.text());
            motionText.addClassName("cb-motion");
            legend.add(label, motionText);
        }
        var keys = new Div(key("Claim", "cb-role-claim"), key("Evidence", "cb-role-evidence"),
                key("Pro", "cb-side-pro"), key("Con", "cb-side-con"), key("Neutral", "cb-side-neutral"));
        keys.addClassName("cb-legend-keys");
        legend.add(keys);
        return legend;
    }

    private static Span key(String text, String className) {
        var key = new Span(text);
        key.addClassNames("cb-key", className);
        return key;
    }
}
