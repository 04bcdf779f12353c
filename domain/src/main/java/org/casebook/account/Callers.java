package org.casebook.account;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The caller of the current thread: one set with {@link #as} (background work, seeds, tests), else the
 * {@link CallerSource}'s (the signed-in user), else nobody. Thread-safe.
 */
@Component
public class Callers {
    private final ThreadLocal<@Nullable Caller> explicit = new ThreadLocal<>();
    private final ObjectProvider<CallerSource> source;

    Callers(ObjectProvider<CallerSource> source) {
        this.source = source;
    }

    public Optional<Caller> current() {
        Caller caller = explicit.get();
        if (caller != null) {
            return Optional.of(caller);
        }
        CallerSource s = source.getIfAvailable();
        return s == null ? Optional.empty() : s.current();
    }

    /** The caller; {@link NotAllowedException} when nobody is signed in. */
    public Caller require() {
        return current().orElseThrow(() -> new NotAllowedException("sign in first"));
    }

    /** The caller, who must be a teacher (or the application itself). */
    public Caller requireTeacher() {
        Caller caller = require();
        if (caller.role() != Role.TEACHER) {
            throw new NotAllowedException("only a teacher can do this");
        }
        return caller;
    }

    /** Runs {@code work} as {@code caller} on this thread, then restores whoever called before. */
    public <T> T as(Caller caller, Supplier<T> work) {
        Caller before = explicit.get();
        explicit.set(caller);
        try {
            return work.get();
        } finally {
            if (before == null) {
                explicit.remove();
            } else {
                explicit.set(before);
            }
        }
    }

    /**
     * Runs {@code work} on a background thread as the current caller (who must be signed in): long work started
     * from a page sees and may do what the person who started it sees and may do.
     */
    public <T> CompletableFuture<T> inBackground(Supplier<T> work) {
        Caller caller = require();
        return CompletableFuture.supplyAsync(() -> as(caller, work));
    }

    public void run(Caller caller, Runnable work) {
        as(caller, () -> {
            work.run();
            return null;
        });
    }
}
