package org.casebook.article;

import java.util.ArrayList;
import java.util.List;
import org.casebook.account.Access;
import org.casebook.account.Callers;
import org.casebook.account.NotAllowedException;
import org.casebook.ingest.IngestPipeline;
import org.casebook.ingest.model.ArticleText;
import org.casebook.ingest.model.DetectedUnit;
import org.casebook.ingest.model.Role;
import org.casebook.ingest.model.Segment;
import org.casebook.ingest.model.Speaker;
import org.casebook.ingest.model.Stance;
import org.casebook.ingest.model.StanceLabel;
import org.casebook.ingest.model.TextSpan;
import org.casebook.ingest.source.ArticleReader;
import org.casebook.motion.MotionService;
import org.casebook.motion.MotionSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's corrections to what the pipeline found: a unit's role, its speaker, its stance towards a motion, its
 * boundaries, a new unit marked in the text, or a unit deleted. All of them are marked as made by a person and
 * survive both stances being computed again (a motion rewritten) and the article being analysed again
 * ({@link ArticleReanalysis}): a deleted unit's place is remembered so it does not come back. Unknown units,
 * articles or motions, and spans that are empty, outside the text or overlap another unit, are an
 * {@link IllegalArgumentException} whose message can be shown as it is. Thread-safe.
 */
@Service
@Transactional(readOnly = true)
public class UnitCorrections {
    private final ArticleRepository articles;
    private final ArticleUnitRepository units;
    private final UnitStanceRepository stances;
    private final MotionService motions;
    private final ObjectProvider<IngestPipeline> pipeline;
    private final ArticleReader reader;
    private final Access access;
    private final Callers callers;

    UnitCorrections(ArticleRepository articles, ArticleUnitRepository units, UnitStanceRepository stances,
            MotionService motions, ObjectProvider<IngestPipeline> pipeline, ArticleReader reader,
            Access access, Callers callers) {
        this.articles = articles;
        this.access = access;
        this.callers = callers;
        this.units = units;
        this.stances = stances;
        this.motions = motions;
        this.pipeline = pipeline;
        this.reader = reader;
    }

    @Transactional
    public void changeRole(long unitId, UnitRole role) {
        unit(unitId).correctRole(Role.valueOf(role.name()));
    }

    /** Who speaks the unit; a blank name means the author's own words. */
    @Transactional
    public void changeSpeaker(long unitId, @Nullable String name, @Nullable String description) {
        Speaker speaker = name == null || name.isBlank() ? null
                : new Speaker(name.strip(), description == null || description.isBlank() ? null : description.strip());
        unit(unitId).correctSpeaker(speaker);
    }

    @Transactional
    public void correctStance(long unitId, long motionId, Side side) {
        if (motions.find(motionId).isEmpty()) {
            throw new IllegalArgumentException("There is no motion " + motionId + ".");
        }
        ArticleUnit unit = unit(unitId);
        Stance stance = Stance.valueOf(side.name());
        UnitStance existing = stances.findByUnitIdAndMotionId(unitId, motionId)
                .orElseGet(() -> stances.save(new UnitStance(unit, motionId, stance, 1.0)));
        existing.correct(stance);
    }

    /**
     * Makes the words at [{@code start}, {@code end}) of the article's body a unit with {@code role} (whitespace at
     * either end is left out). It gets a stance towards every active motion; towards {@code motionId}, when given,
     * the person's {@code side}. Returns the new unit's id.
     */
    @Transactional
    public long addUnit(long articleId, int start, int end, UnitRole role, @Nullable Long motionId,
            @Nullable Side side) {
        access.checkCorrects(callers.current(), articleId);
        Article article = articles.findWithUnits(articleId)
                .orElseThrow(() -> new IllegalArgumentException("There is no article " + articleId + "."));
        TextSpan span = checkedSpan(article, start, end, null);
        ArticleText text = StoredText.of(article, reader);
        float[] vector = pipeline.getObject().embed(List.of(span.cut(article.body()))).getFirst();
        ArticleUnit unit = article.addHumanUnit(span, segmentsOf(text, span), Role.valueOf(role.name()), vector);
        units.saveAndFlush(unit);
        for (MotionSummary motion : motions.activeMotions()) {
            if (motionId != null && side != null && motion.id() == motionId) {
                stances.save(new UnitStance(unit, motion.id(), Stance.valueOf(side.name()), 1.0)).correct(
                        Stance.valueOf(side.name()));
            } else {
                StanceLabel label = stanceOf(article, text, unit, motion.text());
                stances.save(new UnitStance(unit, motion.id(), label.stance(), label.confidence()));
            }
        }
        return unit.id();
    }

    /** Moves the unit's boundaries to [{@code start}, {@code end}) of its article's body; its text follows. */
    @Transactional
    public void adjustSpan(long unitId, int start, int end) {
        checkUnit(unitId);
        ArticleUnit unit = units.findWithArticle(unitId).orElseThrow(() -> noUnit(unitId));
        Article article = articles.findWithUnits(unit.article().id()).orElseThrow();
        TextSpan span = checkedSpan(article, start, end, unit);
        float[] vector = pipeline.getObject().embed(List.of(span.cut(article.body()))).getFirst();
        unit.adjust(span, segmentsOf(StoredText.of(article, reader), span), vector);
        article.renumber();
    }

    /**
     * Deletes the unit with its stances and counter links; cards cut from it keep their text. Its place is
     * remembered, so analysing the article again does not bring it back.
     */
    @Transactional
    public void delete(long unitId) {
        ArticleUnit unit = unit(unitId);
        Article article = articles.findWithUnits(unit.article().id()).orElseThrow();
        article.deleteUnit(unit);
    }

    private ArticleUnit unit(long unitId) {
        checkUnit(unitId);
        return units.findById(unitId).orElseThrow(() -> noUnit(unitId));
    }

    /** A unit the caller cannot see is "no unit"; one they may only read is refused. */
    private void checkUnit(long unitId) {
        var caller = callers.current();
        if (!access.canSeeUnit(caller, unitId)) {
            throw noUnit(unitId);
        }
        if (!access.canCorrectUnit(caller, unitId)) {
            throw new NotAllowedException(
                    "only the article's owner (a teacher, for the sample library) corrects its units");
        }
    }

    private static IllegalArgumentException noUnit(long unitId) {
        return new IllegalArgumentException("There is no unit " + unitId + " (it may have been deleted meanwhile).");
    }

    /** The span without surrounding whitespace; refused when empty, outside the text or overlapping a unit. */
    private static TextSpan checkedSpan(Article article, int start, int end, @Nullable ArticleUnit self) {
        String body = article.body();
        if (start < 0 || end > body.length() || start >= end) {
            throw new IllegalArgumentException("Select some words of the article's text first.");
        }
        while (start < end && Character.isWhitespace(body.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            throw new IllegalArgumentException("Select some words of the article's text first.");
        }
        for (ArticleUnit other : article.units()) {
            if (other != self && other.span().start() < end && start < other.span().end()) {
                throw new IllegalArgumentException("These words overlap another unit (\"" + shortText(other.text())
                        + "\"). Change or delete that unit first.");
            }
        }
        return new TextSpan(start, end);
    }

    /** The sentences the span touches (at least one: the nearest before it). */
    private List<Integer> segmentsOf(ArticleText text, TextSpan span) {
        List<Segment> segments = pipeline.getObject().segments(text);
        List<Integer> touched = new ArrayList<>();
        int before = 0;
        for (int i = 0; i < segments.size(); i++) {
            TextSpan s = segments.get(i).span();
            if (s.start() < span.end() && span.start() < s.end()) {
                touched.add(i);
            } else if (s.end() <= span.start()) {
                before = i;
            }
        }
        return touched.isEmpty() ? List.of(before) : touched;
    }

    /** The new unit's stance, read among all the article's units (the classifier weighs a unit's neighbours). */
    private StanceLabel stanceOf(Article article, ArticleText text, ArticleUnit unit, String motion) {
        List<DetectedUnit> detected = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        for (ArticleUnit u : article.units().stream().sorted((a, b) -> Integer.compare(a.position(), b.position()))
                .toList()) {
            detected.add(u.asDetected());
            vectors.add(u.embedding());
        }
        return pipeline.getObject().stances(text, detected, vectors, motion).stream()
                .filter(l -> l.unit() == unit.position()).findFirst().orElseThrow();
    }

    private static String shortText(String text) {
        return text.length() <= 50 ? text : text.substring(0, 47) + "…";
    }
}
