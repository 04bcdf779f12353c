package org.casebook.account.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.casebook.account.PasswordSetByTeacher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: each sign-in attempt for a user name from one address counts until it succeeds; after
 * {@value #MAX_FAILURES} within {@link #WINDOW}, that name is refused from that address until the oldest is
 * {@link #WINDOW} old. Checking and counting are one step, so a burst of parallel attempts cannot slip past the
 * count. A right password clears the name's count from that address, and a new password a teacher sets clears it
 * from every address. Counted in memory per user name, known or not (a refusal tells nothing about which names
 * exist), and per address (someone elsewhere guessing cannot lock a person out); a restart forgets. Thread-safe.
 */
@Component
class SignInThrottle {
    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Beyond this many counts, those older than the window are dropped on the next attempt. */
    private static final int PRUNE_ABOVE = 10_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * Counts an attempt for the name from the address, unless the name is refused there for now: then how long it
     * still is, and nothing is counted.
     */
    Optional<Duration> attempt(String username, String address) {
        Instant now = clock.instant();
        if (attempts.size() > PRUNE_ABOVE) {
            attempts.keySet().forEach(k -> attempts.computeIfPresent(k, (key, times) -> drop(times, now)));
        }
        Duration[] refused = new Duration[1];
        attempts.compute(key(username, address), (key, times) -> {
            Deque<Instant> counted = times == null ? new ArrayDeque<>() : times;
            drop(counted, now);
            if (counted.size() >= MAX_FAILURES) {
                refused[0] = Duration.between(now, counted.peekFirst().plus(WINDOW));
            } else {
                counted.addLast(now);
            }
            return counted;
        });
        return Optional.ofNullable(refused[0]);
    }

    /** The right password: the name's attempts from the address no longer count. */
    void succeeded(String username, String address) {
        attempts.remove(key(username, address));
    }

    /** A teacher set a new password: the name may sign in again from anywhere. */
    @EventListener
    void on(PasswordSetByTeacher event) {
        String prefix = name(event.username()) + "\n";
        attempts.keySet().removeIf(k -> k.startsWith(prefix));
    }

    private static @org.jspecify.annotations.Nullable Deque<Instant> drop(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) {
            times.removeFirst();
        }
        return times.isEmpty() ? null : times;
    }

    private static String key(String username, String address) {
        return name(username) + "\n" + address;
    }

    private static String name(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
