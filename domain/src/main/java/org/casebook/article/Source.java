package org.casebook.article;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.casebook.ingest.model.ArticleMetadata;
import org.jspecify.annotations.Nullable;

/** What was imported, byte for byte, with where it came from and what it says about itself. */
@Entity
@Table(name = "sources")
class Source {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sources_seq")
    @SequenceGenerator(name = "sources_seq", sequenceName = "sources_seq", allocationSize = 50)
    private @Nullable Long id;

    private String location;
    private String mediaType;
    private byte[] content;
    private String contentHash;
    private @Nullable String title;
    private @Nullable String author;
    private @Nullable String publication;
    private @Nullable LocalDate published;
    private Instant importedAt;
    private @Nullable Long ownerId; // who imported it; null: the shared sample library

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected Source() {} // for JPA

    Source(byte[] content, String location, String mediaType, ArticleMetadata metadata, Instant importedAt,
            @Nullable Long ownerId) {
        this.ownerId = ownerId;
        if (content.length == 0) {
            throw new IllegalArgumentException("a source needs content");
        }
        this.content = content.clone();
        this.contentHash = ContentHash.of(content);
        this.location = Objects.requireNonNull(location, "location");
        this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
        this.title = metadata.title();
        this.author = metadata.author();
        this.publication = metadata.publication();
        this.published = metadata.published();
        this.importedAt = Objects.requireNonNull(importedAt, "importedAt");
    }

    byte[] content() {
        return content.clone();
    }

    String location() {
        return location;
    }

    ArticleMetadata metadata() {
        return new ArticleMetadata(title, author, publication, published);
    }
}
