package org.casebook.brief;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One card, block heading or note of a brief, at a position in one of its columns. */
@Entity
@Table(name = "brief_entries")
class BriefEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "brief_entries_seq")
    @SequenceGenerator(name = "brief_entries_seq", sequenceName = "brief_entries_seq", allocationSize = 50)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "brief_id")
    private Brief brief;

    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "side")
    private BriefColumn column;

    @Enumerated(EnumType.STRING)
    private EntryKind kind;

    private @Nullable Long unitId;
    private @Nullable String tag;
    private @Nullable String citeAuthor;
    private @Nullable String citeQualification;
    private @Nullable String citeOutlet;
    private @Nullable String citeDate;
    private @Nullable String citeUrl;
    private String text;
    private int[] highlights;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected BriefEntry() {} // for JPA

    private BriefEntry(Brief brief, BriefColumn column, EntryKind kind, @Nullable String tag, String text) {
        this.brief = Objects.requireNonNull(brief, "brief");
        this.column = Objects.requireNonNull(column, "column");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.tag = tag;
        this.text = Objects.requireNonNull(text, "text");
        this.highlights = new int[0];
    }

    static BriefEntry card(Brief brief, BriefColumn column, String tag, Cite cite, String evidence,
            List<Highlight> highlights, @Nullable Long unitId) {
        if (evidence.isBlank()) {
            throw new IllegalArgumentException("a card needs evidence");
        }
        var card = new BriefEntry(brief, column, EntryKind.CARD, BriefTexts.checkedTag(tag), evidence);
        card.cite(cite);
        card.highlight(highlights);
        card.unitId = unitId;
        return card;
    }

    static BriefEntry heading(Brief brief, BriefColumn column, String words) {
        String heading = BriefTexts.checkedTag(words);
        if (heading == null) {
            throw new IllegalArgumentException("a heading needs some words");
        }
        return new BriefEntry(brief, column, EntryKind.BLOCK_HEADING, heading, "");
    }

    static BriefEntry note(Brief brief, BriefColumn column, String words) {
        return new BriefEntry(brief, column, EntryKind.NOTE, null, BriefTexts.checkedNote(words));
    }

    long id() {
        return Objects.requireNonNull(id, "entry not saved yet");
    }

    BriefColumn column() {
        return column;
    }

    int position() {
        return position;
    }

    String text() {
        return text;
    }

    List<Highlight> highlights() {
        return Highlights.unflatten(highlights);
    }

    void placeAt(BriefColumn column, int position) {
        this.column = column;
        this.position = position;
    }

    void retag(String tag) {
        if (kind == EntryKind.NOTE) {
            throw new IllegalArgumentException("a note has no tag; edit its text");
        }
        String checked = BriefTexts.checkedTag(tag);
        if (kind == EntryKind.BLOCK_HEADING && checked == null) {
            throw new IllegalArgumentException("a heading needs some words");
        }
        this.tag = checked;
    }

    void rewrite(String words) {
        if (kind != EntryKind.NOTE) {
            throw new IllegalArgumentException("only a note's text is written by hand; a card's evidence is quoted");
        }
        this.text = BriefTexts.checkedNote(words);
    }

    void cite(Cite cite) {
        if (kind != EntryKind.CARD && !cite.isEmpty()) {
            throw new IllegalArgumentException("only a card has a cite");
        }
        this.citeAuthor = cite.author();
        this.citeQualification = cite.qualification();
        this.citeOutlet = cite.outlet();
        this.citeDate = cite.date();
        this.citeUrl = cite.url();
    }

    void highlight(List<Highlight> ranges) {
        if (kind != EntryKind.CARD && !ranges.isEmpty()) {
            throw new IllegalArgumentException("only a card's evidence is highlighted");
        }
        for (Highlight h : ranges) {
            if (h.end() > text.length()) {
                throw new IllegalArgumentException("highlight " + h + " outside the evidence");
            }
        }
        this.highlights = Highlights.flatten(Highlights.normalise(ranges, text.length()));
    }

    BriefDocument.Entry document() {
        return new BriefDocument.Entry(id(), column, position, kind, tag,
                new Cite(citeAuthor, citeQualification, citeOutlet, citeDate, citeUrl), text, highlights(), unitId);
    }
}
