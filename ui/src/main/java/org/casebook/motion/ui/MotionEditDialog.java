package org.casebook.motion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.casebook.motion.MotionService;
import org.casebook.motion.MotionSummary;

/** Rewrites a motion's words; saving hands the new text to the view. */
class MotionEditDialog extends Dialog {
    final TextArea text = new TextArea("Motion");

    MotionEditDialog(MotionSummary motion, Consumer<String> save) {
        setHeaderTitle("Edit motion");
        text.setValue(motion.text());
        text.setMaxLength(MotionService.TEXT_MAX_LENGTH);
        text.setWidth("min(36rem, 80vw)");
        add(text);
        var ok = new Button("Save", e -> {
            if (text.getValue().isBlank()) {
                text.setInvalid(true);
                text.setErrorMessage("A motion needs some words.");
                return;
            }
            close();
            save.accept(text.getValue());
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), ok);
    }
}
