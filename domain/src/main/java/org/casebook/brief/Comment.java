package org.casebook.brief;

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

/** A comment on a brief (by id: comments come and go without touching the brief's version). */
@Entity
@Table(name = "brief_comments")
class Comment {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "brief_comments_seq")
    @SequenceGenerator(name = "brief_comments_seq", sequenceName = "brief_comments_seq", allocationSize = 50)
    private @Nullable Long id;

    private long briefId;
    private @Nullable Long entryId;
    private long authorId;
    private String text;
    private Instant createdAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected Comment() {} // for JPA

    Comment(long briefId, @Nullable Long entryId, long authorId, String text, Instant now) {
        this.briefId = briefId;
        this.entryId = entryId;
        this.authorId = authorId;
        this.text = Objects.requireNonNull(text, "text");
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    long id() {
        return Objects.requireNonNull(id, "comment not saved yet");
    }

    @Nullable Long entryId() {
        return entryId;
    }

    long authorId() {
        return authorId;
    }

    String text() {
        return text;
    }

    Instant createdAt() {
        return createdAt;
    }
}
