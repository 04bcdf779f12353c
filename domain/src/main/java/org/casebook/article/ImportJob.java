package org.casebook.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The progress of one batch of imports running in the background: one item per file (a zip adds one per file
 * inside it once unpacked), each waiting, running, or finished with its {@link ImportResult}. Written by the import
 * thread, read by the UI through {@link #progress()}. Thread-safe.
 */
public final class ImportJob {
    /** Where one item stands. */
    public enum State {
        WAITING,
        RUNNING,
        DONE
    }

    /**
     * One line of the progress list; {@code result} is set once a file is {@link State#DONE}, while an unpacked
     * archive is done with a {@code note} instead (its files follow as their own items).
     */
    public record Item(String label, State state, @Nullable ImportResult result, @Nullable String note) {
        public Item {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(state, "state");
        }
    }

    /** A snapshot: every item so far, and whether the whole batch is finished. */
    public record Progress(List<Item> items, boolean finished) {
        public Progress {
            items = List.copyOf(items);
        }

        public long done() {
            return items.stream().filter(i -> i.state() == State.DONE).count();
        }

        /** Done as a fraction of all items, 1 when finished. */
        public double fraction() {
            return finished || items.isEmpty() ? (finished ? 1 : 0) : (double) done() / items.size();
        }

        public long count(ImportResult.Status status) {
            return items.stream().filter(i -> i.result() != null && i.result().status() == status).count();
        }
    }

    private final List<Item> items = new ArrayList<>();
    private boolean finished;

    public synchronized Progress progress() {
        return new Progress(items, finished);
    }

    synchronized int add(String label) {
        items.add(new Item(label, State.WAITING, null, null));
        return items.size() - 1;
    }

    synchronized void running(int index) {
        items.set(index, new Item(items.get(index).label(), State.RUNNING, null, null));
    }

    synchronized void done(int index, ImportResult result) {
        items.set(index, new Item(items.get(index).label(), State.DONE, result, null));
    }

    synchronized void unpacked(int index, String note) {
        items.set(index, new Item(items.get(index).label(), State.DONE, null, note));
    }

    synchronized void finish() {
        finished = true;
    }
}
