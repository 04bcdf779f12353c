package org.casebook.motion.ui;

import jakarta.annotation.security.PermitAll;
import org.casebook.base.ui.RouteIds;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.casebook.account.Callers;
import org.casebook.article.BoardService;
import org.casebook.article.MotionBoard;
import org.casebook.article.Side;
import org.casebook.brief.BriefService;
import org.casebook.brief.ui.AddToBriefDialog;
import org.casebook.motion.MotionSummary;
import org.jspecify.annotations.Nullable;

/**
 * The clash view of one motion: PRO | CON side by side; each row an argument with the rebuttals found for it on the
 * other side, or a "no answer yet" badge; key points with how many sources make them (choose one to see only its
 * arguments); filters by article, speaker, role and "unanswered only"; every unit can go into a brief. The board
 * is computed in the background while a progress bar shows, never on the UI thread.
 */
@PermitAll
@Route("motions/:id/board")
class MotionBoardView extends Main implements BeforeEnterObserver, HasDynamicTitle {
    static final String ID = "id";

    final BoardFilters filters = new BoardFilters(change -> show(change.apply(this.filter)));
    final Checkbox unansweredOnly = filters.unansweredOnly;
    final Div rows = new Div();
    final Paragraph summary = new Paragraph();
    final Paragraph emptyState = new Paragraph();
    final ProgressBar progress = new ProgressBar();
    final Paragraph progressLabel = new Paragraph();
    private static final int POLL_MILLIS = 300;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(MotionBoardView.class);
    private final BoardService boards;
    private final Callers callers;
    private final BriefService briefs;
    private @Nullable MotionBoard board;
    private BoardFilter filter = BoardFilter.everything();
    private Component keyPoints = new Div();
    private String title = "Board · Casebook";

    MotionBoardView(BoardService boards, BriefService briefs, Callers callers) {
        this.callers = callers;
        this.boards = boards;
        this.briefs = briefs;
        addClassNames("cb-page", "cb-board");
        rows.addClassName("cb-board-rows");
        summary.addClassName("cb-meta");
        emptyState.addClassName("cb-empty");
        progress.setIndeterminate(true);
        progress.getElement().setAttribute("aria-label", "Computing the board");
        progressLabel.addClassName("cb-status");
        progressLabel.getElement().setAttribute("aria-live", "polite");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var read = RouteIds.read(event, ID);
        if (read.isEmpty()) {
            return;
        }
        long id = read.getAsLong();
        var motion = boards.motion(id);
        if (motion.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        loading(motion.get());
        load(event.getUI(), id);
    }

    /** What shows while the board is computed: the motion and a progress bar. */
    private void loading(MotionSummary motion) {
        board = null;
        removeAll();
        progress.setVisible(true);
        title = "Board: " + motion.text() + " · Casebook";
        var back = new RouterLink("← Motions", MotionsView.class);
        back.addClassName("cb-back");
        var heading = new H2(motion.text());
        heading.addClassName("cb-reader-title");
        progressLabel.setText("Pairing every argument with its rebuttals across the library…");
        add(back, heading, progressLabel, progress);
    }

    /**
     * Computes the board off the UI thread (on a large library its counters and key points may have to be computed
     * again), polling meanwhile, then shows it.
     */
    private void load(UI ui, long id) {
        ui.setPollInterval(POLL_MILLIS);
        callers.inBackground(() -> boards.board(id)) // shows what this person may see
                .whenComplete((found, error) -> ui.access(() -> {
            ui.setPollInterval(-1);
            if (error != null) {
                log.warn("The board of motion {} could not be computed", id, error);
            }
            if (error != null || found == null || found.isEmpty()) {
                progress.setVisible(false);
                progressLabel.setText(error == null
                        ? "This motion no longer exists."
                        : "The board could not be computed. Reload the page to try again.");
                progressLabel.addClassName("cb-error");
                return;
            }
            render(found.get());
        }));
    }

    /** True while the board is being computed. */
    boolean loading() {
        return board == null && progress.isVisible() && progress.getParent().isPresent();
    }

    private void render(MotionBoard board) {
        this.board = board;
        removeAll();
        title = "Board: " + board.motion().text() + " · Casebook";
        var back = new RouterLink("← Motions", MotionsView.class);
        back.addClassName("cb-back");
        var heading = new H2(board.motion().text());
        heading.addClassName("cb-reader-title");
        filters.offer(board);
        var columns = new Div(columnHead("Pro", "cb-side-pro"), columnHead("Con", "cb-side-con"));
        columns.addClassName("cb-board-head");
        keyPoints = new KeyPointList(board, filter.keyPointId(), this::showKeyPoint);
        add(back, heading, summary, keyPoints, filters, columns, emptyState, rows);
        show(filter);
    }

    /** Shows only the arguments of one key point (null: of all), with the key points list marking it. */
    private void showKeyPoint(@Nullable Long id) {
        show(filter.withKeyPoint(id));
        if (board != null) {
            var next = new KeyPointList(board, id, this::showKeyPoint);
            replace(keyPoints, next);
            keyPoints = next;
        }
    }

    /** Shows the rows the filter keeps. */
    void show(BoardFilter next) {
        filter = next;
        rows.removeAll();
        if (board == null) {
            return;
        }
        List<MotionBoard.Row> kept = filter.apply(board.rows());
        long unanswered = board.rows().stream().filter(r -> !r.answered()).count();
        summary.setText("%d arguments, %d without an answer yet%s".formatted(board.rows().size(), unanswered,
                kept.size() == board.rows().size() ? "" : "; showing " + kept.size()));
        for (MotionBoard.Row row : kept) {
            rows.add(new BoardRow(board, row, this::addToBrief));
        }
        emptyState.setVisible(kept.isEmpty());
        emptyState.setText(board.rows().isEmpty()
                ? "No article in the library takes a side on this motion yet. Import articles on the library page; "
                        + "their arguments appear here."
                : "Nothing matches these filters. Clear a filter to see more.");
    }

    private static Component columnHead(String text, String className) {
        var head = new Span(text);
        head.addClassNames("cb-column-head", className);
        return head;
    }

    private void addToBrief(MotionBoard.Card card) {
        if (board != null) {
            new AddToBriefDialog(briefs, board.motion().id(), board.motion().text(), card.unitId(),
                    card.side() == Side.CON ? org.casebook.brief.BriefColumn.CON : org.casebook.brief.BriefColumn.PRO,
                    BoardCard.shortText(card.text())).open();
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
