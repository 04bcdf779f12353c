package org.casebook.classroom;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.casebook.account.AccountService;
import org.casebook.account.AccountSummary;
import org.casebook.account.Caller;
import org.casebook.account.Callers;
import org.casebook.account.NotAllowedException;
import org.casebook.account.Role;
import org.casebook.brief.BriefSide;
import org.casebook.motion.MotionService;
import org.casebook.motion.MotionSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assignments: a class's teacher assigns a motion and a side to a student or a team of the class, sees the status
 * of each (from the brief started from it) and switches sides for a second round in one action; a student sees
 * the assignments given to them or their team ("My assignments"). Briefs are started, submitted and returned
 * through {@link org.casebook.brief.BriefService}. Thread-safe.
 */
@Service
@Transactional(readOnly = true)
public class AssignmentService {
    public static final int INSTRUCTIONS_MAX_LENGTH = 5000;
    /** A second round is due this many days after the first round's due date (or today, if that is later). */
    static final int NEXT_ROUND_DAYS = 7;

    private final AssignmentRepository assignments;
    private final ClassroomRepository classes;
    private final ClassroomService classrooms;
    private final MotionService motions;
    private final AccountService accounts;
    private final Callers callers;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    AssignmentService(AssignmentRepository assignments, ClassroomRepository classes, ClassroomService classrooms,
            MotionService motions, AccountService accounts, Callers callers, NamedParameterJdbcTemplate jdbc,
            Clock clock) {
        this.assignments = assignments;
        this.classes = classes;
        this.classrooms = classrooms;
        this.motions = motions;
        this.accounts = accounts;
        this.callers = callers;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Assigns a motion and side to a student or a team of a class the caller teaches. */
    @Transactional
    public AssignmentSummary assign(AssignmentCommand command) {
        Classroom c = classrooms.taught(command.classId());
        motions.find(command.motionId()).orElseThrow(() -> new IllegalArgumentException("Choose a motion."));
        if ((command.studentId() == null) == (command.teamId() == null)) {
            throw new IllegalArgumentException("Assign it to one student or one team.");
        }
        if (command.studentId() != null) {
            c.member(command.studentId());
        } else {
            c.team(command.teamId());
        }
        if (command.dueOn().isBefore(today())) {
            throw new IllegalArgumentException("The due date has passed; choose today or later.");
        }
        String instructions = command.instructions().strip();
        if (instructions.length() > INSTRUCTIONS_MAX_LENGTH) {
            throw new IllegalArgumentException("Instructions are at most " + INSTRUCTIONS_MAX_LENGTH + " characters.");
        }
        var saved = assignments.saveAndFlush(new Assignment(c.id(), command.motionId(), command.side(),
                command.studentId(), command.teamId(), command.dueOn(), instructions, 1, clock.instant()));
        return summaries(List.of(saved)).getFirst();
    }

    /**
     * The next round of an assignment with the sides switched (PRO and CON swap; BOTH stays BOTH), for the same
     * student or team, due {@value #NEXT_ROUND_DAYS} days after the first round's day.
     */
    @Transactional
    public AssignmentSummary switchSides(long assignmentId) {
        Assignment first = assignments.findById(assignmentId)
                .orElseThrow(() -> new IllegalArgumentException("no assignment " + assignmentId));
        classrooms.taught(first.classroomId());
        BriefSide side = switch (first.side()) {
            case PRO -> BriefSide.CON;
            case CON -> BriefSide.PRO;
            case BOTH -> BriefSide.BOTH;
        };
        LocalDate due = (first.dueOn().isBefore(today()) ? today() : first.dueOn()).plusDays(NEXT_ROUND_DAYS);
        var next = assignments.saveAndFlush(new Assignment(first.classroomId(), first.motionId(), side,
                first.studentId(), first.teamId(), due, first.instructions(), first.round() + 1, clock.instant()));
        return summaries(List.of(next)).getFirst();
    }

    /** Every assignment of a class the caller teaches, with its status. */
    public List<AssignmentSummary> forClass(long classId) {
        Classroom c = classrooms.taught(classId);
        return summaries(assignments.findByClassroomIdOrderByDueOnAscIdAsc(c.id()));
    }

    /** The assignments given to the caller (a student) or to a team they are on, in every class they attend. */
    public List<AssignmentSummary> mine() {
        Caller caller = callers.require();
        if (caller.role() != Role.STUDENT) {
            throw new NotAllowedException("assignments are given to students");
        }
        Set<Long> teams = classes.findAttendedBy(caller.accountId()).stream()
                .flatMap(c -> c.members().stream())
                .filter(m -> m.accountId() == caller.accountId() && m.team() != null)
                .map(m -> m.team().id())
                .collect(Collectors.toSet());
        return summaries(assignments.findByStudentIdOrTeamIdInOrderByDueOnAscIdAsc(caller.accountId(),
                teams.isEmpty() ? Set.of(-1L) : teams));
    }

    private List<AssignmentSummary> summaries(List<Assignment> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, Progress> progress = progress(list.stream().map(Assignment::id).toList());
        Map<Long, String> motionTexts = motions.allMotions().stream()
                .collect(Collectors.toMap(MotionSummary::id, MotionSummary::text));
        Map<Long, Classroom> classById = new HashMap<>();
        Map<Long, String> teamNames = new HashMap<>();
        for (Assignment a : list) {
            Classroom c = classById.computeIfAbsent(a.classroomId(), id -> classes.findById(id).orElseThrow());
            c.teams().forEach(t -> teamNames.put(t.id(), t.name()));
        }
        Map<Long, String> studentNames = accounts.named(list.stream().map(Assignment::studentId)
                .filter(java.util.Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(AccountSummary::id, AccountSummary::displayName));
        var out = new ArrayList<AssignmentSummary>();
        for (Assignment a : list) {
            Progress p = progress.get(a.id());
            String assignee = a.studentId() != null ? studentNames.getOrDefault(a.studentId(), "?")
                    : teamNames.getOrDefault(a.teamId(), "?");
            out.add(new AssignmentSummary(a.id(), a.classroomId(), classById.get(a.classroomId()).name(),
                    a.motionId(), motionTexts.getOrDefault(a.motionId(), ""), a.side(), a.studentId(), a.teamId(),
                    assignee, a.dueOn(), a.instructions(), a.round(), status(a, p), late(a, p),
                    p == null ? null : p.briefId(), p == null ? null : p.submittedAt()));
        }
        return out;
    }

    private AssignmentStatus status(Assignment a, @Nullable Progress p) {
        if (p != null && p.status().equals("SUBMITTED")) {
            return AssignmentStatus.SUBMITTED;
        }
        if (today().isAfter(a.dueOn())) {
            return AssignmentStatus.LATE;
        }
        if (p == null) {
            return AssignmentStatus.NOT_STARTED;
        }
        return p.status().equals("RETURNED") ? AssignmentStatus.RETURNED : AssignmentStatus.IN_PROGRESS;
    }

    private boolean late(Assignment a, @Nullable Progress p) {
        if (p != null && p.submittedAt() != null) {
            return p.submittedAt().atZone(clock.getZone()).toLocalDate().isAfter(a.dueOn());
        }
        return today().isAfter(a.dueOn());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    /** The brief started from each assignment: its id, status and when it was submitted. */
    private Map<Long, Progress> progress(List<Long> assignmentIds) {
        var map = new HashMap<Long, Progress>();
        jdbc.query("select assignment_id, id, status, submitted_at from briefs where assignment_id in (:ids)",
                new MapSqlParameterSource("ids", assignmentIds), rs -> {
                    var submitted = rs.getObject(4, java.time.OffsetDateTime.class);
                    map.put(rs.getLong(1), new Progress(rs.getLong(2), rs.getString(3),
                            submitted == null ? null : submitted.toInstant()));
                });
        return map;
    }

    private record Progress(long briefId, String status, @Nullable Instant submittedAt) {}
}
