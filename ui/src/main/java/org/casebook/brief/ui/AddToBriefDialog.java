package org.casebook.brief.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Objects;
import org.casebook.brief.BriefChangedException;
import org.casebook.brief.BriefColumn;
import org.casebook.brief.BriefDocument;
import org.casebook.brief.BriefService;
import org.casebook.brief.BriefSide;
import org.casebook.brief.BriefSummary;

/**
 * Adds a unit to a brief as a card: pick one of the motion's briefs (the last one opened or used is chosen) or name a new
 * one, and the column. Appending cannot overwrite anyone's work, so when the brief changed since the list was read
 * the card is added to the brief as it now is.
 */
public class AddToBriefDialog extends Dialog {
    /** The session's attribute naming the brief last opened or added to; it comes first in the list. */
    static final String LAST_BRIEF = "casebook.lastBrief";

    final ComboBox<BriefSummary> brief = new ComboBox<>("Brief");
    final TextField newTitle = new TextField("New brief");
    final Select<BriefColumn> column = new Select<>();
    final Button add = new Button("Add card");
    private final BriefService briefs;

    public AddToBriefDialog(BriefService briefs, long motionId, String motionText, long unitId,
            BriefColumn suggested, String unitText) {
        this.briefs = briefs;
        setHeaderTitle("Add to brief");
        List<BriefSummary> ofMotion = briefs.briefs().stream()
                .filter(b -> b.motionId() != null && b.motionId() == motionId)
                .toList();
        brief.setItems(ofMotion);
        brief.setItemLabelGenerator(BriefSummary::title);
        brief.setClearButtonVisible(true);
        brief.setPlaceholder("A new brief");
        brief.setWidthFull();
        Object last = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getAttribute(LAST_BRIEF);
        ofMotion.stream().filter(b -> Objects.equals(b.id(), last)).findFirst()
                .or(() -> ofMotion.stream().findFirst()).ifPresent(brief::setValue);
        newTitle.setValue("Brief: " + (motionText.length() > 60 ? motionText.substring(0, 57) + "…" : motionText));
        newTitle.setMaxLength(BriefService.TITLE_MAX_LENGTH);
        newTitle.setWidthFull();
        newTitle.setVisible(brief.isEmpty());
        brief.addValueChangeListener(e -> newTitle.setVisible(e.getValue() == null));
        column.setLabel("Column");
        column.setItems(BriefColumn.values());
        column.setItemLabelGenerator(c -> c == BriefColumn.PRO ? "Pro" : "Con");
        column.setValue(suggested);
        var quote = new Paragraph(unitText);
        quote.addClassName("cb-quote");
        add(new Div(quote, brief, newTitle, column));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> addCard(motionId, unitId));
        getFooter().add(new Button("Cancel", e -> close()), add);
        setWidth("min(34rem, 95vw)");
    }

    private void addCard(long motionId, long unitId) {
        BriefSummary chosen = brief.getValue();
        BriefDocument result;
        try {
            long id;
            long version;
            if (chosen == null) {
                var created = briefs.create(newTitle.getValue().isBlank() ? "Brief" : newTitle.getValue(),
                        motionId, BriefSide.BOTH);
                id = created.id();
                version = created.version();
            } else {
                id = chosen.id();
                version = chosen.version();
            }
            try {
                result = briefs.addCard(id, version, unitId, column.getValue());
            } catch (BriefChangedException stale) {
                long now = briefs.document(id).orElseThrow().version();
                result = briefs.addCard(id, now, unitId, column.getValue());
            }
        } catch (IllegalArgumentException | BriefChangedException | org.casebook.account.NotAllowedException e) {
            Notification.show("The card could not be added: " + e.getMessage(), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        if (VaadinSession.getCurrent() != null) {
            VaadinSession.getCurrent().setAttribute(LAST_BRIEF, result.id());
        }
        close();
        var open = new Anchor("briefs/" + result.id(), "Open brief");
        var note = new Notification(new Span("Added to \"" + result.title() + "\". "), open);
        note.setDuration(6000);
        note.setPosition(Notification.Position.BOTTOM_START);
        note.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        note.open();
    }
}
