package org.casebook.account.ui;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import org.casebook.account.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Signs a person in inside Karibu's faked servlet environment (no servlet filters run there): the Spring Security
 * context for the services, and the fake request's principal and roles for Vaadin's view access checks. Call it
 * after {@code MockVaadin.setup}.
 */
public final class SignedIn {
    private SignedIn() {}

    public static CasebookUser as(long accountId, Role role) {
        var user = new CasebookUser(accountId, role.name().toLowerCase() + accountId, "Test " + role, role, "");
        var auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(auth);
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request) {
            Object raw = request.getHttpServletRequest();
            while (!(raw instanceof FakeRequest) && raw instanceof ServletRequestWrapper wrapper) {
                raw = wrapper.getRequest();
            }
            if (raw instanceof FakeRequest fake) {
                fake.setUserPrincipalInt(auth);
                fake.setUserInRole((principal, r) -> r.equals(role.name()) || r.equals("ROLE_" + role.name()));
            }
        }
        return user;
    }

    public static CasebookUser teacher() {
        return as(1, Role.TEACHER);
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}
