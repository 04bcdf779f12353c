package org.casebook.classroom;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A class: its teacher (by id), join code, students (members) and teams; one aggregate. */
@Entity
@Table(name = "classrooms")
class Classroom {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "classrooms_seq")
    @SequenceGenerator(name = "classrooms_seq", sequenceName = "classrooms_seq", allocationSize = 50)
    private @Nullable Long id;

    private String name;
    private long teacherId;
    private String joinCode;
    private Instant createdAt;

    @OneToMany(mappedBy = "classroom", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Member> members = new ArrayList<>();

    @OneToMany(mappedBy = "classroom", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Team> teams = new ArrayList<>();

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected Classroom() {} // for JPA

    Classroom(String name, long teacherId, String joinCode, Instant now) {
        this.name = ClassroomService.checkedName(name, "class");
        this.teacherId = teacherId;
        this.joinCode = Objects.requireNonNull(joinCode, "joinCode");
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    long id() {
        return Objects.requireNonNull(id, "class not saved yet");
    }

    String name() {
        return name;
    }

    long teacherId() {
        return teacherId;
    }

    String joinCode() {
        return joinCode;
    }

    List<Member> members() {
        return Collections.unmodifiableList(members);
    }

    List<Team> teams() {
        return Collections.unmodifiableList(teams);
    }

    boolean hasStudent(long accountId) {
        return members.stream().anyMatch(m -> m.accountId() == accountId);
    }

    /** Adds the student unless they are in the class already. */
    void admit(long accountId, Instant now) {
        if (!hasStudent(accountId)) {
            members.add(new Member(this, accountId, now));
        }
    }

    Team addTeam(String teamName) {
        String n = ClassroomService.checkedName(teamName, "team");
        if (teams.stream().anyMatch(t -> t.name().equalsIgnoreCase(n))) {
            throw new IllegalArgumentException("This class has a team called \"" + n + "\" already.");
        }
        var team = new Team(this, n);
        teams.add(team);
        return team;
    }

    Team team(long teamId) {
        return teams.stream().filter(t -> t.id() == teamId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("This class has no such team."));
    }

    Member member(long accountId) {
        return members.stream().filter(m -> m.accountId() == accountId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("This student is not in the class."));
    }
}
