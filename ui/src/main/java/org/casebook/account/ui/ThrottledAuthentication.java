package org.casebook.account.ui;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks a user name and password against the stored hash, unless the {@link SignInThrottle} refuses the name
 * for now; a wrong password counts against the name, a right one clears it.
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
        var refused = throttle.refusedFor(username);
        if (refused.isPresent()) {
            long minutes = Math.max(1, (refused.get().toSeconds() + 59) / 60);
            throw new LockedException("Too many wrong passwords for this user name. Try again in " + minutes
                    + (minutes == 1 ? " minute." : " minutes."));
        }
        try {
            Authentication done = super.authenticate(request);
            throttle.succeeded(username);
            return done;
        } catch (BadCredentialsException wrong) {
            throttle.failed(username);
            throw wrong;
        }
    }
}
