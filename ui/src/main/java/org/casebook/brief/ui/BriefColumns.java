package org.casebook.brief.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropEvent;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.casebook.brief.BriefColumn;
import org.casebook.brief.BriefDocument;
import org.jspecify.annotations.Nullable;

/**
 * The brief editor's columns: each column's cards, headings and notes as drop targets, a drop zone at its end, the
 * buttons that add a heading or a note, and what each card's own buttons do. Every change goes through the
 * presenter; {@link Outcome} tells the editor whether it was saved and whether the columns need drawing again.
 */
final class BriefColumns {
    /** What the editor does after a change: report it, and redraw when the order or the content changed. */
    interface Outcome {
        void saved(boolean saved, boolean redraw);
    }

    final Map<Long, EntryCard> cards = new HashMap<>();
    final Map<BriefColumn, Div> lists = new EnumMap<>(BriefColumn.class);
    private final BriefPresenter presenter;
    private final Outcome outcome;

    BriefColumns(BriefPresenter presenter, Outcome outcome) {
        this.presenter = presenter;
        this.outcome = outcome;
    }

    void clear() {
        cards.clear();
        lists.clear();
    }

    Component column(BriefDocument brief, BriefColumn column, boolean two) {
        String name = column.name().toLowerCase(Locale.ROOT);
        var head = new H3(column == BriefColumn.PRO ? "Pro" : "Con");
        head.addClassNames("cb-column-head", "cb-side-" + name);
        var list = new Div();
        list.addClassName("cb-entries");
        lists.put(column, list);
        for (BriefDocument.Entry entry : brief.column(column)) {
            list.add(card(entry, two));
        }
        if (brief.column(column).isEmpty()) {
            var empty = new Paragraph("No cards yet. Open a motion's board and choose \"Add to brief\", or add a "
                    + "heading or a note below.");
            empty.addClassName("cb-empty");
            list.add(empty);
        }
        var end = new Div(new Span("Drop here to move to the end"));
        end.addClassName("cb-drop-end");
        DropTarget<Div> endTarget = DropTarget.create(end);
        endTarget.setDropEffect(DropEffect.MOVE);
        endTarget.addDropListener(e -> dropped(e, column, null));
        var heading = new Button("Add heading", VaadinIcon.HEADER.create(),
                e -> outcome.saved(presenter.addHeading(column, "Answers to: …"), true));
        var note = new Button("Add note", VaadinIcon.COMMENT_O.create(),
                e -> outcome.saved(presenter.addNote(column, "Note"), true));
        heading.setAriaLabel("Add a heading to the " + column.name() + " column");
        note.setAriaLabel("Add a note to the " + column.name() + " column");
        heading.addThemeVariants(ButtonVariant.LUMO_SMALL);
        note.addThemeVariants(ButtonVariant.LUMO_SMALL);
        var adders = new Div(heading, note);
        adders.addClassName("cb-adders");
        var section = new Div(head, list, end, adders);
        section.addClassNames("cb-brief-column", "cb-column-" + name);
        section.getElement().setAttribute("aria-label", column.name() + " column");
        return section;
    }

    private EntryCard card(BriefDocument.Entry entry, boolean two) {
        var card = new EntryCard(entry, two);
        cards.put(entry.id(), card);
        DropTarget<EntryCard> target = DropTarget.create(card);
        target.setDropEffect(DropEffect.MOVE);
        target.addDropListener(e -> dropped(e, entry.column(), entry.id()));
        card.addSelectedListener(e -> presenter.select(entry.id(), e.start, e.end));
        card.addIntentListener(e -> act(card, e.action));
        return card;
    }

    private void dropped(DropEvent<?> event, BriefColumn column, @Nullable Long beforeId) {
        event.getDragSourceComponent().ifPresent(source -> {
            if (source instanceof EntryCard dragged) {
                outcome.saved(presenter.drop(dragged.entryId, column, beforeId), true);
            }
        });
    }

    private void act(EntryCard card, EntryCard.Action action) {
        long id = card.entryId;
        switch (action) {
            case UP -> outcome.saved(presenter.moveUp(id), true);
            case DOWN -> outcome.saved(presenter.moveDown(id), true);
            case ACROSS -> outcome.saved(presenter.moveAcross(id), true);
            case REMOVE -> outcome.saved(presenter.remove(id), true);
            case TAG -> outcome.saved(presenter.editTag(id, card.tag.getValue()), false);
            case NOTE -> outcome.saved(presenter.editNote(id, card.note.getValue()), false);
            case HIGHLIGHT -> updated(id, presenter.highlight(id));
            case CLEAR -> updated(id, presenter.clearHighlight(id));
            case CITE -> presenter.brief().entry(id).ifPresent(entry -> new CiteDialog(entry.cite(),
                    cite -> updated(id, presenter.editCite(id, cite))).open());
        }
    }

    /** After a change to one card: shows it as saved. */
    private void updated(long entryId, boolean saved) {
        if (saved) {
            presenter.brief().entry(entryId).ifPresent(entry -> {
                EntryCard card = cards.get(entryId);
                if (card != null) {
                    card.update(entry);
                }
            });
        }
        outcome.saved(saved, false);
    }
}
