package org.casebook.article;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.casebook.ingest.model.DetectedUnit;
import org.casebook.ingest.model.Provenance;
import org.casebook.ingest.model.TextSpan;
import org.jspecify.annotations.Nullable;

/** The clean text of a source as the pipeline analysed it, with the provenance of the analysis and its units. */
@Entity
@Table(name = "articles")
class Article {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "articles_seq")
    @SequenceGenerator(name = "articles_seq", sequenceName = "articles_seq", allocationSize = 50)
    private @Nullable Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id")
    private Source source;

    private String body;
    private String pipelineVersion;
    private String modelId;
    private String settingsHash;
    private Instant analysedAt;

    @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ArticleUnit> units = new ArrayList<>();

    /** Where units stood that a person deleted: a re-analysis must not bring them back. */
    @ElementCollection
    @CollectionTable(name = "unit_deletions", joinColumns = @JoinColumn(name = "article_id"))
    private Set<DeletedSpan> deletions = new HashSet<>();

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected Article() {} // for JPA

    Article(Source source, String body, Provenance provenance, Instant analysedAt) {
        this.source = Objects.requireNonNull(source, "source");
        this.body = Objects.requireNonNull(body, "body");
        this.pipelineVersion = provenance.pipelineVersion();
        this.modelId = provenance.modelId();
        this.settingsHash = provenance.settingsHash();
        this.analysedAt = Objects.requireNonNull(analysedAt, "analysedAt");
    }

    /**
     * Adds the pipeline's units in order, then links each unit to the unit it supports (evidence to its claim, a
     * claim to the claim it gives a reason for). Every span must lie inside the body.
     */
    void addUnits(List<DetectedUnit> detected, List<float[]> vectors) {
        if (detected.size() != vectors.size()) {
            throw new IllegalArgumentException(detected.size() + " units but " + vectors.size() + " vectors");
        }
        for (int i = 0; i < detected.size(); i++) {
            units.add(new ArticleUnit(this, detected.get(i), vectors.get(i)));
        }
        for (int i = 0; i < detected.size(); i++) {
            Integer target = detected.get(i).supports();
            if (target != null) {
                units.get(i).markSupporting(unitAt(target));
            }
        }
    }

    /** Adds a unit a person marked; positions follow the text order again. */
    ArticleUnit addHumanUnit(TextSpan span, List<Integer> segments, org.casebook.ingest.model.Role role,
            float[] embedding) {
        var unit = ArticleUnit.humanMade(this, units.size(), span, segments, role, embedding);
        units.add(unit);
        renumber();
        return unit;
    }

    /** Adds a unit the pipeline found in a re-analysis; {@link #renumber()} afterwards. */
    ArticleUnit addDetectedUnit(DetectedUnit detected, float[] embedding) {
        var unit = new ArticleUnit(this, detected.withSupports(null), embedding, units.size() + detected.index());
        units.add(unit);
        return unit;
    }

    /** Removes a unit the pipeline found that a re-analysis no longer finds; {@link #renumber()} afterwards. */
    void dropUnit(ArticleUnit unit) {
        units.remove(unit);
    }

    /** Removes a unit a person deleted, and remembers where it stood so no re-analysis brings it back. */
    void deleteUnit(ArticleUnit unit) {
        deletions.add(new DeletedSpan(unit.span()));
        units.remove(unit);
        for (ArticleUnit other : units) {
            if (other.supports() == unit) {
                other.markSupporting(null);
            }
        }
        renumber();
    }

    /** True when a person deleted a unit standing (mostly) where {@code span} stands. */
    boolean deletedByPerson(TextSpan span) {
        return deletions.stream().anyMatch(d -> d.coversMostOf(span));
    }

    /**
     * Numbers the units 0, 1, ... in text order: the stance classifier reads a unit's position as its index among
     * the article's units.
     */
    void renumber() {
        List<ArticleUnit> ordered = units.stream()
                .sorted(Comparator.comparingInt((ArticleUnit u) -> u.span().start()).thenComparingInt(u -> u.span().end()))
                .toList();
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(i);
        }
    }

    /** Records that the pipeline analysed the text again. */
    void reanalysed(Provenance provenance, Instant at) {
        this.pipelineVersion = provenance.pipelineVersion();
        this.modelId = provenance.modelId();
        this.settingsHash = provenance.settingsHash();
        this.analysedAt = Objects.requireNonNull(at, "at");
    }

    ArticleUnit unitAt(int position) {
        return units.stream()
                .filter(u -> u.position() == position)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no unit at position " + position));
    }

    long id() {
        return Objects.requireNonNull(id, "article not saved yet");
    }

    Source source() {
        return source;
    }

    String body() {
        return body;
    }

    String pipelineVersion() {
        return pipelineVersion;
    }

    String modelId() {
        return modelId;
    }

    List<ArticleUnit> units() {
        return Collections.unmodifiableList(units);
    }
}
