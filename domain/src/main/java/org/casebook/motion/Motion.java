package org.casebook.motion;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "motions")
class Motion {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "motions_seq")
    @SequenceGenerator(name = "motions_seq", sequenceName = "motions_seq", allocationSize = 50)
    private @Nullable Long id;

    private String text;
    private boolean archived;
    private Instant createdAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected Motion() {} // for JPA

    Motion(String text, Instant createdAt) {
        this.text = MotionService.normalise(text);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    long id() {
        return Objects.requireNonNull(id, "motion not saved yet");
    }

    String text() {
        return text;
    }

    boolean archived() {
        return archived;
    }

    Instant createdAt() {
        return createdAt;
    }

    void archive() {
        archived = true;
    }

    void restore() {
        archived = false;
    }

    /** True when the text changed. */
    boolean rewrite(String text) {
        String t = MotionService.normalise(text);
        boolean changed = !t.equals(this.text);
        this.text = t;
        return changed;
    }

    MotionSummary summary() {
        return new MotionSummary(id(), text, archived, createdAt);
    }
}
