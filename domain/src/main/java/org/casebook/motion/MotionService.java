package org.casebook.motion;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.casebook.account.Callers;
import org.casebook.account.NotAllowedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, edits, archives and lists motions. Creating one publishes {@link MotionCreated} and editing its text
 * publishes {@link MotionEdited}, in the same transaction; the article feature answers by computing the stance of
 * every stored unit towards the motion as now written (a person's corrections stay), so when the call returns, the
 * whole library has stances for it. Archived motions keep their stances but get none for new articles. Every
 * account reads every motion; only teachers (and the application itself) create, edit and archive them
 * ({@link NotAllowedException} otherwise). Thread-safe.
 */
@Service
@Transactional(readOnly = true)
public class MotionService {
    /** The longest motion text accepted. */
    public static final int TEXT_MAX_LENGTH = 1000;

    private final MotionRepository motions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Callers callers;

    MotionService(MotionRepository motions, ApplicationEventPublisher events, Clock clock, Callers callers) {
        this.callers = callers;
        this.motions = motions;
        this.events = events;
        this.clock = clock;
    }

    /** Stores a motion and gives every stored unit a stance towards it. Rejects blank or over-long text. */
    @Transactional
    public MotionSummary create(String text) {
        callers.requireTeacher();
        var motion = motions.saveAndFlush(new Motion(text, clock.instant()));
        events.publishEvent(new MotionCreated(motion.id(), motion.text()));
        return motion.summary();
    }

    /** Rewrites a motion; stances are computed again for the new text. Rejects blank or over-long text. */
    @Transactional
    public MotionSummary edit(long id, String text) {
        callers.requireTeacher();
        Motion motion = motions.findById(id).orElseThrow(() -> new IllegalArgumentException("no motion " + id));
        if (motion.rewrite(text)) {
            motions.flush();
            events.publishEvent(new MotionEdited(motion.id(), motion.text()));
        }
        return motion.summary();
    }

    /** Archives a motion (or restores it when {@code archived} is false). */
    @Transactional
    public MotionSummary archive(long id, boolean archived) {
        callers.requireTeacher();
        Motion motion = motions.findById(id).orElseThrow(() -> new IllegalArgumentException("no motion " + id));
        if (archived) {
            motion.archive();
        } else {
            motion.restore();
        }
        return motion.summary();
    }

    /** The motion with exactly this text (after trimming), creating it when there is none. */
    @Transactional
    public MotionSummary findOrCreate(String text) {
        return motions.findFirstByTextOrderByIdAsc(normalise(text)).map(Motion::summary).orElseGet(() -> create(text));
    }

    /** Motions not archived, oldest first: the ones new articles get stances for. */
    public List<MotionSummary> activeMotions() {
        return motions.findByArchivedFalseOrderByIdAsc().stream().map(Motion::summary).toList();
    }

    public List<MotionSummary> allMotions() {
        return motions.findAllByOrderByIdAsc().stream().map(Motion::summary).toList();
    }

    public Optional<MotionSummary> find(long id) {
        return motions.findById(id).map(Motion::summary);
    }

    static String normalise(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("a motion needs some text");
        }
        if (t.length() > TEXT_MAX_LENGTH) {
            throw new IllegalArgumentException("a motion is at most " + TEXT_MAX_LENGTH + " characters");
        }
        return t;
    }
}
