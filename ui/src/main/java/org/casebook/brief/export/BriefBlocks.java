package org.casebook.brief.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.casebook.brief.BriefColumn;
import org.casebook.brief.BriefDocument;
import org.casebook.brief.BriefDocument.Entry;
import org.casebook.brief.EntryKind;
import org.jspecify.annotations.Nullable;

/**
 * A brief cut into blocks for print: each column splits at its block headings, and a two-sided brief is laid out
 * in rows so that each argument stands beside its answers (see {@link #rows}). Entries before a column's first
 * heading form a block without heading, which stands in the first row. Plain functions; thread-safe.
 */
final class BriefBlocks {
    private static final Pattern ANSWERS = Pattern.compile("\\s*(answers? to|a/?t)\\s*:\\s*",
            Pattern.CASE_INSENSITIVE);

    private BriefBlocks() {}

    /** A run of entries under one heading ({@code heading} null for the entries before any heading). */
    record Block(@Nullable Entry heading, List<Entry> entries) {
        Block {
            entries = List.copyOf(entries);
        }
    }

    /** One printed row: the blocks that stand in it, per column of the brief (empty where a side has none). */
    record Row(List<List<Block>> cells) {
        Row {
            cells = cells.stream().map(List::copyOf).toList();
        }
    }

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

    /**
     * The printed rows. A one-sided brief has a row per block. A two-sided brief starts with a row of the entries
     * before each side's first heading; then each block beside the blocks that answer it (an "Answers to: ..."
     * heading whose words open a card of that block), and blocks that answer nothing and are not answered beside
     * each other in order; an answer to an argument the brief does not hold stands alone in its column.
     */
    static List<Row> rows(BriefDocument brief) {
        List<BriefColumn> columns = brief.side().columns();
        if (columns.size() == 1) {
            return blocks(brief.column(columns.getFirst())).stream().map(b -> new Row(List.of(List.of(b)))).toList();
        }
        List<Block> pro = blocks(brief.column(BriefColumn.PRO));
        List<Block> con = blocks(brief.column(BriefColumn.CON));
        List<Row> rows = new ArrayList<>();
        Block proLead = !pro.isEmpty() && pro.getFirst().heading() == null ? pro.removeFirst() : null;
        Block conLead = !con.isEmpty() && con.getFirst().heading() == null ? con.removeFirst() : null;
        if (proLead != null || conLead != null) {
            rows.add(new Row(List.of(listOf(proLead), listOf(conLead))));
        }
        rows.addAll(paired(pro, con));
        return rows;
    }

    /** The rows of a two-sided brief's blocks after the leading entries (see {@link #rows}). */
    private static List<Row> paired(List<Block> pro, List<Block> con) {
        List<Row> rows = new ArrayList<>();
        Map<Block, List<Block>> proAnswered = answers(con, pro);
        Map<Block, List<Block>> conAnswered = answers(pro, con);
        Set<Block> answering = new HashSet<>();
        proAnswered.values().forEach(answering::addAll);
        conAnswered.values().forEach(answering::addAll);
        List<Block> conLeft = new ArrayList<>(con.stream()
                .filter(b -> !answering.contains(b) && !conAnswered.containsKey(b)).toList());
        for (Block b : pro) {
            if (answering.contains(b)) {
                continue;
            }
            if (proAnswered.containsKey(b)) {
                rows.add(new Row(List.of(List.of(b), proAnswered.get(b))));
            } else {
                rows.add(new Row(List.of(List.of(b), besideOf(b, conLeft))));
            }
        }
        for (Block b : con) {
            if (conAnswered.containsKey(b) && !answering.contains(b)) {
                rows.add(new Row(List.of(conAnswered.get(b), List.of(b))));
            }
        }
        conLeft.forEach(b -> rows.add(new Row(List.of(List.of(), List.of(b)))));
        return rows;
    }

    /**
     * What stands beside a block that answers nothing and is not answered: the first such block of the other side
     * (taken from {@code left}), unless either answers an argument the brief does not hold; such a block stands
     * alone, since beside another block it would seem to answer that.
     */
    private static List<Block> besideOf(Block block, List<Block> left) {
        if (answerKey(block.heading()) != null) {
            return List.of();
        }
        for (int i = 0; i < left.size(); i++) {
            if (answerKey(left.get(i).heading()) == null) {
                return List.of(left.remove(i));
            }
        }
        return List.of();
    }

    /** For each block of {@code argued}: the blocks of {@code answering} whose heading answers one of its cards. */
    private static Map<Block, List<Block>> answers(List<Block> answering, List<Block> argued) {
        Map<Block, List<Block>> answers = new LinkedHashMap<>();
        for (Block answer : answering) {
            String key = answerKey(answer.heading());
            if (key == null) {
                continue;
            }
            argued.stream()
                    .filter(b -> answerKey(b.heading()) == null)
                    .filter(b -> b.entries().stream().anyMatch(e -> e.kind() == EntryKind.CARD
                            && (words(e.text()).contains(key) || words(tag(e)).contains(key))))
                    .findFirst()
                    .ifPresent(b -> answers.computeIfAbsent(b, k -> new ArrayList<>()).add(answer));
        }
        return answers;
    }

    /** The words a heading "Answers to: ..." (or "AT: ...") names, when there are at least three; else null. */
    private static @Nullable String answerKey(@Nullable Entry heading) {
        if (heading == null || heading.tag() == null) {
            return null;
        }
        var m = ANSWERS.matcher(heading.tag());
        if (!m.lookingAt()) {
            return null;
        }
        String key = words(heading.tag().substring(m.end()));
        return key.split(" ").length >= 3 ? key : null;
    }

    private static String words(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\"“”‘’']", "").replaceAll("…|\\.\\.\\.", " ")
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static List<Block> listOf(@Nullable Block block) {
        return block == null ? List.of() : List.of(block);
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
