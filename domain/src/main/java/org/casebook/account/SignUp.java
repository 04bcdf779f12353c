package org.casebook.account;

import java.util.Objects;

/** A new account as a person typed it; {@link AccountService} checks and normalises it. */
public record SignUp(String username, String displayName, String password, Role role) {
    public SignUp {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(role, "role");
    }

    @Override
    public String toString() {
        return "SignUp[" + username + ", " + role + "]"; // never the password
    }
}
