package org.casebook.account.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.casebook.account.AccountService;
import org.casebook.account.Role;
import org.casebook.account.SignUp;
import org.jspecify.annotations.Nullable;

/** The fields of a new account: name, user name, password twice. The service checks them; this only reports. */
class AccountFields extends Div {
    final TextField name = new TextField("Your name");
    final TextField username = new TextField("User name");
    final PasswordField password = new PasswordField("Password");
    final PasswordField repeat = new PasswordField("Password again");

    AccountFields() {
        addClassNames("cb-form", "cb-account-fields");
        name.setMaxLength(AccountService.NAME_MAX_LENGTH);
        username.setMaxLength(AccountService.USERNAME_MAX_LENGTH);
        username.setHelperText("Letters, digits, dots and dashes; you sign in with it.");
        password.setHelperText("At least " + AccountService.PASSWORD_MIN_LENGTH + " characters.");
        password.setMaxLength(AccountService.PASSWORD_MAX_LENGTH);
        add(name, username, password, repeat);
    }

    /** The sign-up, or null after marking the passwords that differ. */
    @Nullable SignUp signUp(Role role) {
        repeat.setInvalid(false);
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage("The passwords differ.");
            repeat.setInvalid(true);
            return null;
        }
        return new SignUp(username.getValue(), name.getValue(), password.getValue(), role);
    }
}
