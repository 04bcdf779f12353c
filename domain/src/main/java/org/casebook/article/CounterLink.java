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
import org.casebook.ingest.model.CounterPair;
import org.jspecify.annotations.Nullable;

/** {@code counterUnit} rebuts {@code unit}, explicitly in the text or by meaning, with a score in [0, 1]. */
@Entity
@Table(name = "counter_links")
class CounterLink {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "counter_links_seq")
    @SequenceGenerator(name = "counter_links_seq", sequenceName = "counter_links_seq", allocationSize = 50)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private ArticleUnit unit;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "counter_unit_id")
    private ArticleUnit counterUnit;

    @Enumerated(EnumType.STRING)
    private CounterPair.Basis basis;

    private double score;

    /** The motion whose stances paired the two units across the library; null when the article's text pairs them. */
    private @Nullable Long motionId;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected CounterLink() {} // for JPA

    CounterLink(ArticleUnit unit, ArticleUnit counterUnit, CounterPair.Basis basis, double score) {
        this(unit, counterUnit, basis, score, null);
    }

    CounterLink(ArticleUnit unit, ArticleUnit counterUnit, CounterPair.Basis basis, double score,
            @Nullable Long motionId) {
        if (unit == counterUnit) {
            throw new IllegalArgumentException("a unit cannot rebut itself");
        }
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("score " + score);
        }
        this.unit = Objects.requireNonNull(unit, "unit");
        this.counterUnit = Objects.requireNonNull(counterUnit, "counterUnit");
        this.basis = Objects.requireNonNull(basis, "basis");
        this.score = score;
        this.motionId = motionId;
    }
}
