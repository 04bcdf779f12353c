package org.casebook.brief.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.util.Locale;
import org.casebook.brief.BriefService;
import org.casebook.brief.Cite;
import org.casebook.brief.BriefDocument.Entry;
import org.casebook.brief.EntryKind;
import org.casebook.brief.Highlights;
import tools.jackson.databind.JsonNode;

/**
 * One entry of a brief as the editor shows it: a card (tag, cite line, evidence with the read-aloud part marked and
 * the rest smaller, Highlight and Clear for the selected text), a block heading or a note, with buttons to move and
 * remove it. Draggable. Tells the view what the user did through typed events; knows nothing of saving.
 */
class EntryCard extends Div {
    /** The browser's selection inside the evidence as [start, end) offsets into its text, or null. */
    static final String SELECTION = """
            (function(el){const s=window.getSelection();if(!s||s.rangeCount===0||s.isCollapsed)return null;\
            const r=s.getRangeAt(0);if(!el.contains(r.startContainer)||!el.contains(r.endContainer))return null;\
            const pre=document.createRange();pre.selectNodeContents(el);pre.setEnd(r.startContainer,r.startOffset);\
            const start=pre.toString().length;return [start,start+r.toString().length];})(element)""";

    final long entryId;
    final TextArea tag = new TextArea();
    final TextArea note = new TextArea();
    final Span citeLine = new Span();
    final Button editCite = new Button("Edit cite");
    final Div evidence = new Div();
    final Button highlight = new Button("Highlight");
    final Button clear = new Button("Clear");
    final Button up = new Button(VaadinIcon.ARROW_UP.create());
    final Button down = new Button(VaadinIcon.ARROW_DOWN.create());
    final Button across = new Button(VaadinIcon.EXCHANGE.create());
    final Button remove = new Button(VaadinIcon.TRASH.create());

    EntryCard(Entry entry, boolean twoColumns) {
        this.entryId = entry.id();
        addClassNames("cb-entry", "cb-entry-" + entry.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        DragSource.create(this).setDraggable(true);
        var tools = new Div(up, down);
        if (twoColumns) {
            tools.add(across);
        }
        tools.add(remove);
        tools.addClassName("cb-entry-tools");
        label(up, "Move up");
        label(down, "Move down");
        label(across, "Move to the " + entry.column().other().name() + " column");
        label(remove, "Remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        up.addClickListener(e -> fireEvent(new Intent(this, Action.UP)));
        down.addClickListener(e -> fireEvent(new Intent(this, Action.DOWN)));
        across.addClickListener(e -> fireEvent(new Intent(this, Action.ACROSS)));
        remove.addClickListener(e -> fireEvent(new Intent(this, Action.REMOVE)));
        switch (entry.kind()) {
            case CARD -> card(entry);
            case BLOCK_HEADING -> heading(entry);
            case NOTE -> note(entry);
        }
        add(tools);
    }

    private void card(Entry entry) {
        tag.setLabel("Tag");
        tag.setValue(entry.tag() == null ? "" : entry.tag());
        tag.setMaxLength(BriefService.TAG_MAX_LENGTH);
        tag.setWidthFull();
        tag.addClassName("cb-tag");
        tag.addValueChangeListener(e -> { if (e.isFromClient()) fireEvent(new Intent(this, Action.TAG)); });
        citeLine.addClassName("cb-cite");
        editCite.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        editCite.setAriaLabel("Edit cite");
        editCite.addClickListener(e -> fireEvent(new Intent(this, Action.CITE)));
        var cite = new Div(citeLine, editCite);
        cite.addClassName("cb-cite-row");
        evidence.addClassName("cb-evidence");
        evidence.getElement().setAttribute("tabindex", "0");
        evidence.getElement().setAttribute("aria-label", "Evidence; select words, then Highlight or Clear");
        for (String type : new String[] {"mouseup", "keyup"}) {
            evidence.getElement().addEventListener(type, e -> {
                JsonNode range = e.getEventData().get(SELECTION);
                if (range != null && range.isArray() && range.size() == 2) {
                    fireEvent(new Selected(this, range.get(0).asInt(), range.get(1).asInt()));
                }
            }).addEventData(SELECTION);
        }
        highlight.setTooltipText("Highlight the selected words (all of them when nothing is selected)");
        clear.setTooltipText("Clear the highlight from the selected words (from all when nothing is selected)");
        highlight.addThemeVariants(ButtonVariant.LUMO_SMALL);
        clear.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        highlight.addClickListener(e -> fireEvent(new Intent(this, Action.HIGHLIGHT)));
        clear.addClickListener(e -> fireEvent(new Intent(this, Action.CLEAR)));
        var marking = new Div(highlight, clear);
        marking.addClassName("cb-marking");
        add(tag, cite, evidence, marking);
        update(entry);
    }

    private void heading(Entry entry) {
        tag.setAriaLabel("Heading");
        tag.setValue(entry.tag() == null ? "" : entry.tag());
        tag.setMaxLength(BriefService.TAG_MAX_LENGTH);
        tag.setWidthFull();
        tag.addClassName("cb-heading-field");
        tag.addValueChangeListener(e -> { if (e.isFromClient()) fireEvent(new Intent(this, Action.TAG)); });
        add(tag);
    }

    private void note(Entry entry) {
        note.setAriaLabel("Note");
        note.setValue(entry.text());
        note.setMaxLength(BriefService.NOTE_MAX_LENGTH);
        note.setWidthFull();
        note.addValueChangeListener(e -> { if (e.isFromClient()) fireEvent(new Intent(this, Action.NOTE)); });
        add(note);
    }

    /** For reading only (a submitted brief, a teacher reviewing): nothing to type in, move or press. */
    void readOnly() {
        tag.setReadOnly(true);
        note.setReadOnly(true);
        for (Button b : new Button[] {up, down, across, remove, editCite, highlight, clear}) {
            b.setVisible(false);
        }
        getElement().setAttribute("draggable", "false");
        DragSource.configure(this).setDraggable(false);
        addClassName("cb-read-only");
    }

    /** Shows a comment under the card. */
    void addComment(String words) {
        add(ReviewPanel.commentLine(words));
    }

    /** Shows the entry's cite and evidence as saved (tag and note fields keep what the user typed). */
    void update(Entry entry) {
        if (entry.kind() != EntryKind.CARD) {
            return;
        }
        Cite cite = entry.cite();
        citeLine.setText(cite.line());
        citeLine.getElement().getClassList().set("cb-missing", cite.isEmpty());
        evidence.removeAll();
        for (Highlights.Piece piece : Highlights.pieces(entry.text(), entry.highlights())) {
            evidence.add(piece(piece.text(), piece.read()));
        }
    }

    private static Span piece(String text, boolean read) {
        var span = new Span(text);
        span.addClassName(read ? "cb-read" : "cb-unread");
        return span;
    }

    private static void label(Button button, String text) {
        button.setAriaLabel(text);
        button.setTooltipText(text);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
    }

    enum Action { UP, DOWN, ACROSS, REMOVE, TAG, NOTE, CITE, HIGHLIGHT, CLEAR }

    /** The user asked for something to be done to this entry. */
    static final class Intent extends ComponentEvent<EntryCard> {
        final Action action;

        Intent(EntryCard source, Action action) {
            super(source, false);
            this.action = action;
        }
    }

    /** The user selected text in the evidence. */
    static final class Selected extends ComponentEvent<EntryCard> {
        final int start;
        final int end;

        Selected(EntryCard source, int start, int end) {
            super(source, true);
            this.start = start;
            this.end = end;
        }
    }

    Registration addIntentListener(ComponentEventListener<Intent> listener) {
        return addListener(Intent.class, listener);
    }

    Registration addSelectedListener(ComponentEventListener<Selected> listener) {
        return addListener(Selected.class, listener);
    }
}
