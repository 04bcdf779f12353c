package org.casebook.brief.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.casebook.brief.Cite;

/** Edits a card's cite, field by field; saving hands the new cite to the view. */
class CiteDialog extends Dialog {
    final TextField author = field("Author");
    final TextField qualification = field("Qualification");
    final TextField outlet = field("Outlet");
    final TextField date = field("Date");
    final TextField url = field("URL");
    final Button save = new Button("Save cite");

    CiteDialog(Cite cite, Consumer<Cite> onSave) {
        setHeaderTitle("Cite");
        author.setValue(orEmpty(cite.author()));
        qualification.setValue(orEmpty(cite.qualification()));
        outlet.setValue(orEmpty(cite.outlet()));
        date.setValue(orEmpty(cite.date()));
        url.setValue(orEmpty(cite.url()));
        var form = new FormLayout(author, qualification, outlet, date, url);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.setColspan(url, 2);
        add(form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            close();
            onSave.accept(new Cite(author.getValue(), qualification.getValue(), outlet.getValue(), date.getValue(),
                    url.getValue()));
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private static TextField field(String label) {
        var field = new TextField(label);
        field.setMaxLength(Cite.FIELD_MAX_LENGTH);
        field.setWidthFull();
        return field;
    }

    private static String orEmpty(@org.jspecify.annotations.Nullable String value) {
        return value == null ? "" : value;
    }
}
