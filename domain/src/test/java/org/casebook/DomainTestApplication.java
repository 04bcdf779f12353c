package org.casebook;

import java.util.Optional;
import org.casebook.account.Caller;
import org.casebook.account.CallerSource;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The domain module's tests run against this configuration; it is left out of the test-jar. Unless a test runs
 * something as a given caller ({@code Callers.as}), services are called as the application itself, which sees
 * everything: the tests of other behaviour need no accounts.
 */
@SpringBootApplication
class DomainTestApplication {
    @Bean
    CallerSource applicationItself() {
        return () -> Optional.of(Caller.SYSTEM);
    }
}
