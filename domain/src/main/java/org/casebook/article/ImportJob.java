package org.casebook.article;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.casebook.account.Caller;
import org.casebook.account.Role;
import org.casebook.article.ImportProgress.Status;
import org.jspecify.annotations.Nullable;

/** One batch a person handed in, stored before any work starts; its items are {@link ImportItem}s. */
@Entity
@Table(name = "import_jobs")
class ImportJob {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_jobs_seq")
    @SequenceGenerator(name = "import_jobs_seq", sequenceName = "import_jobs_seq", allocationSize = 50)
    private @Nullable Long id;

    private @Nullable Long ownerId;

    @Enumerated(EnumType.STRING)
    private Role ownerRole;

    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    private Status status;

    private int itemCount;
    private int importedCount;
    private int duplicateCount;
    private int failedCount;
    private @Nullable Instant finishedAt;
    private boolean cleared;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected ImportJob() {} // for JPA

    ImportJob(Caller owner, int itemCount, Instant createdAt) {
        if (itemCount <= 0) {
            throw new IllegalArgumentException("an import job needs items");
        }
        this.ownerId = owner.system() ? null : owner.accountId();
        this.ownerRole = owner.role();
        this.itemCount = itemCount;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.status = Status.QUEUED;
    }

    long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    /** Who the job runs as: its owner, or the application itself. */
    Caller owner() {
        return ownerId == null ? Caller.SYSTEM : Caller.of(ownerId, ownerRole);
    }

    boolean ownedBy(Caller caller) {
        return owner().equals(caller);
    }

    Instant createdAt() {
        return createdAt;
    }

    Status status() {
        return status;
    }

    @Nullable Instant finishedAt() {
        return finishedAt;
    }

    boolean finished() {
        return status == Status.DONE || status == Status.FAILED;
    }

    void running() {
        if (!finished()) {
            status = Status.RUNNING;
        }
    }

    /** A zip unpacked into {@code files} more items. */
    void grew(int files) {
        itemCount += files;
    }

    /** One item reached {@code outcome} (IMPORTED, DUPLICATE or FAILED; UNPACKED counts nowhere). */
    void settled(ImportItem.Status outcome) {
        switch (outcome) {
            case IMPORTED -> importedCount++;
            case DUPLICATE -> duplicateCount++;
            case FAILED -> failedCount++;
            default -> { }
        }
    }

    void finish(Status end, Instant now) {
        if (end != Status.DONE && end != Status.FAILED) {
            throw new IllegalArgumentException("a job finishes DONE or FAILED, not " + end);
        }
        status = end;
        finishedAt = now;
    }

    void clear() {
        if (finished()) {
            cleared = true;
        }
    }
}
