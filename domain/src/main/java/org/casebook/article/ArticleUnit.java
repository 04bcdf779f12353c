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
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.casebook.ingest.model.DetectedUnit;
import org.casebook.ingest.model.Role;
import org.casebook.ingest.model.Speaker;
import org.casebook.ingest.model.TextSpan;
import org.jspecify.annotations.Nullable;

/** A claim or piece of evidence in an article: a span of its body, who speaks it, and its embedding. */
@Entity
@Table(name = "units")
class ArticleUnit {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "units_seq")
    @SequenceGenerator(name = "units_seq", sequenceName = "units_seq", allocationSize = 50)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    private Article article;

    private int position;
    private int spanStart;
    private int spanEnd;
    private int[] segmentIndices;

    @Enumerated(EnumType.STRING)
    private Role role;

    private String text;
    private @Nullable String speakerName;
    private @Nullable String speakerDescription;
    private double confidence;
    private float[] embedding;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "supports_id")
    private @Nullable ArticleUnit supports;

    private boolean humanEdited;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected ArticleUnit() {} // for JPA

    ArticleUnit(Article article, DetectedUnit unit, float[] embedding) {
        if (unit.span().end() > article.body().length() || unit.span().length() == 0) {
            throw new IllegalArgumentException("unit " + unit.index() + " span " + unit.span() + " is outside the text");
        }
        if (embedding.length == 0) {
            throw new IllegalArgumentException("unit " + unit.index() + " has no embedding");
        }
        this.article = article;
        this.position = unit.index();
        this.spanStart = unit.span().start();
        this.spanEnd = unit.span().end();
        this.segmentIndices = unit.segments().stream().mapToInt(Integer::intValue).toArray();
        this.role = unit.role();
        this.text = unit.span().cut(article.body());
        Speaker speaker = unit.speaker();
        this.speakerName = speaker == null ? null : speaker.name();
        this.speakerDescription = speaker == null ? null : speaker.description();
        this.confidence = unit.confidence();
        this.embedding = embedding.clone();
    }

    void markSupporting(ArticleUnit target) {
        if (target == this) {
            throw new IllegalArgumentException("a unit cannot support itself");
        }
        this.supports = target;
    }

    /** A person's verdict on the unit's role; marks the unit as edited by a person. */
    void correctRole(Role role) {
        this.role = Objects.requireNonNull(role, "role");
        this.humanEdited = true;
    }

    /** A person's verdict on who speaks (null name: the author's own words); marks the unit as edited. */
    void correctSpeaker(@Nullable Speaker speaker) {
        this.speakerName = speaker == null ? null : speaker.name();
        this.speakerDescription = speaker == null ? null : speaker.description();
        this.humanEdited = true;
    }

    boolean humanEdited() {
        return humanEdited;
    }

    long id() {
        return Objects.requireNonNull(id, "unit not saved yet");
    }

    Article article() {
        return article;
    }

    int position() {
        return position;
    }

    TextSpan span() {
        return new TextSpan(spanStart, spanEnd);
    }

    Role role() {
        return role;
    }

    String text() {
        return text;
    }

    double confidence() {
        return confidence;
    }

    float[] embedding() {
        return embedding.clone();
    }

    @Nullable Speaker speaker() {
        return speakerName == null ? null : new Speaker(speakerName, speakerDescription);
    }

    @Nullable ArticleUnit supports() {
        return supports;
    }

    /** The unit as the pipeline described it, for computing stances towards a motion created later. */
    DetectedUnit asDetected() {
        List<Integer> segments = Arrays.stream(segmentIndices).boxed().toList();
        Integer target = supports == null ? null : supports.position();
        return new DetectedUnit(position, span(), segments, role, confidence, speaker(), target);
    }
}
