package org.casebook.motion.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.function.Consumer;
import org.casebook.article.MotionBoard;
import org.casebook.article.Side;

/**
 * One row of the board: an argument on its side's column and, beside it, the arguments that answer it (marked when
 * the text itself answers it), or a prompt to prepare an answer when nothing does yet.
 */
class BoardRow extends Div {

    BoardRow(MotionBoard board, MotionBoard.Row row, Consumer<MotionBoard.Card> addToBrief) {
        boolean pro = row.argument().side() == Side.PRO;
        var argument = new BoardCard(row.argument(), keyPointLabel(board, row), addToBrief);
        argument.addClassName("cb-argument");
        var answers = new Div();
        answers.addClassName("cb-answers");
        if (row.answered()) {
            for (MotionBoard.Rebuttal r : row.rebuttals()) {
                var card = new BoardCard(r.unit(), r.explicit() ? " · answers it in the text" : " · answers it",
                        addToBrief);
                card.addClassName("cb-rebuttal");
                answers.add(card);
            }
        } else {
            var badge = new Span("No answer yet");
            badge.addClassName("cb-unanswered");
            var hint = new Span("Prepare an answer to this " + (pro ? "PRO" : "CON") + " argument.");
            hint.addClassName("cb-hint");
            answers.add(badge, hint);
        }
        if (pro) {
            add(argument, answers);
        } else {
            add(answers, argument);
        }
        addClassNames("cb-board-row", row.answered() ? "cb-answered" : "cb-open");
    }

    /** " · made in 3 sources" for an argument of a key point, else nothing. */
    private static String keyPointLabel(MotionBoard board, MotionBoard.Row row) {
        if (row.keyPointId() == null) {
            return "";
        }
        return board.keyPoints().stream().filter(k -> k.id() == row.keyPointId()).findFirst()
                .map(k -> " · made in " + KeyPointList.sources(k.sources())).orElse("");
    }
}
