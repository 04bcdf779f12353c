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
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after {@value #MAX_FAILURES} wrong passwords for one user name within
 * {@link #WINDOW}, that name is refused until the oldest of them is {@link #WINDOW} old; a right password clears
 * its count. Counted in memory per user name (known or not, so a refusal tells nothing about which names exist);
 * a restart forgets. Thread-safe.
 */
@Component
class SignInThrottle {
    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Beyond this many names, counts older than the window are dropped on the next failure. */
    private static final int PRUNE_ABOVE = 10_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the name is still refused, if it is. */
    Optional<Duration> refusedFor(String username) {
        Deque<Instant> times = failures.get(key(username));
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            Instant now = clock.instant();
            drop(times, now);
            if (times.size() < MAX_FAILURES) {
                return Optional.empty();
            }
            return Optional.of(Duration.between(now, times.peekFirst().plus(WINDOW)));
        }
    }

    void failed(String username) {
        Instant now = clock.instant();
        if (failures.size() > PRUNE_ABOVE) {
            failures.values().removeIf(times -> {
                synchronized (times) {
                    drop(times, now);
                    return times.isEmpty();
                }
            });
        }
        Deque<Instant> times = failures.computeIfAbsent(key(username), k -> new ArrayDeque<>());
        synchronized (times) {
            drop(times, now);
            times.addLast(now);
            while (times.size() > MAX_FAILURES) {
                times.removeFirst();
            }
        }
    }

    void succeeded(String username) {
        failures.remove(key(username));
    }

    private static void drop(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) {
            times.removeFirst();
        }
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
