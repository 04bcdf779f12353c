package org.casebook.article.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.Objects;
import org.casebook.article.Side;
import org.casebook.article.UnitCorrections;
import org.casebook.article.UnitDetails;
import org.casebook.article.UnitRole;
import org.jspecify.annotations.Nullable;

/**
 * Corrects one unit: its role, its stance towards the motion shown, who speaks it, or deletes it (asked twice).
 * Saves only what changed; every correction is marked as made by a person. {@code done} runs after a change.
 */
class UnitCorrectionDialog extends Dialog {
    final Select<UnitRole> role = new Select<>();
    final Select<Side> stance = new Select<>();
    final TextField speaker = new TextField("Speaker");
    final TextField description = new TextField("Speaker's description");
    final Button save = new Button("Save corrections");
    final Button delete = new Button("Delete unit");

    UnitCorrectionDialog(UnitCorrections corrections, UnitDetails unit, @Nullable Long motionId,
            @Nullable Side current, Runnable done) {
        setHeaderTitle("Correct this unit");
        var quote = new Paragraph(unit.text());
        quote.addClassName("cb-quote");
        role.setLabel("Role");
        role.setItems(UnitRole.values());
        role.setItemLabelGenerator(UnitCorrectionDialog::words);
        role.setValue(unit.role());
        stance.setLabel("Stance towards the motion");
        stance.setItems(Side.values());
        stance.setItemLabelGenerator(UnitCorrectionDialog::words);
        stance.setValue(current);
        stance.setVisible(motionId != null);
        speaker.setValue(Objects.requireNonNullElse(unit.speakerName(), ""));
        speaker.setPlaceholder("Empty: the author's own words");
        description.setValue(Objects.requireNonNullElse(unit.speakerDescription(), ""));
        var form = new FormLayout(role, stance, speaker, description);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(quote, form);
        setWidth("min(40rem, 95vw)");

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> refusedSays(() -> {
            if (role.getValue() != null && role.getValue() != unit.role()) {
                corrections.changeRole(unit.id(), role.getValue());
            }
            if (motionId != null && stance.getValue() != null && stance.getValue() != current) {
                corrections.correctStance(unit.id(), motionId, stance.getValue());
            }
            if (!speaker.getValue().strip().equals(Objects.requireNonNullElse(unit.speakerName(), ""))
                    || !description.getValue().strip().equals(
                            Objects.requireNonNullElse(unit.speakerDescription(), ""))) {
                corrections.changeSpeaker(unit.id(), speaker.getValue(), description.getValue());
            }
        }, done));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(e -> {
            if (!"confirm".equals(delete.getElement().getAttribute("data-step"))) {
                delete.getElement().setAttribute("data-step", "confirm");
                delete.setText("Really delete this unit?");
                return;
            }
            refusedSays(() -> corrections.delete(unit.id()), done);
        });
        getFooter().add(delete, new Button("Cancel", e -> close()), save);
    }

    /**
     * Runs the change, then closes and refreshes; a refusal (the unit was deleted meanwhile, say) is shown as a
     * notice, and the reader shows the article as it now stands.
     */
    private void refusedSays(Runnable change, Runnable done) {
        try {
            change.run();
        } catch (IllegalArgumentException e) {
            Notification.show(String.valueOf(e.getMessage()), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        close();
        done.run();
    }

    private static String words(Enum<?> value) {
        String name = value.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
