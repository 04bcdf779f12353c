package org.casebook.brief.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.casebook.account.NotAllowedException;
import org.casebook.brief.BriefChangedException;
import org.casebook.brief.BriefDocument;
import org.casebook.brief.BriefReview;
import org.casebook.brief.BriefService;
import org.casebook.brief.BriefStatus;
import org.casebook.brief.BriefWork;
import org.jspecify.annotations.Nullable;

/**
 * The editor's part for a brief that is class work: the assignment's state, "Submit to teacher" for the student,
 * the teacher's comments (on their cards, or under the brief), and for the teacher the review tools. Each action
 * reports its outcome through {@code outcome} (the words, and whether they tell of a failure) and then reopens the
 * brief through {@code reopen}.
 */
final class BriefAssignment {
    final Button submit = new Button("Submit to teacher", VaadinIcon.CHECK.create());
    final Paragraph work = new Paragraph();
    final Div comments = new Div();
    private final BriefService briefs;
    private final BriefReview review;
    private final BiConsumer<String, Boolean> outcome;
    private final Runnable reopen;
    private final Supplier<BriefDocument> shown;

    /** {@code shown}: the brief as the editor holds it now (its version moves with every saved change). */
    BriefAssignment(BriefService briefs, BriefReview review, Supplier<BriefDocument> shown,
            BiConsumer<String, Boolean> outcome, Runnable reopen) {
        this.shown = shown;
        this.briefs = briefs;
        this.review = review;
        this.outcome = outcome;
        this.reopen = reopen;
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit());
        work.addClassName("cb-work");
        comments.addClassName("cb-comments");
    }

    /**
     * Shows {@code brief}'s state for the viewer ({@code access} null when it is no class work) and returns what
     * goes under the toolbar: the comments not on a card, and the review tools for the teacher.
     */
    List<Component> render(BriefDocument brief, @Nullable BriefWork access, Map<Long, EntryCard> cards) {
        submit.setVisible(access != null && access.canSubmit());
        work.setText(access == null ? "" : BriefPresenter.workText(access));
        comments.removeAll();
        for (var c : review.comments(brief.id())) {
            String words = c.author() + ": " + c.text();
            EntryCard card = c.entryId() == null ? null : cards.get(c.entryId());
            if (card != null) {
                card.addComment(words);
            } else {
                comments.add(ReviewPanel.commentLine(words));
            }
        }
        List<Component> parts = new ArrayList<>(List.of(comments));
        if (access != null && access.canReview()) {
            var panel = new ReviewPanel(brief, access.status() == BriefStatus.SUBMITTED);
            panel.save.addClickListener(e -> act(() -> review.comment(brief.id(),
                    panel.card.getValue() == null || panel.card.getValue() == ReviewPanel.WHOLE_BRIEF ? null
                            : panel.card.getValue(), panel.comment.getValue()), "Comment saved."));
            panel.giveBack.addClickListener(e -> act(() -> review.giveBack(brief.id()),
                    "Returned: the student can work on it again."));
            parts.add(panel);
        }
        return parts;
    }

    private void submit() {
        BriefDocument brief = shown.get();
        try {
            briefs.submit(brief.id(), brief.version());
            reopen.run();
            outcome.accept("Submitted to your teacher.", false);
        } catch (BriefChangedException e) {
            outcome.accept(BriefPresenter.CONFLICT, true);
        } catch (IllegalArgumentException | NotAllowedException e) {
            outcome.accept(e.getMessage(), true);
        }
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            reopen.run();
            outcome.accept(done, false);
        } catch (IllegalArgumentException | NotAllowedException e) {
            outcome.accept(e.getMessage(), true);
        }
    }
}
