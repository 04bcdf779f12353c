package org.casebook.classroom;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A class as its teacher or one of its students sees it. The join code, the students and the teams are shown to
 * its teacher only (empty for a student, who sees their own team in {@code myTeam}).
 */
public record ClassSummary(
        long id,
        String name,
        String teacherName,
        @Nullable String joinCode,
        List<Student> students,
        List<TeamSummary> teams,
        @Nullable String myTeam) {

    public ClassSummary {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(teacherName, "teacherName");
        students = List.copyOf(students);
        teams = List.copyOf(teams);
    }

    /** A student of the class and their team (null when on none). */
    public record Student(long accountId, String name, String username, @Nullable Long teamId,
            @Nullable String teamName) {}

    /** A team and the ids of its students. */
    public record TeamSummary(long id, String name, List<Long> studentIds) {
        public TeamSummary {
            studentIds = List.copyOf(studentIds);
        }
    }
}
