package org.casebook.motion.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.casebook.article.EvidenceKind;
import org.casebook.article.MotionBoard;
import org.casebook.article.UnitRole;
import org.jspecify.annotations.Nullable;

/**
 * What the board shows: one article or all ({@code articleId} null), one speaker or all ({@code speaker} null;
 * {@link #AUTHOR} for the authors' own words), one role or both (or one kind of evidence), the arguments of one key
 * point or all ({@code keyPointId} null), and optionally only the unanswered arguments.
 * Plain Java.
 */
record BoardFilter(@Nullable Long articleId, @Nullable String speaker, @Nullable UnitRole role,
        @Nullable EvidenceKind evidenceKind, @Nullable Long keyPointId, boolean unansweredOnly) {
    static final String AUTHOR = "The authors' own words";
    static final String ALL_ROLES = "Claims and evidence";
    private static final String EVIDENCE_OF = "Evidence: ";

    /** The choices of the role filter: both roles, one, or one kind of evidence. */
    static List<String> roleChoices() {
        List<String> choices = new ArrayList<>(List.of(ALL_ROLES, "Claims", "Evidence"));
        for (EvidenceKind kind : EvidenceKind.values()) {
            choices.add(EVIDENCE_OF + kind.label());
        }
        return choices;
    }

    /** This filter with the role (or kind of evidence) of one of {@link #roleChoices()}. */
    BoardFilter withRoleChoice(@Nullable String chosen) {
        String choice = Objects.requireNonNullElse(chosen, ALL_ROLES);
        BoardFilter roleOnly = withRole(switch (choice) {
            case "Claims" -> UnitRole.CLAIM;
            case "Evidence" -> UnitRole.EVIDENCE;
            default -> null;
        });
        return Arrays.stream(EvidenceKind.values()).filter(kind -> choice.equals(EVIDENCE_OF + kind.label()))
                .findFirst().map(roleOnly::withEvidenceKind).orElse(roleOnly);
    }

    static BoardFilter everything() {
        return new BoardFilter(null, null, null, null, null, false);
    }

    List<MotionBoard.Row> apply(List<MotionBoard.Row> rows) {
        return rows.stream().filter(this::keeps).toList();
    }

    boolean keeps(MotionBoard.Row row) {
        var card = row.argument();
        if (articleId != null && card.articleId() != articleId) {
            return false;
        }
        if (speaker != null && !speaker.equals(speakerOf(card))) {
            return false;
        }
        if (role != null && card.role() != role) {
            return false;
        }
        if (evidenceKind != null && card.evidenceKind() != evidenceKind) {
            return false;
        }
        if (keyPointId != null && !keyPointId.equals(row.keyPointId())) {
            return false;
        }
        return !unansweredOnly || !row.answered();
    }

    static String speakerOf(MotionBoard.Card card) {
        return Objects.requireNonNullElse(card.speakerName(), AUTHOR);
    }

    BoardFilter withArticle(@Nullable Long id) {
        return new BoardFilter(id, speaker, role, evidenceKind, keyPointId, unansweredOnly);
    }

    BoardFilter withSpeaker(@Nullable String name) {
        return new BoardFilter(articleId, name, role, evidenceKind, keyPointId, unansweredOnly);
    }

    BoardFilter withRole(@Nullable UnitRole r) {
        return new BoardFilter(articleId, speaker, r, null, keyPointId, unansweredOnly);
    }

    /** Only evidence of this kind ({@code null}: every role, as {@link #withRole} left it). */
    BoardFilter withEvidenceKind(@Nullable EvidenceKind kind) {
        return new BoardFilter(articleId, speaker, kind == null ? role : UnitRole.EVIDENCE, kind, keyPointId,
                unansweredOnly);
    }

    /** Only the arguments of this key point ({@code null}: of any). */
    BoardFilter withKeyPoint(@Nullable Long id) {
        return new BoardFilter(articleId, speaker, role, evidenceKind, id, unansweredOnly);
    }

    BoardFilter withUnansweredOnly(boolean only) {
        return new BoardFilter(articleId, speaker, role, evidenceKind, keyPointId, only);
    }
}
