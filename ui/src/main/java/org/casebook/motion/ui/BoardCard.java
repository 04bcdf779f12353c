package org.casebook.motion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;
import java.util.function.Consumer;
import org.casebook.article.MotionBoard;
import org.casebook.base.ui.Labels;

/** One unit on the board: its side and role in words, its text, who says it, where, and "Add to brief". */
class BoardCard extends Div {
    final Button addToBrief = new Button("Add to brief", VaadinIcon.PLUS.create());

    BoardCard(MotionBoard.Card card, String extraLabel, Consumer<MotionBoard.Card> add) {
        String side = Labels.of(card.side());
        addClassNames("cb-board-card", "cb-side-" + card.side().name().toLowerCase(Locale.ROOT));
        var label = new Span(Labels.of(card.role()) + " · " + side
                + (card.stanceCorrected() ? " · corrected" : "") + extraLabel);
        label.addClassName("cb-card-label");
        var text = new Paragraph(card.text());
        text.addClassName("cb-card-text");
        String who = card.speakerName() == null ? "the author" : card.speakerName();
        var source = new Div(new Span(who + " in "), new Anchor("articles/" + card.articleId(), card.articleHeading()));
        source.addClassName("cb-card-source");
        addToBrief.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        addToBrief.setAriaLabel("Add to brief: " + shortText(card.text()));
        addToBrief.addClickListener(e -> add.accept(card));
        var footer = new Div(source, addToBrief);
        footer.addClassName("cb-card-footer");
        add(label, text, footer);
    }

    static String shortText(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }
}
