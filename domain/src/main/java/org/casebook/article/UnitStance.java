package org.casebook.article;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import org.casebook.ingest.model.Stance;
import org.jspecify.annotations.Nullable;

/** A unit's stance towards one motion (referred to by id: motions are another feature's aggregate). */
@Entity
@Table(name = "unit_stances")
class UnitStance {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_stances_seq")
    @SequenceGenerator(name = "unit_stances_seq", sequenceName = "unit_stances_seq", allocationSize = 50)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private ArticleUnit unit;

    private long motionId;

    @Enumerated(EnumType.STRING)
    private Stance stance;

    private double confidence;
    private boolean correctedByPerson;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected UnitStance() {} // for JPA

    UnitStance(ArticleUnit unit, long motionId, Stance stance, double confidence) {
        this.unit = Objects.requireNonNull(unit, "unit");
        this.motionId = motionId;
        this.stance = Objects.requireNonNull(stance, "stance");
        this.confidence = checked(confidence);
    }

    /** A re-run's verdict; ignored once a person has corrected the stance. */
    void reclassify(Stance stance, double confidence) {
        if (!correctedByPerson) {
            this.stance = Objects.requireNonNull(stance, "stance");
            this.confidence = checked(confidence);
        }
    }

    /** A person's verdict, which no re-run overwrites. */
    void correct(Stance stance) {
        this.stance = Objects.requireNonNull(stance, "stance");
        this.confidence = 1.0;
        this.correctedByPerson = true;
    }

    ArticleUnit unit() {
        return unit;
    }

    long motionId() {
        return motionId;
    }

    Stance stance() {
        return stance;
    }

    double confidence() {
        return confidence;
    }

    boolean correctedByPerson() {
        return correctedByPerson;
    }

    private static double checked(double confidence) {
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence " + confidence);
        }
        return confidence;
    }
}
