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
    private boolean humanMade;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected ArticleUnit() {} // for JPA

    ArticleUnit(Article article, DetectedUnit unit, float[] embedding) {
        this(article, unit, embedding, unit.index());
    }

    ArticleUnit(Article article, DetectedUnit unit, float[] embedding, int position) {
        this.article = article;
        this.position = position;
        this.role = unit.role();
        this.text = "";
        this.embedding = new float[0];
        this.segmentIndices = new int[0];
        place(unit.span(), unit.segments(), embedding);
        Speaker speaker = unit.speaker();
        this.speakerName = speaker == null ? null : speaker.name();
        this.speakerDescription = speaker == null ? null : speaker.description();
        this.confidence = unit.confidence();
    }

    /** A unit a person marked in the text: made and edited by a person, with full confidence. */
    static ArticleUnit humanMade(Article article, int position, TextSpan span, List<Integer> segments, Role role,
            float[] embedding) {
        var unit = new ArticleUnit(article, new DetectedUnit(position, span, segments, role, 1.0, null, null),
                embedding, position);
        unit.humanMade = true;
        unit.humanEdited = true;
        return unit;
    }

    private void place(TextSpan span, List<Integer> segments, float[] embedding) {
        if (span.end() > article.body().length() || span.length() == 0) {
            throw new IllegalArgumentException("span " + span + " is outside the text");
        }
        if (embedding.length == 0) {
            throw new IllegalArgumentException("a unit needs an embedding");
        }
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("a unit covers at least one sentence");
        }
        this.spanStart = span.start();
        this.spanEnd = span.end();
        this.segmentIndices = segments.stream().mapToInt(Integer::intValue).toArray();
        this.text = span.cut(article.body());
        this.embedding = embedding.clone();
    }

    /** A person's new boundaries for the unit (its text and vector follow); marks the unit as edited. */
    void adjust(TextSpan span, List<Integer> segments, float[] embedding) {
        place(span, segments, embedding);
        this.humanEdited = true;
    }

    /** What a re-analysis found at this unit's span; only for units no person touched. */
    void refresh(DetectedUnit unit, float[] embedding) {
        if (humanEdited) {
            throw new IllegalStateException("unit " + id + " was edited by a person");
        }
        place(unit.span(), unit.segments(), embedding);
        this.role = unit.role();
        Speaker speaker = unit.speaker();
        this.speakerName = speaker == null ? null : speaker.name();
        this.speakerDescription = speaker == null ? null : speaker.description();
        this.confidence = unit.confidence();
    }

    void moveTo(int position) {
        this.position = position;
    }

    void markSupporting(@Nullable ArticleUnit target) {
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

    boolean humanMade() {
        return humanMade;
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
