package org.casebook.article;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A snapshot of one import job as stored: one item per file (a zip adds one per file inside it once unpacked), each
 * waiting, running, or finished with its {@link ImportResult}. Read from the database, so it is the same after a
 * restart. Immutable.
 */
public record ImportProgress(long jobId, Instant createdAt, Status status, @Nullable Instant finishedAt,
        List<Item> items) {
    /** Where a whole job stands: QUEUED until the worker takes it, DONE once every item is settled. */
    public enum Status {
        QUEUED,
        RUNNING,
        DONE,
        /** The job could not be carried to its end (an error outside any one item); its items say how far it got. */
        FAILED
    }

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

    public ImportProgress {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(status, "status");
        items = List.copyOf(items);
    }

    /** True once the job is DONE or FAILED: nothing in it will change any more. */
    public boolean finished() {
        return status == Status.DONE || status == Status.FAILED;
    }

    public long done() {
        return items.stream().filter(i -> i.state() == State.DONE).count();
    }

    /** Done as a fraction of all items, 1 when finished. */
    public double fraction() {
        return finished() ? 1 : items.isEmpty() ? 0 : (double) done() / items.size();
    }

    public long count(ImportResult.Status status) {
        return items.stream().filter(i -> i.result() != null && i.result().status() == status).count();
    }
}
