package org.casebook.classroom;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.casebook.account.AccountService;
import org.casebook.account.AccountSummary;
import org.casebook.account.Caller;
import org.casebook.account.Callers;
import org.casebook.account.NotAllowedException;
import org.casebook.account.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Classes and teams. A teacher creates classes (each gets a fresh join code), forms teams, places students in them
 * or spreads the students evenly at random; a student joins with a code. A class the caller neither teaches nor
 * attends is "not found"; a student calling a teacher's action gets {@link NotAllowedException}. Thread-safe.
 */
@Service
@Transactional(readOnly = true)
public class ClassroomService {
    public static final int NAME_MAX_LENGTH = 100;
    static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I
    static final int CODE_LENGTH = 8;

    private final ClassroomRepository classes;
    private final AccountService accounts;
    private final Callers callers;
    private final Clock clock;
    private final Random random = new SecureRandom();

    ClassroomService(ClassroomRepository classes, AccountService accounts, Callers callers, Clock clock) {
        this.classes = classes;
        this.accounts = accounts;
        this.callers = callers;
        this.clock = clock;
    }

    /** A new class taught by the caller, a teacher, with a fresh join code. */
    @Transactional
    public ClassSummary create(String name) {
        Caller teacher = callers.requireTeacher();
        String code;
        do {
            code = newCode();
        } while (classes.existsByJoinCode(code));
        return summary(classes.saveAndFlush(new Classroom(name, teacher.accountId(), code, clock.instant())), teacher);
    }

    /** The classes the caller teaches, or attends. */
    public List<ClassSummary> mine() {
        Caller caller = callers.require();
        List<Classroom> list = caller.role() == Role.TEACHER ? classes.findByTeacherIdOrderByName(caller.accountId())
                : classes.findAttendedBy(caller.accountId());
        return list.stream().map(c -> summary(c, caller)).toList();
    }

    /** One class the caller teaches or attends; empty otherwise. */
    public Optional<ClassSummary> find(long classId) {
        Caller caller = callers.require();
        return classes.findById(classId).filter(c -> c.teacherId() == caller.accountId()
                || c.hasStudent(caller.accountId())).map(c -> summary(c, caller));
    }

    /** True when a class has this join code (checked at sign-up, before the account is made). */
    public boolean codeExists(String joinCode) {
        return classes.existsByJoinCode(normalised(joinCode));
    }

    private static String normalised(String joinCode) {
        return joinCode.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
    }

    /** The caller, a student, joins the class with this code (again is fine). */
    @Transactional
    public ClassSummary join(String joinCode) {
        Caller caller = callers.require();
        if (caller.role() != Role.STUDENT) {
            throw new NotAllowedException("only a student joins a class with a code");
        }
        String code = normalised(joinCode);
        Classroom c = classes.findByJoinCode(code).orElseThrow(() -> new IllegalArgumentException(
                code.isEmpty() ? "Type the join code your teacher gave you." : "No class has the join code \""
                        + code + "\". Check it with your teacher."));
        c.admit(caller.accountId(), clock.instant());
        return summary(c, caller);
    }

    @Transactional
    public ClassSummary addTeam(long classId, String teamName) {
        Classroom c = taught(classId);
        c.addTeam(teamName);
        classes.flush();
        return summary(c, callers.require());
    }

    /** Puts a student of the class on a team of the class (null: on none). */
    @Transactional
    public ClassSummary placeInTeam(long classId, long studentId, @Nullable Long teamId) {
        Classroom c = taught(classId);
        c.member(studentId).placeIn(teamId == null ? null : c.team(teamId));
        return summary(c, callers.require());
    }

    /**
     * Spreads the class's students evenly at random over {@code teamCount} teams: the class's first teams, with
     * teams "Team 1", "Team 2", ... added when it has fewer. Team sizes differ by at most one.
     */
    @Transactional
    public ClassSummary spreadIntoTeams(long classId, int teamCount) {
        Classroom c = taught(classId);
        if (teamCount < 1 || teamCount > Math.max(1, c.members().size())) {
            throw new IllegalArgumentException("Choose between 1 and " + Math.max(1, c.members().size())
                    + " teams for " + c.members().size() + " students.");
        }
        var names = new HashSet<String>();
        c.teams().forEach(t -> names.add(t.name().toLowerCase(Locale.ROOT)));
        for (int n = 1; c.teams().size() < teamCount; n++) {
            if (!names.contains(("team " + n))) {
                c.addTeam("Team " + n);
            }
        }
        classes.flush();
        List<Team> teams = c.teams().subList(0, teamCount);
        List<Member> members = new ArrayList<>(c.members());
        Collections.shuffle(members, random);
        for (int i = 0; i < members.size(); i++) {
            members.get(i).placeIn(teams.get(i % teamCount));
        }
        return summary(c, callers.require());
    }

    /** The class, which the caller must teach: not found when they neither teach nor attend it. */
    Classroom taught(long classId) {
        Caller caller = callers.require();
        Classroom c = classes.findById(classId).orElseThrow(() -> new IllegalArgumentException("no class " + classId));
        if (caller.system() || c.teacherId() == caller.accountId()) {
            return c;
        }
        if (c.hasStudent(caller.accountId())) {
            throw new NotAllowedException("only the class's teacher can do this");
        }
        throw new IllegalArgumentException("no class " + classId);
    }

    private ClassSummary summary(Classroom c, Caller caller) {
        var ids = new ArrayList<Long>();
        ids.add(c.teacherId());
        c.members().forEach(m -> ids.add(m.accountId()));
        Map<Long, AccountSummary> named = accounts.named(ids).stream()
                .collect(Collectors.toMap(AccountSummary::id, Function.identity()));
        String teacherName = Optional.ofNullable(named.get(c.teacherId())).map(AccountSummary::displayName).orElse("");
        if (!caller.system() && c.teacherId() != caller.accountId()) {
            String myTeam = c.members().stream().filter(m -> m.accountId() == caller.accountId() && m.team() != null)
                    .map(m -> m.team().name()).findFirst().orElse(null);
            return new ClassSummary(c.id(), c.name(), teacherName, null, List.of(), List.of(), myTeam);
        }
        var students = c.members().stream().map(m -> {
            var a = named.get(m.accountId());
            Team t = m.team();
            return new ClassSummary.Student(m.accountId(), a == null ? "?" : a.displayName(),
                    a == null ? "?" : a.username(), t == null ? null : t.id(), t == null ? null : t.name());
        }).sorted((x, y) -> x.name().compareToIgnoreCase(y.name())).toList();
        var teams = c.teams().stream().map(t -> new ClassSummary.TeamSummary(t.id(), t.name(),
                c.members().stream().filter(m -> m.team() != null && m.team().id() == t.id())
                        .map(Member::accountId).toList())).toList();
        return new ClassSummary(c.id(), c.name(), teacherName, c.joinCode(), students, teams, null);
    }

    private String newCode() {
        var code = new StringBuilder();
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_LETTERS.charAt(random.nextInt(CODE_LETTERS.length())));
        }
        return code.toString();
    }

    static String checkedName(String name, String what) {
        String n = name.strip().replaceAll("\\s+", " ");
        if (n.isEmpty()) {
            throw new IllegalArgumentException("Give the " + what + " a name.");
        }
        if (n.length() > NAME_MAX_LENGTH) {
            throw new IllegalArgumentException("A " + what + "'s name is at most " + NAME_MAX_LENGTH + " characters.");
        }
        return n;
    }
}
