package org.casebook.account;

import java.util.Objects;

/**
 * Who calls a service: a signed-in account and its role, or the application itself ({@link #SYSTEM}: seeding and
 * maintenance, which see everything).
 */
public record Caller(long accountId, Role role, boolean system) {
    /** The application itself: seeds the sample library and brief. */
    public static final Caller SYSTEM = new Caller(0, Role.TEACHER, true);

    public Caller {
        Objects.requireNonNull(role, "role");
        if (!system && accountId <= 0) {
            throw new IllegalArgumentException("account id " + accountId);
        }
    }

    public static Caller of(long accountId, Role role) {
        return new Caller(accountId, role, false);
    }

    public boolean teacher() {
        return !system && role == Role.TEACHER;
    }

    public boolean student() {
        return !system && role == Role.STUDENT;
    }
}
