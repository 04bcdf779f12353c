package org.casebook.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.casebook.account.PasswordSetByTeacher;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {
    private static final String HOME = "192.0.2.10";
    private static final String SCHOOL = "198.51.100.7";
    private Instant now = Instant.parse("2026-11-24T09:00:00Z");
    private final SignInThrottle throttle = new SignInThrottle(new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void fiveAttemptsWithinTheWindowPauseTheNameFromThatAddressUntilTheOldestIsOld() {
        for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
            assertThat(throttle.attempt(i == 0 ? "Ann" : " ANN ", HOME)).isEmpty();
            now = now.plusSeconds(60);
        }
        assertThat(throttle.attempt("ann", HOME)).contains(SignInThrottle.WINDOW.minusMinutes(5));
        assertThat(throttle.attempt("ann", SCHOOL)).isEmpty();
        assertThat(throttle.attempt("bob", HOME)).isEmpty();

        now = now.plus(SignInThrottle.WINDOW.minusMinutes(5));
        assertThat(throttle.attempt("ann", HOME)).isEmpty();
    }

    @Test
    void attemptsSpreadBeyondTheWindowNeverPause() {
        for (int i = 0; i < 3 * SignInThrottle.MAX_FAILURES; i++) {
            assertThat(throttle.attempt("ann", HOME)).as("attempt " + i).isEmpty();
            now = now.plus(SignInThrottle.WINDOW.dividedBy(SignInThrottle.MAX_FAILURES - 1).plusSeconds(1));
        }
    }

    @Test
    void aRightPasswordClearsTheCountAndSoDoesANewPasswordFromATeacher() {
        for (int i = 0; i < SignInThrottle.MAX_FAILURES - 1; i++) {
            throttle.attempt("ann", HOME);
        }
        throttle.succeeded("ann", HOME);
        for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
            assertThat(throttle.attempt("ann", HOME)).isEmpty();
        }
        assertThat(throttle.attempt("ann", HOME)).isPresent();

        throttle.on(new PasswordSetByTeacher("Ann"));
        assertThat(throttle.attempt("ann", HOME)).isEmpty();
    }
}
