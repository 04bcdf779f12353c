package org.casebook.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.casebook.account.AccountService;
import org.casebook.account.Role;

/** The signed-in person's account: who they are, and changing their password. */
@Route("account")
@PageTitle("Account · Casebook")
@PermitAll
class AccountView extends Main {
    final PasswordField current = new PasswordField("Current password");
    final PasswordField next = new PasswordField("New password");
    final PasswordField repeat = new PasswordField("New password again");
    final Button change = new Button("Change password");
    final Paragraph status = new Paragraph();
    private final AccountService accounts;

    AccountView(AccountService accounts) {
        this.accounts = accounts;
        addClassNames("cb-page", "cb-account");
        var me = accounts.me();
        var who = new Paragraph(me.map(a -> a.displayName() + " (" + a.username() + "), "
                + (a.role() == Role.TEACHER ? "teacher" : "student")).orElse(""));
        next.setHelperText("At least " + AccountService.PASSWORD_MIN_LENGTH + " characters.");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.addClickListener(e -> change());
        status.addClassName("cb-status");
        status.getElement().setAttribute("role", "status");
        var form = new Div(current, next, repeat, change);
        form.addClassNames("cb-form", "cb-account-fields");
        add(new H2("Account"), who, new H3("Change password"), form, status);
    }

    private void change() {
        status.removeClassName("cb-error");
        if (!next.getValue().equals(repeat.getValue())) {
            status.setText("The new passwords differ.");
            status.addClassName("cb-error");
            return;
        }
        try {
            accounts.changePassword(current.getValue(), next.getValue());
            status.setText("Password changed.");
            current.clear();
            next.clear();
            repeat.clear();
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
            status.addClassName("cb-error");
        }
    }
}
