package org.casebook.brief;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A brief for reading, editing and export: its title, motion (null when the motion was deleted), side, the version
 * every write must name, its entries ordered by column, then position (0, 1, 2, ... in each column), and the team
 * it was assigned to (null when it belongs to one person).
 */
public record BriefDocument(
        long id,
        String title,
        @Nullable Long motionId,
        @Nullable String motionText,
        BriefSide side,
        long version,
        Instant createdAt,
        Instant updatedAt,
        List<Entry> entries,
        @Nullable String teamName) {

    public BriefDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(side, "side");
        entries = List.copyOf(entries);
    }

    /** A brief of no team. */
    public BriefDocument(long id, String title, @Nullable Long motionId, @Nullable String motionText, BriefSide side,
            long version, Instant createdAt, Instant updatedAt, List<Entry> entries) {
        this(id, title, motionId, motionText, side, version, createdAt, updatedAt, entries, null);
    }

    /** The entries of one column, in order. */
    public List<Entry> column(BriefColumn column) {
        return entries.stream().filter(e -> e.column() == column).toList();
    }

    public java.util.Optional<Entry> entry(long entryId) {
        return entries.stream().filter(e -> e.id() == entryId).findFirst();
    }

    /**
     * One entry. For a card: {@code tag}, {@code cite}, {@code text} (the evidence) and {@code highlights} into it;
     * for a block heading the words are the {@code tag}; for a note they are the {@code text}.
     * {@code sourceUnitId} is the unit a card was cut from (null when written by hand or the unit was deleted).
     */
    public record Entry(
            long id,
            BriefColumn column,
            int position,
            EntryKind kind,
            @Nullable String tag,
            Cite cite,
            String text,
            List<Highlight> highlights,
            @Nullable Long sourceUnitId) {

        public Entry {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(cite, "cite");
            Objects.requireNonNull(text, "text");
            highlights = List.copyOf(highlights);
            for (Highlight h : highlights) {
                if (h.end() > text.length()) {
                    throw new IllegalArgumentException("highlight " + h + " outside the text of entry " + id);
                }
            }
        }

        /** The highlighted words, joined: what is read aloud. */
        public String readAloud() {
            var read = new StringBuilder();
            for (Highlight h : highlights) {
                if (!read.isEmpty()) {
                    read.append(" … ");
                }
                read.append(text, h.start(), h.end());
            }
            return read.toString();
        }
    }
}
