package org.casebook.account;

import java.util.Objects;

/** What signing in checks a password against: the account, its role and its password hash. */
public record Credentials(long accountId, String username, String displayName, Role role, String passwordHash) {
    public Credentials {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(passwordHash, "passwordHash");
    }

    @Override
    public String toString() {
        return "Credentials[" + username + ", " + role + "]"; // never the hash in a log
    }
}
