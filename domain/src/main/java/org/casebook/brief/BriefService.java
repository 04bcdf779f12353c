package org.casebook.brief;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.casebook.account.Access;
import org.casebook.account.AccountService;
import org.casebook.account.Caller;
import org.casebook.account.Callers;
import org.casebook.account.FirstTeacherCreated;
import org.casebook.account.NotAllowedException;
import org.casebook.article.ArticleService;
import org.casebook.article.UnitQuote;
import org.casebook.motion.MotionService;
import org.casebook.motion.MotionSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and edits briefs. Every write names the brief's version the caller last saw and answers the brief as it
 * now is (with its new version); when the brief changed meanwhile, nothing is written and
 * {@link BriefChangedException} says so. Writers of one brief are serialised by a row lock, so the check never
 * races. Invalid input (blank title, unknown entry, highlight outside the evidence) is an
 * {@link IllegalArgumentException}.
 *
 * <p>Access: a caller sees the briefs {@link Access} allows (their own, their team's, their class's for a teacher);
 * any other brief is "not found" (empty, or "no brief" for a write), exactly like one that does not exist. Only its
 * builders (owner or team) edit a brief, and not while it is submitted ({@link NotAllowedException} otherwise); the
 * teacher of its class comments on it and returns it through {@link BriefReview}. Thread-safe.
 */
@Service
@Transactional(readOnly = true)
public class BriefService {
    public static final int TITLE_MAX_LENGTH = 200;
    public static final int TAG_MAX_LENGTH = 400;
    public static final int NOTE_MAX_LENGTH = 5000;

    private final BriefRepository briefs;
    private final ArticleService articles;
    private final MotionService motions;
    private final Clock clock;
    private final Callers callers;
    private final Access access;
    private final AccountService accounts;
    private final NamedParameterJdbcTemplate jdbc;

    BriefService(BriefRepository briefs, ArticleService articles, MotionService motions, Clock clock,
            Callers callers, Access access, AccountService accounts, NamedParameterJdbcTemplate jdbc) {
        this.callers = callers;
        this.access = access;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.briefs = briefs;
        this.articles = articles;
        this.motions = motions;
        this.clock = clock;
    }

    /**
     * A new, empty brief of the caller's; {@code motionId} may be null for a brief on no motion. Made by the
     * application itself (the sample brief), it belongs to the first teacher account (to nobody until there is one,
     * then it is given to it).
     */
    @Transactional
    public BriefDocument create(String title, @Nullable Long motionId, BriefSide side) {
        Caller caller = callers.require();
        String motionText = null;
        if (motionId != null) {
            motionText = motions.find(motionId).map(MotionSummary::text)
                    .orElseThrow(() -> new IllegalArgumentException("no motion " + motionId));
        }
        Long owner = caller.system() ? accounts.firstTeacher().orElse(null) : Long.valueOf(caller.accountId());
        Brief brief = briefs.saveAndFlush(new Brief(title, motionId, side, clock.instant(), owner, null));
        return brief.document(motionText, null);
    }

    /**
     * The brief for an assignment given to the caller (or their team), created for its motion and side on the
     * first call and the same brief after that; "no assignment" when it was not given to the caller.
     */
    @Transactional
    public BriefDocument startAssignment(long assignmentId) {
        Caller caller = callers.require();
        var assignment = access.assignedTo(caller, assignmentId)
                .orElseThrow(() -> new IllegalArgumentException("no assignment " + assignmentId));
        var started = briefs.findByAssignmentId(assignmentId);
        if (started.isPresent()) {
            return document(started.get());
        }
        String motionText = motions.find(assignment.motionId()).map(MotionSummary::text).orElse("");
        BriefSide side = BriefSide.valueOf(assignment.side());
        String title = BriefTexts.assignmentTitle(assignment.round(), side, motionText);
        Brief brief = briefs.saveAndFlush(new Brief(title, assignment.motionId(), side, clock.instant(),
                caller.accountId(), assignmentId));
        return document(brief);
    }

    /** The briefs the caller may see, the most recently changed first. */
    public List<BriefSummary> briefs() {
        Map<Long, String> texts = motionTexts();
        var params = new MapSqlParameterSource();
        List<Long> ids = jdbc.queryForList("select b.id from briefs b where "
                + Access.briefVisible(callers.current(), "b", params), params, Long.class);
        if (ids.isEmpty()) {
            return List.of();
        }
        return briefs.findAllWithEntries(ids).stream().map(b -> b.summary(text(texts, b.motionId()))).toList();
    }

    /** The brief, when the caller may see it; empty for one they may not, as for one that does not exist. */
    public Optional<BriefDocument> document(long briefId) {
        if (!access.canSeeBrief(callers.current(), briefId)) {
            return Optional.empty();
        }
        return briefs.findWithEntries(briefId).map(this::document);
    }

    /** What the caller may do with the brief; empty when they may not see it. */
    public Optional<BriefWork> work(long briefId) {
        var caller = callers.current();
        if (caller.isEmpty() || !access.canSeeBrief(caller, briefId)) {
            return Optional.empty();
        }
        return briefs.findById(briefId).map(b -> {
            boolean builds = access.buildsBrief(caller.get(), briefId);
            boolean editable = builds && b.status() != BriefStatus.SUBMITTED;
            return new BriefWork(briefId, b.status(), b.assignmentId(), access.teamOfBrief(briefId).orElse(null),
                    editable, editable && b.assignmentId() != null, access.reviewsBrief(caller.get(), briefId));
        });
    }

    /** Hands in an assignment's brief (its builders only); nobody edits it until the teacher returns it. */
    @Transactional
    public BriefDocument submit(long briefId, long version) {
        return write(briefId, version, b -> b.submit(clock.instant()));
    }

    /** The first teacher account gets the briefs nobody owns: the sample brief. */
    @EventListener
    @Transactional
    void onFirstTeacher(FirstTeacherCreated event) {
        briefs.adoptUnowned(event.accountId());
    }

    /** The brief as a document, for this package's services. */
    BriefDocument document(Brief b) {
        return b.document(motionText(b.motionId()), access.teamOfBrief(b.id()).orElse(null));
    }

    @Transactional
    public BriefDocument rename(long briefId, long version, String title) {
        return write(briefId, version, b -> b.rename(title));
    }

    /**
     * Appends a card cut from unit {@code unitId} to {@code column}: the tag is the unit's first words, the
     * evidence is the unit with a sentence of context on each side when it is short, the unit itself highlighted,
     * and the cite comes from the article's metadata (and the speaker, when the unit quotes someone).
     */
    @Transactional
    public BriefDocument addCard(long briefId, long version, long unitId, BriefColumn column) {
        UnitQuote quote = articles.quote(unitId)
                .orElseThrow(() -> new IllegalArgumentException("no unit " + unitId));
        String evidence = quote.before() + quote.text() + quote.after();
        var read = new Highlight(quote.before().length(), quote.before().length() + quote.text().length());
        return write(briefId, version, b -> b.append(BriefEntry.card(b, column, Tags.shortForm(quote.text()),
                BriefTexts.citeOf(quote), evidence, List.of(read), unitId)));
    }

    @Transactional
    public BriefDocument addHeading(long briefId, long version, BriefColumn column, String words) {
        return write(briefId, version, b -> b.append(BriefEntry.heading(b, column, words)));
    }

    @Transactional
    public BriefDocument addNote(long briefId, long version, BriefColumn column, String words) {
        return write(briefId, version, b -> b.append(BriefEntry.note(b, column, words)));
    }

    /** A card's tag (blank clears it) or a heading's words. */
    @Transactional
    public BriefDocument editTag(long briefId, long version, long entryId, String tag) {
        return write(briefId, version, b -> b.entry(entryId).retag(tag));
    }

    /** A note's words. */
    @Transactional
    public BriefDocument editNote(long briefId, long version, long entryId, String words) {
        return write(briefId, version, b -> b.entry(entryId).rewrite(words));
    }

    @Transactional
    public BriefDocument editCite(long briefId, long version, long entryId, Cite cite) {
        return write(briefId, version, b -> b.entry(entryId).cite(cite));
    }

    /** Replaces a card's highlights (merged and sorted; each must lie inside the evidence). */
    @Transactional
    public BriefDocument setHighlights(long briefId, long version, long entryId, List<Highlight> highlights) {
        return write(briefId, version, b -> b.entry(entryId).highlight(highlights));
    }

    /** Moves an entry to {@code index} (0 = top) of {@code column}, within its column or across. */
    @Transactional
    public BriefDocument move(long briefId, long version, long entryId, BriefColumn column, int index) {
        return write(briefId, version, b -> b.move(entryId, column, index));
    }

    @Transactional
    public BriefDocument remove(long briefId, long version, long entryId) {
        return write(briefId, version, b -> b.remove(entryId));
    }

    @Transactional
    public void delete(long briefId, long version) {
        Brief brief = current(briefId, version);
        if (brief.assignmentId() != null && !callers.require().system()) {
            throw new NotAllowedException("an assignment's brief stays: the teacher follows it");
        }
        briefs.delete(brief);
    }

    private BriefDocument write(long briefId, long version, Consumer<Brief> change) {
        Brief brief = current(briefId, version);
        change.accept(brief);
        brief.touch(clock.instant());
        briefs.flush(); // assigns ids to new entries and moves the version before the document is read
        return document(brief);
    }

    /** The brief to change: seen by the caller (else "no brief"), built by them and not submitted. */
    private Brief current(long briefId, long version) {
        Caller caller = callers.require();
        if (!access.canSeeBrief(Optional.of(caller), briefId)) {
            throw new IllegalArgumentException("no brief " + briefId);
        }
        if (!access.buildsBrief(caller, briefId)) {
            throw new NotAllowedException("only the brief's owner or team edits it");
        }
        Brief brief = briefs.findForUpdate(briefId)
                .orElseThrow(() -> new IllegalArgumentException("no brief " + briefId));
        if (brief.status() == BriefStatus.SUBMITTED) {
            throw new NotAllowedException("a submitted brief is not edited until the teacher returns it");
        }
        if (brief.version() != version) {
            throw new BriefChangedException(briefId);
        }
        return brief;
    }

    private @Nullable String motionText(@Nullable Long motionId) {
        return motionId == null ? null : motions.find(motionId).map(MotionSummary::text).orElse(null);
    }

    private Map<Long, String> motionTexts() {
        return motions.allMotions().stream().collect(Collectors.toMap(MotionSummary::id, MotionSummary::text));
    }

    private static @Nullable String text(Map<Long, String> texts, @Nullable Long motionId) {
        return motionId == null ? null : texts.get(motionId);
    }
}
