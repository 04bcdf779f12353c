package org.casebook.account.ui;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.Optional;
import org.casebook.account.AccountService;
import org.casebook.account.Caller;
import org.casebook.account.CallerSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Spring Security with Vaadin's integration: a session per signed-in person, CSRF protection, every page and URL
 * (the export links too) for signed-in people only unless a view says {@code @AnonymousAllowed}, sign-in on the
 * {@link LoginView}. Passwords are checked against the hashes the domain stored (DelegatingPasswordEncoder), and
 * repeated wrong passwords for one user name are refused for a while ({@link SignInThrottle}).
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {
    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        // The export links are Spring MVC, not Vaadin views: signed-in people only (the service decides which briefs).
        // Our style sheets are for every page, the sign-in page too.
        http.authorizeHttpRequests(urls -> urls
                .requestMatchers("/briefs/{id}/export.pdf", "/briefs/{id}/export.docx").authenticated()
                .requestMatchers("/styles/**").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Password checks, with repeated wrong passwords for one user name refused for a while. */
    @Bean
    ThrottledAuthentication authenticationProvider(AccountService accounts, PasswordEncoder encoder,
            SignInThrottle throttle) {
        UserDetailsService users = username -> accounts.credentials(username).map(CasebookUser::of)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return new ThrottledAuthentication(users, encoder, throttle);
    }

    /** The domain's services learn the caller from the signed-in user. */
    @Bean
    CallerSource signedInCaller() {
        return () -> {
            var auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof CasebookUser user) {
                return Optional.of(user.caller());
            }
            return Optional.<Caller>empty();
        };
    }
}
