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
import org.jspecify.annotations.Nullable;

/** One run of {@link ArticleReanalysis} on an article, recorded before the analysis starts. */
@Entity
@Table(name = "reanalysis_jobs")
class ReanalysisJob {
    enum Status {
        QUEUED,
        RUNNING,
        DONE,
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reanalysis_jobs_seq")
    @SequenceGenerator(name = "reanalysis_jobs_seq", sequenceName = "reanalysis_jobs_seq", allocationSize = 50)
    private @Nullable Long id;

    private long articleId;
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    private Status status;

    private @Nullable String message;
    private @Nullable Instant finishedAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected ReanalysisJob() {} // for JPA

    ReanalysisJob(long articleId, Instant createdAt) {
        this.articleId = articleId;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.status = Status.RUNNING;
    }

    long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    long articleId() {
        return articleId;
    }

    void finish(Status end, String message, Instant now) {
        if (end != Status.DONE && end != Status.FAILED) {
            throw new IllegalArgumentException("a job finishes DONE or FAILED, not " + end);
        }
        this.status = end;
        this.message = message;
        this.finishedAt = now;
    }
}
