package org.casebook.account.ui;

import java.util.Collection;
import java.util.List;
import org.casebook.account.Caller;
import org.casebook.account.Credentials;
import org.casebook.account.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person as Spring Security holds them: the account id and role the services need. */
public record CasebookUser(long accountId, String username, String displayName, Role role, String password)
        implements UserDetails {

    static CasebookUser of(Credentials c) {
        return new CasebookUser(c.accountId(), c.username(), c.displayName(), c.role(), c.passwordHash());
    }

    public Caller caller() {
        return Caller.of(accountId, role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String toString() {
        return "CasebookUser[" + username + ", " + role + "]";
    }
}
