package org.casebook.account;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A person who signs in: a unique user name (lower case), a name to show, a password hash and a role. */
@Entity
@Table(name = "accounts")
class Account {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "accounts_seq")
    @SequenceGenerator(name = "accounts_seq", sequenceName = "accounts_seq", allocationSize = 50)
    private @Nullable Long id;

    private String username;
    private String displayName;
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    private Instant createdAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected Account() {} // for JPA

    Account(String username, String displayName, String passwordHash, Role role, Instant now) {
        this.username = Objects.requireNonNull(username, "username");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.role = Objects.requireNonNull(role, "role");
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    long id() {
        return Objects.requireNonNull(id, "account not saved yet");
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    Role role() {
        return role;
    }

    void changePassword(String hash) {
        this.passwordHash = Objects.requireNonNull(hash, "hash");
    }

    AccountSummary summary() {
        return new AccountSummary(id(), username, displayName, role);
    }
}
