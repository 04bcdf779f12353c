package org.casebook.article;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Units that make the same point for one motion, under the pipeline's label (table key_points). */
@Entity
@Table(name = "key_points")
class KeyPointGroup {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "key_points_seq")
    @SequenceGenerator(name = "key_points_seq", sequenceName = "key_points_seq", allocationSize = 50)
    private @Nullable Long id;

    private @Nullable Long motionId;
    private String label;

    @ElementCollection
    @CollectionTable(name = "key_point_units", joinColumns = @JoinColumn(name = "key_point_id"))
    @Column(name = "unit_id")
    private Set<Long> unitIds = new HashSet<>();

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected KeyPointGroup() {} // for JPA

    KeyPointGroup(long motionId, String label, Collection<Long> unitIds) {
        if (unitIds.size() < 2) {
            throw new IllegalArgumentException("a key point groups at least two units");
        }
        this.motionId = motionId;
        this.label = Objects.requireNonNull(label, "label");
        this.unitIds = new HashSet<>(unitIds);
    }

    long id() {
        return Objects.requireNonNull(id, "key point not saved yet");
    }

    String label() {
        return label;
    }

    Set<Long> unitIds() {
        return Set.copyOf(unitIds);
    }
}
