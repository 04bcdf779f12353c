package org.casebook.brief.export;

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

/** Briefs to export: one shaped like the sample brief (both sides, headings, notes, Unicode) and generated ones. */
final class ExportBriefs {
    static final Instant UPDATED = Instant.parse("2026-11-23T10:15:00Z");
    static final String MOTION = "The United States should cut its foreign aid to El Salvador, Guatemala and Honduras.";

    private ExportBriefs() {}

    /** Both sides, shaped as the seeded sample brief: a note, a block per side, then "Answers to" blocks. */
    static BriefDocument sample() {
        List<Entry> e = new ArrayList<>();
        e.add(note(1, BriefColumn.PRO, "A sample built from the three seed articles — drag cards to reorder them."));
        e.add(heading(2, BriefColumn.PRO, "Why cut the aid"));
        e.add(card(3, BriefColumn.PRO, "Aid money props up corrupt elites",
                new Cite("José Peña", "former USAID auditor", "The Tegucigalpa Review", "March 3, 2025",
                        "https://example.org/aid/audit?x=1&y=2"),
                "Officials said the audit was damning. “Most of the money never left the capital,” Peña said — "
                        + "the programs were run by the same families for twenty years. Nobody was charged.",
                "“Most of the money never left the capital,” Peña said — the programs were run by the same "
                        + "families for twenty years."));
        e.add(card(4, BriefColumn.PRO, "Migration did not fall where aid rose",
                new Cite("Ana Ruiz", null, "The Post", "June 1, 2024", null),
                "Despite a decade of programs, migration from the region did not fall in the towns that got the "
                        + "most aid, according to the study.", "migration from the region did not fall"));
        e.add(heading(5, BriefColumn.PRO, "Answers to: “In the towns where the programs ran, homicides fell …"));
        e.add(card(6, BriefColumn.PRO, "Homicide drops predate the programs", Cite.none(),
                "Homicides had been falling for three years before the first program opened.",
                "Homicides had been falling for three years"));
        e.add(heading(7, BriefColumn.CON, "Why keep the aid"));
        e.add(card(8, BriefColumn.CON, "Aid programs cut homicides by half",
                new Cite("Renée Dubois", "professor of economics, Sciences Po", "Le Monde diplomatique",
                        "2023", "https://example.org/étude"),
                "In the towns where the programs ran, homicides fell by half – a drop no other town saw. Critics "
                        + "say the data are thin; the authors disagree.",
                "homicides fell by half – a drop no other town saw"));
        e.add(heading(9, BriefColumn.CON, "Answers to: Officials said the audit was damning …"));
        e.add(card(10, BriefColumn.CON, "Audits now follow the money", new Cite("Jim Nealon", "former U.S. "
                + "ambassador to Honduras", null, null, null),
                "Since 2019 every grant is audited by an outside firm <and> the results are published.",
                "every grant is audited by an outside firm <and> the results are published"));
        int[] positions = new int[2];
        List<Entry> placed = new ArrayList<>();
        for (Entry x : e) {
            int p = positions[x.column().ordinal()]++;
            placed.add(new Entry(x.id(), x.column(), p, x.kind(), x.tag(), x.cite(), x.text(), x.highlights(),
                    x.sourceUnitId()));
        }
        return new BriefDocument(7, "Sample brief: foreign aid to Central America", 3L, MOTION, BriefSide.BOTH, 12,
                UPDATED, UPDATED, placed);
    }

    /** {@code cards} cards on {@code side}'s columns, a block heading every ten cards, each card highlighted. */
    static BriefDocument generated(int cards, BriefSide side) {
        List<Entry> entries = new ArrayList<>();
        List<BriefColumn> columns = side.columns();
        int[] positions = new int[2];
        long id = 1;
        for (int i = 0; i < cards; i++) {
            BriefColumn column = columns.get(i % columns.size());
            int n = i / columns.size();
            if (n % 10 == 0) {
                entries.add(new Entry(id++, column, positions[column.ordinal()]++, EntryKind.BLOCK_HEADING,
                        "Block " + (n / 10 + 1) + " — " + column.name().toLowerCase() + " side", Cite.none(), "",
                        List.of(), null));
            }
            String evidence = ("Card %d. The 2024 study by Müller et al. found that “targeted programs reduced "
                    + "violence by %d percent” in the towns where they ran, while spending elsewhere had no "
                    + "measurable effect. The authors caution that the sample is small and the period short; "
                    + "further work is needed before the result can be generalised to the whole region.")
                    .formatted(i + 1, 10 + i % 40);
            int start = evidence.indexOf("targeted");
            int end = evidence.indexOf(" in the towns");
            entries.add(new Entry(id++, column, positions[column.ordinal()]++, EntryKind.CARD,
                    "Tag %d: programs that target violence work".formatted(i + 1),
                    new Cite("Author " + (i + 1), "researcher", "Journal of Aid", "2024", "https://example.org/" + i),
                    evidence, List.of(new Highlight(start, end)), null));
        }
        return new BriefDocument(100, "Generated brief of " + cards + " cards", 1L, MOTION, side, 1, UPDATED, UPDATED,
                entries);
    }

    static BriefDocument empty(BriefSide side) {
        return new BriefDocument(9, "Empty brief", null, null, side, 0, UPDATED, UPDATED, List.of());
    }

    private static Entry note(long id, BriefColumn column, String words) {
        return new Entry(id, column, 0, EntryKind.NOTE, null, Cite.none(), words, List.of(), null);
    }

    private static Entry heading(long id, BriefColumn column, String words) {
        return new Entry(id, column, 0, EntryKind.BLOCK_HEADING, words, Cite.none(), "", List.of(), null);
    }

    private static Entry card(long id, BriefColumn column, String tag, Cite cite, String evidence, String read) {
        int start = evidence.indexOf(read);
        return new Entry(id, column, 0, EntryKind.CARD, tag, cite, evidence,
                List.of(new Highlight(start, start + read.length())), 40L + id);
    }
}
