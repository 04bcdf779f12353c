package org.casebook.motion.ui;

import java.util.List;
import java.util.Objects;
import org.casebook.article.MotionBoard;
import org.casebook.article.UnitRole;
import org.jspecify.annotations.Nullable;

/**
 * What the board shows: one article or all ({@code articleId} null), one speaker or all ({@code speaker} null;
 * {@link #AUTHOR} for the authors' own words), one role or both, and optionally only the unanswered arguments.
 * Plain Java.
 */
record BoardFilter(@Nullable Long articleId, @Nullable String speaker, @Nullable UnitRole role,
        boolean unansweredOnly) {
    static final String AUTHOR = "The authors' own words";

    static BoardFilter everything() {
        return new BoardFilter(null, null, null, false);
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
        return !unansweredOnly || !row.answered();
    }

    static String speakerOf(MotionBoard.Card card) {
        return Objects.requireNonNullElse(card.speakerName(), AUTHOR);
    }

    BoardFilter withArticle(@Nullable Long id) {
        return new BoardFilter(id, speaker, role, unansweredOnly);
    }

    BoardFilter withSpeaker(@Nullable String name) {
        return new BoardFilter(articleId, name, role, unansweredOnly);
    }

    BoardFilter withRole(@Nullable UnitRole r) {
        return new BoardFilter(articleId, speaker, r, unansweredOnly);
    }

    BoardFilter withUnansweredOnly(boolean only) {
        return new BoardFilter(articleId, speaker, role, only);
    }
}
