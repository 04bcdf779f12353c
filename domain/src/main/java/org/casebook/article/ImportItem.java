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
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One thing to import inside an {@link ImportJob}, with its raw input exactly as received, until it is settled.
 * Once IMPORTED, DUPLICATE or UNPACKED the raw input is cleared: the library's source holds the same bytes (or, for
 * a zip, its files are items of their own). A FAILED item keeps it, so nothing a person handed in is lost.
 */
@Entity
@Table(name = "import_items")
class ImportItem {
    enum Kind {
        FILE,
        PASTE,
        URL
    }

    enum Status {
        PENDING,
        RUNNING,
        IMPORTED,
        DUPLICATE,
        UNPACKED,
        FAILED;

        boolean settled() {
            return this != PENDING && this != RUNNING;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_items_seq")
    @SequenceGenerator(name = "import_items_seq", sequenceName = "import_items_seq", allocationSize = 50)
    private @Nullable Long id;

    private long jobId;
    private int position;
    private String name;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private @Nullable String title;
    private byte @Nullable [] content;
    private @Nullable String url;

    @Enumerated(EnumType.STRING)
    private Status status;

    private @Nullable String message;
    private @Nullable Long articleId;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected ImportItem() {} // for JPA

    private ImportItem(long jobId, int position, String name, Kind kind) {
        if (position < 0) {
            throw new IllegalArgumentException("position " + position);
        }
        this.jobId = jobId;
        this.position = position;
        this.name = Objects.requireNonNull(name, "name");
        this.kind = kind;
        this.status = Status.PENDING;
    }

    static ImportItem of(long jobId, int position, ImportRequest request) {
        return switch (request) {
            case ImportRequest.File file -> file(jobId, position, file.name(), file.content());
            case ImportRequest.Text text -> {
                var item = new ImportItem(jobId, position, text.label(), Kind.PASTE);
                item.title = text.title();
                item.content = text.text().getBytes(StandardCharsets.UTF_8);
                yield item;
            }
            case ImportRequest.Url url -> {
                var item = new ImportItem(jobId, position, url.label(), Kind.URL);
                item.url = url.url();
                yield item;
            }
        };
    }

    static ImportItem file(long jobId, int position, String name, byte[] content) {
        var item = new ImportItem(jobId, position, name, Kind.FILE);
        item.content = content.clone();
        return item;
    }

    /** A file of an archive that is not imported, for the reason given: settled as FAILED straight away. */
    static ImportItem refused(long jobId, int position, String name, String reason) {
        var item = new ImportItem(jobId, position, name, Kind.FILE);
        item.status = Status.FAILED;
        item.message = reason;
        return item;
    }

    long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    long jobId() {
        return jobId;
    }

    int position() {
        return position;
    }

    String name() {
        return name;
    }

    Status status() {
        return status;
    }

    /** The request as received, to run (again). */
    ImportRequest request() {
        return switch (kind) {
            case FILE -> new ImportRequest.File(name, payload());
            case PASTE -> new ImportRequest.Text(Objects.requireNonNullElse(title, ""),
                    new String(payload(), StandardCharsets.UTF_8));
            case URL -> new ImportRequest.Url(Objects.requireNonNull(url, "url"));
        };
    }

    private byte[] payload() {
        return Objects.requireNonNull(content, () -> name + " has no stored input").clone();
    }

    void running() {
        status = Status.RUNNING;
    }

    /** Settles the item with {@code result}; the raw input goes unless it failed. */
    void settle(ImportResult result) {
        status = switch (result.status()) {
            case IMPORTED -> Status.IMPORTED;
            case DUPLICATE -> Status.DUPLICATE;
            case FAILED -> Status.FAILED;
        };
        message = result.message();
        articleId = result.articleId();
        if (status != Status.FAILED) {
            content = null;
        }
    }

    void unpacked(String note) {
        status = Status.UNPACKED;
        message = note;
        content = null;
    }
}
