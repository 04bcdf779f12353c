package org.casebook.brief.export;

import java.util.ArrayList;
import java.util.List;
import org.casebook.brief.BriefColumn;
import org.casebook.brief.BriefDocument;
import org.casebook.brief.BriefDocument.Entry;
import org.casebook.brief.EntryKind;
import org.casebook.brief.Highlight;
import org.casebook.brief.Highlights;
import org.jspecify.annotations.Nullable;

/**
 * A brief cut into blocks for print: each column splits at its block headings, and a two-sided brief is laid out
 * in rows, the n-th block of one side beside the n-th block of the other (the sample brief's "Why cut the aid"
 * beside "Why keep the aid", then each "Answers to" block beside its counterpart). Entries before a column's first
 * heading form a block without heading, which stands in the first row. Plain functions; thread-safe.
 */
final class BriefBlocks {
    private BriefBlocks() {}

    /** A run of entries under one heading ({@code heading} null for the entries before any heading). */
    record Block(@Nullable Entry heading, List<Entry> entries) {
        Block {
            entries = List.copyOf(entries);
        }
    }

    /** One printed row: a block per column of the brief (null where that side has no block in this row). */
    record Row(List<@Nullable Block> cells) {}

    static List<Block> blocks(List<Entry> column) {
        List<Block> blocks = new ArrayList<>();
        @Nullable Entry heading = null;
        List<Entry> entries = new ArrayList<>();
        for (Entry e : column) {
            if (e.kind() == EntryKind.BLOCK_HEADING) {
                if (heading != null || !entries.isEmpty()) {
                    blocks.add(new Block(heading, entries));
                }
                heading = e;
                entries = new ArrayList<>();
            } else {
                entries.add(e);
            }
        }
        if (heading != null || !entries.isEmpty()) {
            blocks.add(new Block(heading, entries));
        }
        return blocks;
    }

    static List<Row> rows(BriefDocument brief) {
        List<BriefColumn> columns = brief.side().columns();
        List<List<Block>> perColumn = columns.stream().map(c -> blocks(brief.column(c))).toList();
        List<Row> rows = new ArrayList<>();
        List<@Nullable Block> leading = new ArrayList<>();
        List<List<Block>> headed = new ArrayList<>();
        for (List<Block> blocks : perColumn) {
            boolean hasLeading = !blocks.isEmpty() && blocks.getFirst().heading() == null;
            leading.add(hasLeading ? blocks.getFirst() : null);
            headed.add(hasLeading ? blocks.subList(1, blocks.size()) : blocks);
        }
        if (leading.stream().anyMatch(b -> b != null)) {
            rows.add(new Row(leading));
        }
        int most = headed.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < most; i++) {
            List<@Nullable Block> cells = new ArrayList<>();
            for (List<Block> blocks : headed) {
                cells.add(i < blocks.size() ? blocks.get(i) : null);
            }
            rows.add(new Row(cells));
        }
        return rows;
    }

    /** A stretch of a card's evidence: read aloud (highlighted) or not. */
    record Piece(String text, boolean read) {}

    /** The evidence of {@code card} cut at its highlights, in order; empty pieces are left out. */
    static List<Piece> pieces(Entry card) {
        List<Piece> pieces = new ArrayList<>();
        String text = card.text();
        int at = 0;
        for (Highlight h : Highlights.normalise(card.highlights(), text.length())) {
            if (h.start() > at) {
                pieces.add(new Piece(text.substring(at, h.start()), false));
            }
            pieces.add(new Piece(text.substring(h.start(), h.end()), true));
            at = h.end();
        }
        if (at < text.length()) {
            pieces.add(new Piece(text.substring(at), false));
        }
        return pieces;
    }

    static String tag(Entry card) {
        return card.tag() == null ? "Untitled card" : card.tag();
    }

    static String columnName(BriefColumn column) {
        return column == BriefColumn.PRO ? "Pro" : "Con";
    }

    static String sideWords(BriefDocument brief) {
        return switch (brief.side()) {
            case PRO -> "Pro";
            case CON -> "Con";
            case BOTH -> "Both sides";
        };
    }
}
