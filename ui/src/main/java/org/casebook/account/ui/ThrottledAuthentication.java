package org.casebook.account.ui;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a user name and password against the stored hash, unless the {@link SignInThrottle} refuses the name from
 * this address for now; every attempt counts, and a right password clears the count.
 */
class ThrottledAuthentication extends DaoAuthenticationProvider {
    private final SignInThrottle throttle;

    ThrottledAuthentication(UserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle) {
        super(users);
        setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication request) throws AuthenticationException {
        String username = request.getName();
        String address = request.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "";
        var refused = throttle.attempt(username, address);
        if (refused.isPresent()) {
            long minutes = Math.max(1, (refused.get().toSeconds() + 59) / 60);
            throw new LockedException("Too many wrong passwords for this user name. Try again in " + minutes
                    + (minutes == 1 ? " minute." : " minutes."));
        }
        Authentication done = super.authenticate(request);
        throttle.succeeded(username, address);
        return done;
    }
}
