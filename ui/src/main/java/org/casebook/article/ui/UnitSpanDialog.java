package org.casebook.article.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;
import org.casebook.article.Side;
import org.casebook.article.UnitCorrections;
import org.casebook.article.UnitRole;
import org.jspecify.annotations.Nullable;

/**
 * Marks words of an article as a new unit (role, and stance towards the motion shown), or moves an existing unit's
 * boundaries. Starts from the words selected in the text (or the unit's own); the four word buttons move either
 * boundary a word at a time, so the keyboard suffices. A refusal (overlap, nothing selected) is shown in the dialog,
 * which stays open; {@code done} runs after a change.
 */
class UnitSpanDialog extends Dialog {
    final Paragraph quote = new Paragraph();
    final Select<UnitRole> role = new Select<>();
    final Select<Side> stance = new Select<>();
    final Button startEarlier = new Button("Start a word earlier");
    final Button startLater = new Button("Start a word later");
    final Button endEarlier = new Button("End a word earlier");
    final Button endLater = new Button("End a word later");
    final Button save = new Button();
    final Paragraph error = new Paragraph();
    private final String body;
    private int start;
    private int end;

    private UnitSpanDialog(String body, int start, int end) {
        this.body = body;
        this.start = Math.max(0, Math.min(start, body.length()));
        this.end = Math.max(this.start, Math.min(end, body.length()));
        quote.addClassName("cb-quote");
        quote.getElement().setAttribute("aria-live", "polite");
        error.addClassName("cb-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        startEarlier.addClickListener(e -> move(WordMoves.startEarlier(body, this.start), this.end));
        startLater.addClickListener(e -> move(WordMoves.startLater(body, this.start, this.end), this.end));
        endEarlier.addClickListener(e -> move(this.start, WordMoves.endEarlier(body, this.start, this.end)));
        endLater.addClickListener(e -> move(this.start, WordMoves.endLater(body, this.end)));
        var moves = new Div(startEarlier, startLater, endEarlier, endLater);
        moves.addClassName("cb-word-moves");
        for (Button b : new Button[] {startEarlier, startLater, endEarlier, endLater}) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        }
        add(quote, moves);
        setWidth("min(40rem, 95vw)");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
        show();
    }

    /** A new unit from the words at [start, end) of {@code body}. */
    static UnitSpanDialog newUnit(UnitCorrections corrections, long articleId, String body, int start, int end,
            @Nullable Long motionId, Runnable done) {
        var dialog = new UnitSpanDialog(body, start, end);
        dialog.setHeaderTitle("New unit from the selected words");
        dialog.role.setLabel("Role");
        dialog.role.setItems(UnitRole.values());
        dialog.role.setItemLabelGenerator(UnitSpanDialog::words);
        dialog.role.setValue(UnitRole.CLAIM);
        dialog.stance.setLabel("Stance towards the motion");
        dialog.stance.setItems(Side.values());
        dialog.stance.setItemLabelGenerator(UnitSpanDialog::words);
        dialog.stance.setVisible(motionId != null);
        dialog.stance.setPlaceholder("Computed when left empty");
        var form = new FormLayout(dialog.role, dialog.stance);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        dialog.add(form, dialog.error);
        dialog.save.setText("Create unit");
        dialog.save.addClickListener(e -> dialog.attempt(() -> corrections.addUnit(articleId, dialog.start,
                dialog.end, dialog.role.getValue(), dialog.stance.getValue() == null ? null : motionId,
                dialog.stance.getValue()), done));
        return dialog;
    }

    /** New boundaries for unit {@code unitId}, now at [start, end) of {@code body}. */
    static UnitSpanDialog boundaries(UnitCorrections corrections, long unitId, String body, int start, int end,
            Runnable done) {
        var dialog = new UnitSpanDialog(body, start, end);
        dialog.setHeaderTitle("Change where this unit starts and ends");
        dialog.add(dialog.error);
        dialog.save.setText("Save boundaries");
        dialog.save.addClickListener(e -> dialog.attempt(() -> corrections.adjustSpan(unitId, dialog.start,
                dialog.end), done));
        return dialog;
    }

    private void attempt(Runnable change, Runnable done) {
        try {
            change.run();
        } catch (IllegalArgumentException e) {
            error.setText(String.valueOf(e.getMessage()));
            error.setVisible(true);
            return;
        }
        close();
        done.run();
    }

    private void move(int newStart, int newEnd) {
        start = newStart;
        end = newEnd;
        show();
    }

    private void show() {
        String words = body.substring(start, end).strip();
        quote.setText(words.isEmpty() ? "(no words selected)" : "“" + words + "”");
        startLater.setEnabled(WordMoves.startLater(body, start, end) != start);
        endEarlier.setEnabled(WordMoves.endEarlier(body, start, end) != end);
        startEarlier.setEnabled(start > 0);
        endLater.setEnabled(end < body.length());
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    private static String words(Enum<?> value) {
        String name = value.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
