package org.casebook.classroom;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A student in a class, and the team they are on (if any). */
@Entity
@Table(name = "class_members")
class Member {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "class_members_seq")
    @SequenceGenerator(name = "class_members_seq", sequenceName = "class_members_seq", allocationSize = 50)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "classroom_id")
    private Classroom classroom;

    private long accountId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    private @Nullable Team team;

    private Instant joinedAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected Member() {} // for JPA

    Member(Classroom classroom, long accountId, Instant now) {
        this.classroom = classroom;
        this.accountId = accountId;
        this.joinedAt = now;
    }

    long accountId() {
        return accountId;
    }

    @Nullable Team team() {
        return team;
    }

    void placeIn(@Nullable Team team) {
        this.team = team;
    }
}
