package org.casebook.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.casebook.account.AccountService;
import org.casebook.account.NotAllowedException;
import org.casebook.classroom.ClassSummary;

/**
 * Sets a new password for a student who has forgotten theirs: asks first (the old password stops working), then
 * shows the new one once, to pass on; the student changes it on their Account page. A refusal is shown in the
 * dialog.
 */
class NewPasswordDialog extends Dialog {
    final Paragraph message = new Paragraph();
    final Span password = new Span();
    final Button set = new Button("Set a new password");
    final Button close = new Button("Cancel", e -> close());

    /** The button on a student's row that opens the dialog. */
    static Button opener(AccountService accounts, ClassSummary.Student student) {
        var button = new Button("New password", e -> new NewPasswordDialog(accounts, student).open());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel("Set a new password for " + student.name());
        return button;
    }

    NewPasswordDialog(AccountService accounts, ClassSummary.Student student) {
        setHeaderTitle("New password for " + student.name());
        message.setText("Their current password stops working. You will see the new one once, to pass on to "
                + student.name() + "; they can change it on their Account page.");
        message.getElement().setAttribute("role", "status");
        password.addClassName("cb-new-password");
        add(message, password);
        set.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        set.addClickListener(e -> {
            try {
                password.setText(accounts.newPasswordForStudent(student.accountId()));
                message.setText("The new password of " + student.name() + " (user name " + student.username()
                        + "):");
            } catch (NotAllowedException refused) {
                message.setText("Not set: " + refused.getMessage() + ".");
            }
            set.setVisible(false);
            close.setText("Done");
        });
        getFooter().add(close, set);
        setWidth("min(32rem, 95vw)");
    }
}
