package org.casebook.classroom;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.casebook.brief.BriefSide;
import org.jspecify.annotations.Nullable;

/** A motion and a side assigned to one student or one team of a class, due on a date, with instructions. */
@Entity
@Table(name = "assignments")
class Assignment {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignments_seq")
    @SequenceGenerator(name = "assignments_seq", sequenceName = "assignments_seq", allocationSize = 50)
    private @Nullable Long id;

    private long classroomId;
    private long motionId;

    @Enumerated(EnumType.STRING)
    private BriefSide side;

    private @Nullable Long studentId;
    private @Nullable Long teamId;
    private LocalDate dueOn;
    private String instructions;
    private int round;
    private Instant createdAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected Assignment() {} // for JPA

    Assignment(long classroomId, long motionId, BriefSide side, @Nullable Long studentId, @Nullable Long teamId,
            LocalDate dueOn, String instructions, int round, Instant now) {
        if ((studentId == null) == (teamId == null)) {
            throw new IllegalArgumentException("Assign to one student or one team.");
        }
        this.classroomId = classroomId;
        this.motionId = motionId;
        this.side = Objects.requireNonNull(side, "side");
        this.studentId = studentId;
        this.teamId = teamId;
        this.dueOn = Objects.requireNonNull(dueOn, "dueOn");
        this.instructions = instructions;
        this.round = round;
        this.createdAt = now;
    }

    long id() {
        return Objects.requireNonNull(id, "assignment not saved yet");
    }

    long classroomId() {
        return classroomId;
    }

    long motionId() {
        return motionId;
    }

    BriefSide side() {
        return side;
    }

    @Nullable Long studentId() {
        return studentId;
    }

    @Nullable Long teamId() {
        return teamId;
    }

    LocalDate dueOn() {
        return dueOn;
    }

    String instructions() {
        return instructions;
    }

    int round() {
        return round;
    }
}
