package org.casebook.article;

import java.util.List;
import java.util.Objects;
import org.casebook.motion.MotionSummary;
import org.jspecify.annotations.Nullable;

/**
 * The clash view of one motion: a row for every unit that takes a side (PRO or CON), in article and text order,
 * each with the rebuttals found for it on the other side (best first; none means nobody answered it yet), and the
 * key points that group units making the same point, with how many articles make it.
 */
public record MotionBoard(MotionSummary motion, List<Row> rows, List<KeyPoint> keyPoints) {
    public MotionBoard {
        Objects.requireNonNull(motion, "motion");
        rows = List.copyOf(rows);
        keyPoints = List.copyOf(keyPoints);
    }

    /** An argument and its answers; {@code keyPointId} is the key point it belongs to, if any. */
    public record Row(Card argument, List<Rebuttal> rebuttals, @Nullable Long keyPointId) {
        public Row {
            Objects.requireNonNull(argument, "argument");
            rebuttals = List.copyOf(rebuttals);
        }

        public boolean answered() {
            return !rebuttals.isEmpty();
        }
    }

    /** A unit on the board, with its article's heading and its stance towards the motion. */
    public record Card(
            long unitId,
            long articleId,
            String articleHeading,
            UnitRole role,
            Side side,
            String text,
            @Nullable String speakerName,
            @Nullable String speakerDescription,
            double confidence,
            boolean stanceCorrected) {

        public Card {
            Objects.requireNonNull(articleHeading, "articleHeading");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(side, "side");
            Objects.requireNonNull(text, "text");
        }

        /** For evidence, what it offers (figures, a study, testimony, an example); null for a claim. */
        public @Nullable EvidenceKind evidenceKind() {
            return role == UnitRole.EVIDENCE ? EvidenceKind.of(text, speakerName) : null;
        }
    }

    /** A rebuttal: {@code explicit} when the text itself marks it as an answer, else it was paired by meaning. */
    public record Rebuttal(Card unit, boolean explicit, double score) {
        public Rebuttal {
            Objects.requireNonNull(unit, "unit");
        }
    }

    /** Units that make the same point; {@code sources} counts the distinct articles among them. */
    public record KeyPoint(long id, String label, List<Long> unitIds, int sources) {
        public KeyPoint {
            Objects.requireNonNull(label, "label");
            unitIds = List.copyOf(unitIds);
        }
    }
}
