package org.casebook.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {
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
    void fiveWrongPasswordsWithinTheWindowPauseTheNameUntilTheOldestIsOld() {
        for (int i = 0; i < SignInThrottle.MAX_FAILURES - 1; i++) {
            throttle.failed("Ann");
            now = now.plusSeconds(60);
        }
        assertThat(throttle.refusedFor("ann")).isEmpty();
        throttle.failed(" ANN ");
        assertThat(throttle.refusedFor("ann")).contains(SignInThrottle.WINDOW.minusMinutes(4));
        assertThat(throttle.refusedFor("bob")).isEmpty();

        now = now.plus(SignInThrottle.WINDOW.minusMinutes(4));
        assertThat(throttle.refusedFor("ann")).isEmpty();
    }

    @Test
    void wrongPasswordsSpreadBeyondTheWindowNeverPause() {
        for (int i = 0; i < 3 * SignInThrottle.MAX_FAILURES; i++) {
            throttle.failed("ann");
            now = now.plus(SignInThrottle.WINDOW.dividedBy(SignInThrottle.MAX_FAILURES - 1));
        }
        assertThat(throttle.refusedFor("ann")).isEmpty();
    }

    @Test
    void aRightPasswordClearsTheCount() {
        for (int i = 0; i < SignInThrottle.MAX_FAILURES - 1; i++) {
            throttle.failed("ann");
        }
        throttle.succeeded("ann");
        throttle.failed("ann");
        assertThat(throttle.refusedFor("ann")).isEmpty();
    }
}
