package org.casebook.brief.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import org.casebook.brief.BriefDocument;
import org.casebook.brief.BriefService;
import org.casebook.brief.EntryKind;

/**
 * The teacher's tools on a submitted brief: a comment on one card (or the whole brief), and "Return" to give it
 * back. The view does the saving; this only holds the fields.
 */
class ReviewPanel extends Div {
    /** The whole brief, in the card picker. */
    static final long WHOLE_BRIEF = -1;

    final Select<Long> card = new Select<>();
    final TextArea comment = new TextArea("Comment");
    final Button save = new Button("Comment");
    final Button giveBack = new Button("Return to student");

    ReviewPanel(BriefDocument brief, boolean submitted) {
        addClassName("cb-review");
        List<Long> ids = new ArrayList<>();
        ids.add(WHOLE_BRIEF);
        brief.entries().stream().filter(e -> e.kind() == EntryKind.CARD).forEach(e -> ids.add(e.id()));
        card.setLabel("On");
        card.setItems(ids);
        card.setItemLabelGenerator(id -> id == WHOLE_BRIEF ? "The whole brief" : brief.entry(id)
                .map(e -> "Card: " + (e.tag() == null || e.tag().isBlank() ? "(no tag)" : e.tag())).orElse("?"));
        card.setValue(ids.size() > 1 ? ids.get(1) : WHOLE_BRIEF);
        comment.setMaxLength(BriefService.NOTE_MAX_LENGTH);
        comment.setWidth("min(30rem, 100%)");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        giveBack.setVisible(submitted);
        var row = new Div(card, comment, save, giveBack);
        row.addClassNames("cb-form", "cb-form-row");
        add(new H3("Review"), row);
    }

    /** A teacher's comment as shown: under its card, or under the brief (the whole brief, a card no longer in it). */
    static Div commentLine(String words) {
        var line = new Div(words);
        line.addClassName("cb-comment");
        return line;
    }
}
