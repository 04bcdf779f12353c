package org.casebook.seed;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.casebook.article.BoardService;
import org.casebook.article.MotionBoard;
import org.casebook.article.Side;
import org.casebook.article.UnitRole;
import org.casebook.brief.BriefColumn;
import org.casebook.brief.BriefDocument;
import org.casebook.brief.BriefService;
import org.casebook.brief.BriefSide;
import org.casebook.motion.MotionSummary;

/**
 * Builds the sample brief from the seed articles, through {@link BriefService} like any user: for each side, a
 * heading, its strongest claims (by confidence) and the arguments the other side answers, then a block answering
 * claims of the other side with the rebuttals the board found for them, those the text itself answers first.
 */
final class SampleBrief {
    static final String TITLE = "Sample brief: foreign aid to Central America";
    private static final int CLAIMS = 2;

    private SampleBrief() {}

    static BriefDocument build(BriefService briefs, BoardService boards, MotionSummary motion) {
        MotionBoard board = boards.board(motion.id()).orElseThrow();
        BriefDocument brief = briefs.create(TITLE, motion.id(), BriefSide.BOTH);
        brief = briefs.addNote(brief.id(), brief.version(), BriefColumn.PRO, "A sample built from the three seed "
                + "articles. Drag cards to reorder them, edit tags and cites, select words and press Highlight.");
        Map<Side, List<MotionBoard.Row>> answered = Map.of(Side.PRO, answered(board, Side.PRO),
                Side.CON, answered(board, Side.CON));
        for (BriefColumn column : BriefColumn.values()) {
            Side side = column == BriefColumn.PRO ? Side.PRO : Side.CON;
            Side other = column == BriefColumn.PRO ? Side.CON : Side.PRO;
            brief = briefs.addHeading(brief.id(), brief.version(), column,
                    column == BriefColumn.PRO ? "Why cut the aid" : "Why keep the aid");
            for (long unitId : arguments(strongest(board, side), answered.get(side))) {
                brief = briefs.addCard(brief.id(), brief.version(), unitId, column);
            }
            for (MotionBoard.Row row : answered.get(other)) {
                brief = briefs.addHeading(brief.id(), brief.version(), column,
                        "Answers to: " + shortened(row.argument().text()));
                brief = briefs.addCard(brief.id(), brief.version(), answerTo(row).unit().unitId(), column);
            }
        }
        return brief;
    }

    /**
     * A side's cards under its heading: its strongest claims, then those of its arguments the other side's column
     * answers, so that each answer stands beside what it answers (in the editor and in print).
     */
    private static List<Long> arguments(List<MotionBoard.Row> strongest, List<MotionBoard.Row> answered) {
        return Stream.concat(strongest.stream(), answered.stream()).map(r -> r.argument().unitId()).distinct()
                .toList();
    }

    private static List<MotionBoard.Row> strongest(MotionBoard board, Side side) {
        return board.rows().stream()
                .filter(r -> r.argument().side() == side && r.argument().role() == UnitRole.CLAIM)
                .sorted(Comparator.comparingDouble((MotionBoard.Row r) -> r.argument().confidence()).reversed())
                .limit(CLAIMS)
                .toList();
    }

    /**
     * The other side's arguments to answer: first those the text itself answers ("To be clear, ...", "That's a
     * prescription for more migration, not less"), the surest pairs, evidence too (a quotation the text answers),
     * then claims answered by meaning; the strongest first within each.
     */
    private static List<MotionBoard.Row> answered(MotionBoard board, Side side) {
        return board.rows().stream()
                .filter(r -> r.argument().side() == side && r.answered()
                        && (r.argument().role() == UnitRole.CLAIM || answeredInText(r)))
                .sorted(Comparator.comparing(SampleBrief::answeredInText).reversed()
                        .thenComparing(r -> r.argument().confidence(), Comparator.reverseOrder()))
                .limit(CLAIMS)
                .toList();
    }

    private static boolean answeredInText(MotionBoard.Row row) {
        return row.rebuttals().stream().anyMatch(r -> r.explicit() && r.unit().side() != Side.NEUTRAL);
    }

    /**
     * The answer the text marks, else the closest claim (a reported fact is no answer), else the closest unit; one
     * with a side, since it goes into a side's column.
     */
    private static MotionBoard.Rebuttal answerTo(MotionBoard.Row row) {
        List<MotionBoard.Rebuttal> sided = row.rebuttals().stream().filter(r -> r.unit().side() != Side.NEUTRAL)
                .toList();
        return sided.stream().filter(MotionBoard.Rebuttal::explicit).findFirst()
                .or(() -> sided.stream().filter(r -> r.unit().role() == UnitRole.CLAIM).findFirst())
                .orElse(sided.isEmpty() ? row.rebuttals().getFirst() : sided.getFirst());
    }

    private static String shortened(String text) {
        String[] words = text.strip().replaceAll("[\"“”]", "").split("\\s+");
        return words.length <= 8 ? String.join(" ", words) : String.join(" ", List.of(words).subList(0, 8)) + " …";
    }
}
