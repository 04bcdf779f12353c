package org.casebook.account;

import java.util.Objects;

/** An account as others see it: never its password. */
public record AccountSummary(long id, String username, String displayName, Role role) {
    public AccountSummary {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
    }

    public Caller caller() {
        return Caller.of(id, role);
    }
}
