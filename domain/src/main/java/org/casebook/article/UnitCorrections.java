package org.casebook.article;

import org.casebook.ingest.model.Role;
import org.casebook.ingest.model.Speaker;
import org.casebook.ingest.model.Stance;
import org.casebook.motion.MotionService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's corrections to what the pipeline found: a unit's role, its speaker, its stance towards a motion, or
 * the unit itself (deleted). Role and speaker corrections mark the unit as edited by a person; a stance correction
 * is marked too and is never overwritten when stances are computed again (a motion rewritten, a re-run). Unknown
 * units or motions are an {@link IllegalArgumentException}. Thread-safe.
 */
@Service
@Transactional(readOnly = true)
public class UnitCorrections {
    private final ArticleUnitRepository units;
    private final UnitStanceRepository stances;
    private final MotionService motions;
    private final org.casebook.account.Access access;
    private final org.casebook.account.Callers callers;

    UnitCorrections(ArticleUnitRepository units, UnitStanceRepository stances, MotionService motions,
            org.casebook.account.Access access, org.casebook.account.Callers callers) {
        this.access = access;
        this.callers = callers;
        this.units = units;
        this.stances = stances;
        this.motions = motions;
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
            throw new IllegalArgumentException("no motion " + motionId);
        }
        ArticleUnit unit = unit(unitId);
        Stance stance = Stance.valueOf(side.name());
        UnitStance existing = stances.findByUnitIdAndMotionId(unitId, motionId)
                .orElseGet(() -> stances.save(new UnitStance(unit, motionId, stance, 1.0)));
        existing.correct(stance);
    }

    /** Deletes the unit with its stances and counter links; cards cut from it keep their text. */
    @Transactional
    public void delete(long unitId) {
        units.delete(unit(unitId));
    }

    private ArticleUnit unit(long unitId) {
        var caller = callers.current();
        if (!access.canSeeUnit(caller, unitId)) {
            throw new IllegalArgumentException("no unit " + unitId);
        }
        if (!access.canCorrectUnit(caller, unitId)) {
            throw new org.casebook.account.NotAllowedException(
                    "only the article's owner (a teacher, for the sample library) corrects its units");
        }
        return units.findById(unitId).orElseThrow(() -> new IllegalArgumentException("no unit " + unitId));
    }
}
