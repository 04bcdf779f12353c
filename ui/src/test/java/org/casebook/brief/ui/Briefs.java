package org.casebook.brief.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.casebook.brief.BriefColumn;
import org.casebook.brief.BriefDocument;
import org.casebook.brief.BriefDocument.Entry;
import org.casebook.brief.BriefSide;
import org.casebook.brief.Cite;
import org.casebook.brief.EntryKind;
import org.casebook.brief.Highlight;

/** Canned briefs for the presenter and view tests. */
final class Briefs {
    static final String EVIDENCE = "Aid programs cut homicides by half in the towns where they ran.";

    private Briefs() {}

    static BriefDocument brief(long version, Entry... entries) {
        return new BriefDocument(1, "Aid cuts", 5L, "The US should cut aid.", BriefSide.BOTH, version,
                Instant.EPOCH, Instant.EPOCH, List.of(entries));
    }

    static Entry card(long id, BriefColumn column, int position, Highlight... highlights) {
        return new Entry(id, column, position, EntryKind.CARD, "Aid works", new Cite("Ana Ruiz", null, "The Post",
                null, null), EVIDENCE, List.of(highlights), 40L);
    }

    static Entry note(long id, BriefColumn column, int position, String words) {
        return new Entry(id, column, position, EntryKind.NOTE, null, Cite.none(), words, List.of(), null);
    }

    static Entry heading(long id, BriefColumn column, int position, String words) {
        return new Entry(id, column, position, EntryKind.BLOCK_HEADING, words, Cite.none(), "", List.of(), null);
    }

    static List<Entry> list(Entry... entries) {
        return new ArrayList<>(List.of(entries));
    }
}
