package org.casebook.brief.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.casebook.base.ui.Labels;
import org.casebook.brief.BriefChangedException;
import org.casebook.brief.BriefColumn;
import org.casebook.brief.BriefDocument.Entry;
import org.casebook.brief.BriefDocument;
import org.casebook.brief.BriefService;
import org.casebook.brief.BriefWork;
import org.casebook.brief.Cite;
import org.casebook.brief.Highlight;
import org.casebook.brief.Highlights;
import org.jspecify.annotations.Nullable;

/**
 * The brief editor's state and intents, without Vaadin: the brief as last saved, the text selected in each card,
 * and what went wrong last. Every intent saves at once through {@link BriefService} with the version last seen;
 * when someone else changed the brief meanwhile, the presenter goes into conflict: nothing more is saved until
 * {@link #reload()}. Intents answer true when they saved. One per view; not thread-safe.
 */
final class BriefPresenter {
    static final String CONFLICT = "Someone else changed this brief; reload to see their changes, then redo yours.";

    private final BriefService briefs;
    private @Nullable BriefDocument brief;
    private @Nullable Selection selection;
    private @Nullable String problem;
    private boolean conflict;

    /** Text selected in a card's evidence, [start, end). */
    record Selection(long entryId, int start, int end) {}

    BriefPresenter(BriefService briefs) {
        this.briefs = briefs;
    }

    Optional<BriefDocument> open(long briefId) {
        brief = briefs.document(briefId).orElse(null);
        conflict = false;
        problem = null;
        selection = null;
        return Optional.ofNullable(brief);
    }

    void reload() {
        open(brief().id());
    }

    BriefDocument brief() {
        if (brief == null) {
            throw new IllegalStateException("no brief open");
        }
        return brief;
    }

    boolean inConflict() {
        return conflict;
    }

    /** What went wrong with the last intent, in words for the user; null when it worked. */
    @Nullable String problem() {
        return problem;
    }

    @Nullable Selection selection() {
        return selection;
    }

    void select(long entryId, int start, int end) {
        selection = end > start ? new Selection(entryId, start, end) : null;
    }

    boolean rename(String title) {
        return save(() -> briefs.rename(brief().id(), brief().version(), title));
    }

    boolean addHeading(BriefColumn column, String words) {
        return save(() -> briefs.addHeading(brief().id(), brief().version(), column, words));
    }

    boolean addNote(BriefColumn column, String words) {
        return save(() -> briefs.addNote(brief().id(), brief().version(), column, words));
    }

    boolean editTag(long entryId, String tag) {
        return save(() -> briefs.editTag(brief().id(), brief().version(), entryId, tag));
    }

    boolean editNote(long entryId, String words) {
        return save(() -> briefs.editNote(brief().id(), brief().version(), entryId, words));
    }

    boolean editCite(long entryId, Cite cite) {
        return save(() -> briefs.editCite(brief().id(), brief().version(), entryId, cite));
    }

    /** Highlights the card's selected text, or all of it when nothing in it is selected. */
    boolean highlight(long entryId) {
        Entry entry = entry(entryId);
        return setHighlights(entry, Highlights.add(entry.highlights(), selected(entry), entry.text().length()));
    }

    /** Clears the highlight from the card's selected text, or from all of it when nothing in it is selected. */
    boolean clearHighlight(long entryId) {
        Entry entry = entry(entryId);
        return setHighlights(entry, Highlights.clear(entry.highlights(), selected(entry), entry.text().length()));
    }

    /** Moves an entry onto {@code column}, before entry {@code beforeId}, or to the end when that is null. */
    boolean drop(long entryId, BriefColumn column, @Nullable Long beforeId) {
        if (beforeId != null && beforeId == entryId) {
            return false;
        }
        List<Entry> target = brief().column(column).stream().filter(e -> e.id() != entryId).toList();
        int index = target.size();
        for (int i = 0; i < target.size(); i++) {
            if (beforeId != null && target.get(i).id() == beforeId) {
                index = i;
            }
        }
        int at = index;
        return save(() -> briefs.move(brief().id(), brief().version(), entryId, column, at));
    }

    boolean moveUp(long entryId) {
        Entry entry = entry(entryId);
        return entry.position() > 0 && move(entry, entry.column(), entry.position() - 1);
    }

    boolean moveDown(long entryId) {
        Entry entry = entry(entryId);
        return entry.position() < brief().column(entry.column()).size() - 1
                && move(entry, entry.column(), entry.position() + 1);
    }

    boolean moveAcross(long entryId) {
        Entry entry = entry(entryId);
        BriefColumn other = entry.column().other();
        return move(entry, other, brief().column(other).size());
    }

    boolean remove(long entryId) {
        return save(() -> briefs.remove(brief().id(), brief().version(), entryId));
    }

    private boolean move(Entry entry, BriefColumn column, int index) {
        return save(() -> briefs.move(brief().id(), brief().version(), entry.id(), column, index));
    }

    private boolean setHighlights(Entry entry, List<Highlight> highlights) {
        boolean saved = save(() -> briefs.setHighlights(brief().id(), brief().version(), entry.id(), highlights));
        if (saved) {
            selection = null;
        }
        return saved;
    }

    private Highlight selected(Entry entry) {
        Selection s = selection;
        if (s != null && s.entryId() == entry.id() && s.end() <= entry.text().length()) {
            return new Highlight(s.start(), s.end());
        }
        return new Highlight(0, Math.max(1, entry.text().length()));
    }

    private Entry entry(long entryId) {
        return brief().entry(entryId).orElseThrow(() -> new IllegalArgumentException("no entry " + entryId));
    }

    private boolean save(Supplier<BriefDocument> write) {
        if (conflict) {
            problem = CONFLICT;
            return false;
        }
        try {
            brief = write.get();
            problem = null;
            return true;
        } catch (BriefChangedException e) {
            conflict = true;
            problem = CONFLICT;
            return false;
        } catch (IllegalArgumentException e) {
            problem = Labels.sentence(String.valueOf(e.getMessage())) + ".";
            return false;
        }
    }

    /** Where a brief stands in its assignment, for whoever opens it (empty when there is nothing to say). */
    static String workText(BriefWork work) {
        return switch (work.status()) {
            case SUBMITTED -> work.canReview() ? "Submitted: read it, comment on its cards, then return it."
                    : "Submitted: read only until your teacher returns it.";
            case RETURNED -> "Returned by your teacher: see the comments, change what they ask, submit again.";
            case IN_PROGRESS -> work.assignmentId() == null ? (work.canEdit() ? "" : "Read only.")
                    : work.canReview() ? "In progress: the student has not submitted it yet." : "";
        };
    }
}
