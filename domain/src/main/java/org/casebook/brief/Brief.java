package org.casebook.brief;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A brief and its entries (one aggregate: entries change only through it). Positions count from 0 in each column
 * without gaps. A one-sided brief has one column, its side's; entries asked for the other column land in it too.
 */
@Entity
@Table(name = "briefs")
class Brief {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "briefs_seq")
    @SequenceGenerator(name = "briefs_seq", sequenceName = "briefs_seq", allocationSize = 50)
    private @Nullable Long id;

    private @Nullable Long motionId;
    private String title;

    @Enumerated(EnumType.STRING)
    private BriefSide side;

    private Instant createdAt;
    private Instant updatedAt;

    private @Nullable Long ownerId;
    private @Nullable Long assignmentId;

    @Enumerated(EnumType.STRING)
    private BriefStatus status = BriefStatus.IN_PROGRESS;

    private @Nullable Instant submittedAt;

    @OneToMany(mappedBy = "brief", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<BriefEntry> entries = new ArrayList<>();

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected Brief() {} // for JPA

    Brief(String title, @Nullable Long motionId, BriefSide side, Instant now) {
        this(title, motionId, side, now, null, null);
    }

    /** A brief of {@code ownerId} (null: a sample nobody owns yet), started from an assignment or not. */
    Brief(String title, @Nullable Long motionId, BriefSide side, Instant now, @Nullable Long ownerId,
            @Nullable Long assignmentId) {
        this.ownerId = ownerId;
        this.assignmentId = assignmentId;
        this.title = BriefTexts.checkedTitle(title);
        this.motionId = motionId;
        this.side = Objects.requireNonNull(side, "side");
        this.createdAt = Objects.requireNonNull(now, "now");
        this.updatedAt = now;
    }

    long id() {
        return Objects.requireNonNull(id, "brief not saved yet");
    }

    long version() {
        return version;
    }

    /** Marks a change; also makes the brief dirty, so its version moves with every change to any entry. */
    void touch(Instant now) {
        this.updatedAt = now;
    }

    BriefStatus status() {
        return status;
    }

    @Nullable Long assignmentId() {
        return assignmentId;
    }

    @Nullable Instant submittedAt() {
        return submittedAt;
    }

    /** Hands the brief in: nobody edits it until it is returned. */
    void submit(Instant now) {
        if (assignmentId == null) {
            throw new IllegalArgumentException("Only a brief started from an assignment is submitted.");
        }
        if (status == BriefStatus.SUBMITTED) {
            throw new IllegalArgumentException("This brief is submitted already.");
        }
        status = BriefStatus.SUBMITTED;
        submittedAt = now;
    }

    /** Gives a submitted brief back to its student or team, to work on again. */
    void giveBack() {
        if (status != BriefStatus.SUBMITTED) {
            throw new IllegalArgumentException("Only a submitted brief can be returned.");
        }
        status = BriefStatus.RETURNED;
    }

    void rename(String title) {
        this.title = BriefTexts.checkedTitle(title);
    }

    /** Appends {@code entry} to the end of its column (the brief's only column when one-sided). */
    BriefEntry append(BriefEntry entry) {
        BriefColumn column = columnFor(entry.column());
        entry.placeAt(column, column(column).size());
        entries.add(entry);
        return entry;
    }

    /** Moves an entry to {@code index} of {@code column} (clamped to the column's end); the rest close up. */
    void move(long entryId, BriefColumn column, int index) {
        BriefEntry moving = entry(entryId);
        BriefColumn target = columnFor(column);
        BriefColumn from = moving.column();
        List<BriefEntry> source = new ArrayList<>(column(from));
        source.remove(moving);
        renumber(from, source);
        List<BriefEntry> destination = new ArrayList<>(column(target));
        destination.remove(moving);
        destination.add(Math.clamp(index, 0, destination.size()), moving);
        moving.placeAt(target, 0);
        renumber(target, destination);
    }

    void remove(long entryId) {
        BriefEntry gone = entry(entryId);
        entries.remove(gone);
        renumber(gone.column(), column(gone.column()));
    }

    BriefEntry entry(long entryId) {
        return entries.stream()
                .filter(e -> e.id() == entryId)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("brief " + id + " has no entry " + entryId));
    }

    BriefDocument document(@Nullable String motionText, @Nullable String teamName) {
        List<BriefDocument.Entry> ordered = entries.stream()
                .sorted(Comparator.comparing(BriefEntry::column).thenComparingInt(BriefEntry::position))
                .map(BriefEntry::document)
                .toList();
        return new BriefDocument(id(), title, motionId, motionText, side, version, createdAt, updatedAt, ordered,
                teamName);
    }

    BriefSummary summary(@Nullable String motionText) {
        return new BriefSummary(id(), title, motionId, motionText, side, entries.size(), version, updatedAt);
    }

    @Nullable Long motionId() {
        return motionId;
    }

    private BriefColumn columnFor(BriefColumn asked) {
        return switch (side) {
            case PRO -> BriefColumn.PRO;
            case CON -> BriefColumn.CON;
            case BOTH -> asked;
        };
    }

    private List<BriefEntry> column(BriefColumn column) {
        return entries.stream()
                .filter(e -> e.column() == column)
                .sorted(Comparator.comparingInt(BriefEntry::position))
                .toList();
    }

    private static void renumber(BriefColumn column, List<BriefEntry> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).placeAt(column, i);
        }
    }
}
