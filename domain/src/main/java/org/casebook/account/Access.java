package org.casebook.account;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who may see what, as SQL conditions the features' queries include, so lists are filtered in the database and a
 * guessed id finds nothing. The rules:
 * <ul>
 *   <li>library: the shared sample library (no owner), your own articles, and (for a student) the articles of the
 *       teachers of your classes;</li>
 *   <li>briefs: your own; a team assignment's brief for every member of the team; any brief started from an
 *       assignment of your class for its teacher (to review, not to edit);</li>
 *   <li>the application itself ({@link Caller#SYSTEM}) sees everything; nobody signed in sees nothing.</li>
 * </ul>
 * Each condition binds the parameter {@code viewer}. Thread-safe.
 */
@Component
public class Access {
    private final NamedParameterJdbcTemplate jdbc;

    Access(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A condition true for the rows of {@code sources} (aliased {@code s}) the caller may read. */
    public static String sourceVisible(Optional<Caller> caller, String s, MapSqlParameterSource params) {
        if (caller.isEmpty()) {
            return "false";
        }
        if (caller.get().system()) {
            return "true";
        }
        params.addValue("viewer", caller.get().accountId());
        return "(" + s + ".owner_id is null or " + s + ".owner_id = :viewer or " + s + ".owner_id in ("
                + "select vc.teacher_id from classrooms vc join class_members vm on vm.classroom_id = vc.id"
                + " where vm.account_id = :viewer))";
    }

    /** A condition true for the rows of {@code briefs} (aliased {@code b}) the caller may read. */
    public static String briefVisible(Optional<Caller> caller, String b, MapSqlParameterSource params) {
        if (caller.isEmpty()) {
            return "false";
        }
        if (caller.get().system()) {
            return "true";
        }
        params.addValue("viewer", caller.get().accountId());
        return "(" + b + ".owner_id = :viewer or " + teaches(b) + " or " + onTeam(b) + ")";
    }

    /** True when the caller may read the article. */
    public boolean canSeeArticle(Optional<Caller> caller, long articleId) {
        var params = new MapSqlParameterSource("id", articleId);
        String sql = "select count(*) from articles a join sources s on s.id = a.source_id where a.id = :id and "
                + sourceVisible(caller, "s", params);
        return count(sql, params) > 0;
    }

    /** True when the caller may read the unit's article. */
    public boolean canSeeUnit(Optional<Caller> caller, long unitId) {
        var params = new MapSqlParameterSource("id", unitId);
        String sql = "select count(*) from units u join articles a on a.id = u.article_id"
                + " join sources s on s.id = a.source_id where u.id = :id and " + sourceVisible(caller, "s", params);
        return count(sql, params) > 0;
    }

    /** The ids of the articles the caller may read, among {@code articleIds}. */
    public List<Long> visibleArticles(Optional<Caller> caller, List<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return List.of();
        }
        var params = new MapSqlParameterSource("ids", articleIds);
        String sql = "select a.id from articles a join sources s on s.id = a.source_id where a.id in (:ids) and "
                + sourceVisible(caller, "s", params);
        return jdbc.queryForList(sql, params, Long.class);
    }

    /**
     * True when the caller may correct the unit: in their own article, or (a teacher) in the shared sample library.
     */
    public boolean canCorrectUnit(Optional<Caller> caller, long unitId) {
        if (caller.isEmpty()) {
            return false;
        }
        if (caller.get().system()) {
            return true;
        }
        var params = new MapSqlParameterSource("id", unitId).addValue("viewer", caller.get().accountId())
                .addValue("teacher", caller.get().teacher());
        return count("select count(*) from units u join articles a on a.id = u.article_id join sources s"
                + " on s.id = a.source_id where u.id = :id and (s.owner_id = :viewer or (s.owner_id is null and"
                + " :teacher))", params) > 0;
    }

    /**
     * True when the caller may change the article's units (add, re-bound, delete, analyse again): as for
     * {@link #canCorrectUnit}, their own article, or (a teacher) one of the shared sample library.
     */
    public boolean canCorrectArticle(Optional<Caller> caller, long articleId) {
        if (caller.isEmpty()) {
            return false;
        }
        if (caller.get().system()) {
            return true;
        }
        var params = new MapSqlParameterSource("id", articleId).addValue("viewer", caller.get().accountId())
                .addValue("teacher", caller.get().teacher());
        return count("select count(*) from articles a join sources s on s.id = a.source_id where a.id = :id"
                + " and (s.owner_id = :viewer or (s.owner_id is null and :teacher))", params) > 0;
    }

    /**
     * Refuses changing the article's units to whoever may not: an article the caller cannot see is "no article"
     * ({@link IllegalArgumentException}), one they may only read is {@link NotAllowedException}.
     */
    public void checkCorrects(Optional<Caller> caller, long articleId) {
        if (!canSeeArticle(caller, articleId)) {
            throw new IllegalArgumentException("There is no article " + articleId + ".");
        }
        if (!canCorrectArticle(caller, articleId)) {
            throw new NotAllowedException("only the article's owner (a teacher, for the sample library) changes it");
        }
    }

    public boolean canSeeBrief(Optional<Caller> caller, long briefId) {
        var params = new MapSqlParameterSource("id", briefId);
        return count("select count(*) from briefs b where b.id = :id and " + briefVisible(caller, "b", params),
                params) > 0;
    }

    /** True when the caller builds the brief: its owner, or on the team it was assigned to. */
    public boolean buildsBrief(Caller caller, long briefId) {
        if (caller.system()) {
            return true;
        }
        var params = new MapSqlParameterSource("id", briefId).addValue("viewer", caller.accountId());
        return count("select count(*) from briefs b where b.id = :id and (b.owner_id = :viewer or " + onTeam("b")
                + ")", params) > 0;
    }

    /** True when the caller is the teacher of the class whose assignment the brief was started from. */
    public boolean reviewsBrief(Caller caller, long briefId) {
        var params = new MapSqlParameterSource("id", briefId).addValue("viewer", caller.accountId());
        return !caller.system() && count("select count(*) from briefs b where b.id = :id and " + teaches("b"),
                params) > 0;
    }

    /** True when the caller teaches the class. */
    public boolean teaches(Caller caller, long classroomId) {
        var params = new MapSqlParameterSource("id", classroomId).addValue("viewer", caller.accountId());
        return caller.system()
                || count("select count(*) from classrooms where id = :id and teacher_id = :viewer", params) > 0;
    }

    /** True when the account is a student of a class the caller teaches. */
    public boolean teachesStudent(Caller caller, long studentId) {
        var params = new MapSqlParameterSource("student", studentId).addValue("viewer", caller.accountId());
        return !caller.system() && count("select count(*) from class_members m join classrooms c"
                + " on c.id = m.classroom_id where m.account_id = :student and c.teacher_id = :viewer", params) > 0;
    }

    /** True when the caller is a student of the class. */
    public boolean attends(Caller caller, long classroomId) {
        var params = new MapSqlParameterSource("id", classroomId).addValue("viewer", caller.accountId());
        return count("select count(*) from class_members where classroom_id = :id and account_id = :viewer",
                params) > 0;
    }

    private static String teaches(String b) {
        return "exists (select 1 from assignments va join classrooms vc on vc.id = va.classroom_id"
                + " where va.id = " + b + ".assignment_id and vc.teacher_id = :viewer)";
    }

    private static String onTeam(String b) {
        return "exists (select 1 from assignments va join class_members vm on vm.team_id = va.team_id"
                + " where va.id = " + b + ".assignment_id and vm.account_id = :viewer)";
    }

    /**
     * The assignment's motion, side and team, when the caller is assigned it (the student, or on the team); empty
     * otherwise.
     */
    public Optional<AssignmentRef> assignedTo(Caller caller, long assignmentId) {
        var params = new MapSqlParameterSource("id", assignmentId).addValue("viewer", caller.accountId());
        String sql = """
                select a.id, a.motion_id, a.side, a.team_id, a.round from assignments a
                where a.id = :id and (a.student_id = :viewer or exists (select 1 from class_members m
                    where m.team_id = a.team_id and m.account_id = :viewer))""";
        return jdbc.query(sql, params, (rs, row) -> new AssignmentRef(rs.getLong(1), rs.getLong(2), rs.getString(3),
                (Long) rs.getObject(4), rs.getInt(5))).stream().findFirst();
    }

    /** The name of the team whose assignment the brief was started from, if any. */
    public Optional<String> teamOfBrief(long briefId) {
        return jdbc.queryForList("select t.name from briefs b join assignments a on a.id = b.assignment_id"
                + " join teams t on t.id = a.team_id where b.id = :id", new MapSqlParameterSource("id", briefId),
                String.class).stream().findFirst();
    }

    /** An assignment as a brief needs it: its motion, side (PRO, CON or BOTH), team (null for one student). */
    public record AssignmentRef(long id, long motionId, String side, @org.jspecify.annotations.Nullable Long teamId,
            int round) {}

    private long count(String sql, MapSqlParameterSource params) {
        Long n = jdbc.queryForObject(sql, params, Long.class);
        return n == null ? 0 : n;
    }
}
