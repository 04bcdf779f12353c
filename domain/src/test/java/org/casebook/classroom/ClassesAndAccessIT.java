package org.casebook.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.casebook.account.AccountService;
import org.casebook.account.Callers;
import org.casebook.account.Caller;
import org.casebook.account.NotAllowedException;
import org.casebook.account.Role;
import org.casebook.account.SignUp;
import org.casebook.article.ArticleIngestion;
import org.casebook.article.ArticleReanalysis;
import org.casebook.article.ArticleService;
import org.casebook.article.LibraryQuery;
import org.casebook.article.UnitCorrections;
import org.casebook.article.UnitRole;
import org.casebook.brief.BriefColumn;
import org.casebook.brief.BriefReview;
import org.casebook.brief.BriefService;
import org.casebook.brief.BriefSide;
import org.casebook.brief.BriefStatus;
import org.casebook.motion.MotionService;
import org.casebook.testdb.UsesTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Accounts, classes, teams, assignments and who may see what, on a real PostgreSQL, committing for real. Two
 * classes: Ms Teach's (students Ann and Bob, later Cy) and Mr Other's (student Zed).
 */
@SpringBootTest
@UsesTestDatabase
class ClassesAndAccessIT {
    private static final String TEXT = """
            Cutting aid to Central America will increase migration. The programs fund violence prevention in \
            Honduras and Guatemala. Homicides fell where they ran.
            """;

    @Autowired AccountService accounts;
    @Autowired ClassroomService classes;
    @Autowired AssignmentService assignments;
    @Autowired BriefService briefs;
    @Autowired BriefReview review;
    @Autowired ArticleIngestion ingestion;
    @Autowired ArticleService articles;
    @Autowired MotionService motions;
    @Autowired Callers callers;
    @Autowired UnitCorrections corrections;
    @Autowired ArticleReanalysis reanalysis;
    @Autowired JdbcTemplate jdbc;

    private Caller teach;
    private Caller other;
    private Caller ann;
    private Caller bob;
    private Caller zed;
    private long motionId;
    private ClassSummary teachClass;
    private ClassSummary otherClass;

    @BeforeEach
    void twoClasses() {
        jdbc.execute("truncate table sources, motions, briefs, accounts cascade");
        motionId = motions.create("The United States should cut its foreign aid to Central America.").id();
        teach = accounts.createFirstTeacher(new SignUp("teach", "Ms Teach", "correct horse", Role.TEACHER)).caller();
        other = accounts.signUp(new SignUp("other", "Mr Other", "battery staple", Role.TEACHER)).caller();
        ann = accounts.signUp(new SignUp("Ann", "Ann", "password1", Role.STUDENT)).caller();
        bob = accounts.signUp(new SignUp("bob", "Bob", "password2", Role.STUDENT)).caller();
        zed = accounts.signUp(new SignUp("zed", "Zed", "password3", Role.STUDENT)).caller();
        teachClass = as(teach, () -> classes.create("Debate 10A"));
        otherClass = as(other, () -> classes.create("Debate 11B"));
        as(ann, () -> classes.join(teachClass.joinCode()));
        as(bob, () -> classes.join(teachClass.joinCode().toLowerCase()));
        as(zed, () -> classes.join(otherClass.joinCode()));
    }

    @Test
    void passwordsAreHashedAndCheckedAndTheFirstTeacherComesOnce() {
        var stored = jdbc.queryForObject("select password_hash from accounts where username = 'ann'", String.class);
        assertThat(stored).startsWith("{bcrypt}").doesNotContain("password1");
        var credentials = accounts.credentials(" ANN ").orElseThrow();
        assertThat(accounts.matches("password1", credentials.passwordHash())).isTrue();
        assertThat(accounts.matches("password2", credentials.passwordHash())).isFalse();
        assertThatThrownBy(() -> accounts.createFirstTeacher(new SignUp("again", "Again", "password9", Role.TEACHER)))
                .isInstanceOf(NotAllowedException.class);
        assertThatIllegalArgumentException().isThrownBy(() -> accounts.signUp(new SignUp("ann", "Ann 2",
                "password9", Role.STUDENT))).withMessageContaining("taken");
        assertThatIllegalArgumentException().isThrownBy(() -> accounts.signUp(new SignUp("new", "New",
                "short", Role.STUDENT))).withMessageContaining("at least 8");
    }

    @Test
    void aPasswordChangesOnlyWithTheCurrentOne() {
        callers.run(ann, () -> assertThatIllegalArgumentException()
                .isThrownBy(() -> accounts.changePassword("wrong one", "new password"))
                .withMessageContaining("current password"));
        callers.run(ann, () -> accounts.changePassword("password1", "new password"));

        var hash = accounts.credentials("ann").orElseThrow().passwordHash();
        assertThat(accounts.matches("new password", hash)).isTrue();
        assertThat(accounts.matches("password1", hash)).isFalse();
    }

    @Test
    void aTeacherSetsANewPasswordForAStudentOfTheirClassOnly() {
        String fresh = as(teach, () -> accounts.newPasswordForStudent(ann.accountId()));
        assertThat(fresh).matches("[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}");
        var hash = accounts.credentials("ann").orElseThrow().passwordHash();
        assertThat(accounts.matches(fresh, hash)).isTrue();
        assertThat(accounts.matches("password1", hash)).isFalse();
        assertThat(as(teach, () -> accounts.newPasswordForStudent(ann.accountId()))).isNotEqualTo(fresh);

        // not for a student of another class, not by a student, not for a teacher
        callers.run(teach, () -> assertThatThrownBy(() -> accounts.newPasswordForStudent(zed.accountId()))
                .isInstanceOf(NotAllowedException.class));
        callers.run(ann, () -> assertThatThrownBy(() -> accounts.newPasswordForStudent(bob.accountId()))
                .isInstanceOf(NotAllowedException.class));
        // a teacher listed among a class's members (by hand here: no form does it) is no student of that class
        jdbc.update("insert into class_members (id, classroom_id, account_id, joined_at, version)"
                + " values (987654, ?, ?, now(), 0)", teachClass.id(), other.accountId());
        callers.run(teach, () -> assertThatThrownBy(() -> accounts.newPasswordForStudent(other.accountId()))
                .isInstanceOf(NotAllowedException.class));
        assertThat(accounts.matches("battery staple", accounts.credentials("other").orElseThrow().passwordHash()))
                .isTrue();
        assertThat(accounts.matches("password3", accounts.credentials("zed").orElseThrow().passwordHash())).isTrue();
        assertThat(accounts.matches("password2", accounts.credentials("bob").orElseThrow().passwordHash())).isTrue();
    }

    @Test
    void aTeacherSeesTheClassWithItsCodeAndStudentsAStudentOnlyItsName() {
        assertThat(as(teach, () -> classes.mine())).singleElement().satisfies(c -> {
            assertThat(c.joinCode()).hasSize(ClassroomService.CODE_LENGTH);
            assertThat(c.students()).extracting(ClassSummary.Student::name).containsExactly("Ann", "Bob");
        });
        assertThat(as(ann, () -> classes.mine())).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Debate 10A");
            assertThat(c.joinCode()).isNull();
            assertThat(c.students()).isEmpty();
        });
        assertThat(as(zed, () -> classes.find(teachClass.id()))).isEmpty();
    }

    @Test
    void aWrongJoinCodeSaysSo() {
        callers.run(zed, () -> assertThatIllegalArgumentException().isThrownBy(() -> classes.join("NOPE1234"))
                .withMessageContaining("No class has the join code"));
    }

    @Test
    void aStudentCallingATeachersActionIsRefused() {
        callers.run(ann, () -> {
            assertThatThrownBy(() -> classes.create("Mine")).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> motions.create("This house would skip homework"))
                    .isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> motions.archive(motionId, true)).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> classes.addTeam(teachClass.id(), "Sneaky"))
                    .isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> assignments.assign(command(BriefSide.PRO, ann.accountId(), null)))
                    .isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> assignments.forClass(teachClass.id())).isInstanceOf(NotAllowedException.class);
        });
        callers.run(other, () -> assertThatIllegalArgumentException()
                .isThrownBy(() -> assignments.forClass(teachClass.id()))); // another teacher's class: not found
    }

    @Test
    void spreadingStudentsMakesEvenTeams() {
        var cy = accounts.signUp(new SignUp("cyd", "Cy", "password4", Role.STUDENT)).caller();
        as(cy, () -> classes.join(teachClass.joinCode()));

        var spread = as(teach, () -> classes.spreadIntoTeams(teachClass.id(), 2));

        assertThat(spread.teams()).extracting(ClassSummary.TeamSummary::name).containsExactly("Team 1", "Team 2");
        assertThat(spread.teams()).extracting(t -> t.studentIds().size()).containsExactlyInAnyOrder(1, 2);
        assertThat(spread.students()).allSatisfy(s -> assertThat(s.teamId()).isNotNull());
    }

    @Test
    void aStudentStartsBuildsAndSubmitsTheTeacherReviewsAndReturns() {
        var assigned = as(teach, () -> assignments.assign(command(BriefSide.PRO, ann.accountId(), null)));
        assertThat(assigned.status()).isEqualTo(AssignmentStatus.NOT_STARTED);
        assertThat(as(ann, () -> assignments.mine())).extracting(AssignmentSummary::id).containsExactly(assigned.id());
        assertThat(as(bob, () -> assignments.mine())).isEmpty();

        var brief = as(ann, () -> briefs.startAssignment(assigned.id()));
        assertThat(brief.motionId()).isEqualTo(motionId);
        assertThat(brief.side()).isEqualTo(BriefSide.PRO);
        assertThat(as(ann, () -> briefs.startAssignment(assigned.id())).id()).isEqualTo(brief.id()); // same brief
        long unit = as(teach, this::importedUnit);
        var withCard = as(ann, () -> briefs.addCard(brief.id(), brief.version(), unit, BriefColumn.PRO));
        assertThat(status(teach, assigned.id())).isEqualTo(AssignmentStatus.IN_PROGRESS);

        var submitted = as(ann, () -> briefs.submit(brief.id(), withCard.version()));
        assertThat(status(teach, assigned.id())).isEqualTo(AssignmentStatus.SUBMITTED);
        assertThatThrownBy(() -> as(ann, () -> briefs.addNote(brief.id(), submitted.version(), BriefColumn.PRO,
                "more"))).isInstanceOf(NotAllowedException.class);

        // The teacher reads it, may not edit it, comments on the card and returns it.
        assertThat(as(teach, () -> briefs.document(brief.id()))).isPresent();
        assertThat(as(teach, () -> briefs.work(brief.id())).orElseThrow().canEdit()).isFalse();
        assertThatThrownBy(() -> as(teach, () -> briefs.rename(brief.id(), submitted.version(), "Mine")))
                .isInstanceOf(NotAllowedException.class);
        long cardId = submitted.entries().getFirst().id();
        as(teach, () -> review.comment(brief.id(), cardId, "Find a newer source."));
        as(teach, () -> review.giveBack(brief.id()));

        assertThat(status(teach, assigned.id())).isEqualTo(AssignmentStatus.RETURNED);
        assertThat(as(ann, () -> review.comments(brief.id()))).singleElement().satisfies(c -> {
            assertThat(c.entryId()).isEqualTo(cardId);
            assertThat(c.author()).isEqualTo("Ms Teach");
        });
        assertThat(as(ann, () -> briefs.work(brief.id())).orElseThrow().canEdit()).isTrue();
        assertThatThrownBy(() -> as(ann, () -> review.comment(brief.id(), null, "I did")))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void switchingSidesMakesTheNextRoundInOneAction() {
        var first = as(teach, () -> assignments.assign(command(BriefSide.PRO, ann.accountId(), null)));

        var second = as(teach, () -> assignments.switchSides(first.id()));

        assertThat(second.side()).isEqualTo(BriefSide.CON);
        assertThat(second.round()).isEqualTo(2);
        assertThat(second.studentId()).isEqualTo(ann.accountId());
        assertThat(second.dueOn()).isAfter(first.dueOn());
        assertThat(as(ann, () -> briefs.startAssignment(second.id())).title()).startsWith("Round 2: Con");
    }

    @Test
    void anAssignmentPastItsDayAndNotSubmittedIsLate() {
        var assigned = as(teach, () -> assignments.assign(command(BriefSide.CON, bob.accountId(), null)));
        jdbc.update("update assignments set due_on = current_date - 1 where id = ?", assigned.id());

        assertThat(status(teach, assigned.id())).isEqualTo(AssignmentStatus.LATE);
    }

    @Test
    void aTeamBuildsOneBriefTogetherAndOtherTeamsAndClassesNeverSeeIt() {
        var cy = accounts.signUp(new SignUp("cyd", "Cy", "password4", Role.STUDENT)).caller();
        as(cy, () -> classes.join(teachClass.joinCode()));
        var withTeams = as(teach, () -> classes.addTeam(teachClass.id(), "Eagles"));
        long eagles = withTeams.teams().getFirst().id();
        long owls = as(teach, () -> classes.addTeam(teachClass.id(), "Owls")).teams().get(1).id();
        as(teach, () -> classes.placeInTeam(teachClass.id(), ann.accountId(), eagles));
        as(teach, () -> classes.placeInTeam(teachClass.id(), bob.accountId(), eagles));
        as(teach, () -> classes.placeInTeam(teachClass.id(), cy.accountId(), owls));
        var assigned = as(teach, () -> assignments.assign(command(BriefSide.BOTH, null, eagles)));

        var brief = as(ann, () -> briefs.startAssignment(assigned.id()));

        assertThat(brief.teamName()).isEqualTo("Eagles");
        assertThat(as(bob, () -> briefs.startAssignment(assigned.id())).id()).isEqualTo(brief.id());
        assertThat(as(bob, () -> briefs.addNote(brief.id(), brief.version(), BriefColumn.PRO, "Bob's note"))
                .entries()).hasSize(1);
        // another team of the same class, and a student of another class: not found, as if it did not exist
        for (Caller outsider : new Caller[] {cy, zed}) {
            assertThat(as(outsider, () -> briefs.document(brief.id()))).isEmpty();
            assertThat(as(outsider, () -> briefs.work(brief.id()))).isEmpty();
            assertThat(as(outsider, () -> briefs.briefs())).isEmpty();
            assertThat(as(outsider, () -> review.comments(brief.id()))).isEmpty();
            assertThatIllegalArgumentException().isThrownBy(() -> as(outsider, () -> briefs.rename(brief.id(),
                    brief.version() + 1, "Stolen"))).withMessage("no brief " + brief.id());
            assertThatIllegalArgumentException().isThrownBy(() -> as(outsider,
                    () -> briefs.startAssignment(assigned.id())));
        }
        assertThat(as(other, () -> briefs.document(brief.id()))).isEmpty(); // another class's teacher
    }

    @Test
    void aStudentsOwnBriefIsTheirsAlone() {
        var mine = as(ann, () -> briefs.create("Ann's practice", motionId, BriefSide.PRO));

        assertThat(as(bob, () -> briefs.document(mine.id()))).isEmpty();
        assertThat(as(teach, () -> briefs.document(mine.id()))).isEmpty(); // not from an assignment
        assertThat(as(ann, () -> briefs.briefs())).extracting(b -> b.id()).containsExactly(mine.id());
        assertThat(briefs.document(mine.id())).isPresent(); // the application itself
    }

    @Test
    void theLibraryIsTheSampleTheClassTeachersAndYourOwn() {
        long sample = importAs(Caller.SYSTEM, "sample.txt", TEXT);
        long teachers = importAs(teach, "teacher.txt", "The teacher's article. " + TEXT);
        long annsOwn = importAs(ann, "ann.txt", "Ann found this. " + TEXT);
        long othersOwn = importAs(other, "other.txt", "Another class reads this. " + TEXT);

        assertThat(visible(ann)).containsExactlyInAnyOrder(sample, teachers, annsOwn);
        assertThat(visible(bob)).containsExactlyInAnyOrder(sample, teachers);
        assertThat(visible(zed)).containsExactlyInAnyOrder(sample, othersOwn);
        assertThat(visible(teach)).containsExactlyInAnyOrder(sample, teachers);
        assertThat(as(zed, () -> articles.details(teachers))).isEmpty();
        assertThat(as(zed, () -> articles.count())).isEqualTo(2);
        long teachersUnit = as(teach, () -> articles.details(teachers)).orElseThrow().units().getFirst().id();
        assertThat(as(zed, () -> articles.quote(teachersUnit))).isEmpty();
        var zedsBrief = as(zed, () -> briefs.create("Zed's", motionId, BriefSide.PRO));
        assertThatIllegalArgumentException().isThrownBy(() -> as(zed, () -> briefs.addCard(zedsBrief.id(),
                zedsBrief.version(), teachersUnit, BriefColumn.PRO)));
        assertThat(jdbc.queryForObject("select owner_id from sources s join articles a on a.source_id = s.id"
                + " where a.id = ?", Long.class, annsOwn)).isEqualTo(ann.accountId());
    }

    @Test
    void onlyAnArticlesOwnerChangesItsUnitsOrHasItAnalysedAgain() {
        long sample = importAs(Caller.SYSTEM, "sample.txt", TEXT);
        long annsOwn = importAs(ann, "ann.txt", "Ann found this. " + TEXT);
        long othersOwn = importAs(other, "other.txt", "Another class reads this. " + TEXT);
        long sampleUnit = as(ann, () -> articles.details(sample)).orElseThrow().units().getFirst().id();
        int words = "Ann found this.".length();

        // a student reads the sample library but may not change it; another class's article does not exist for her
        assertThatThrownBy(() -> as(ann, () -> corrections.addUnit(sample, 0, 10, UnitRole.CLAIM, null, null)))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> as(ann, () -> {
            corrections.adjustSpan(sampleUnit, 0, 20);
            return null;
        })).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> as(ann, () -> reanalysis.reanalyse(sample))).isInstanceOf(NotAllowedException.class);
        assertThatIllegalArgumentException().isThrownBy(() -> as(ann, () -> reanalysis.reanalyse(othersOwn)))
                .withMessageContaining("There is no article");
        assertThatIllegalArgumentException().isThrownBy(() -> as(ann, () -> corrections.addUnit(othersOwn, 0, 10,
                UnitRole.CLAIM, null, null))).withMessageContaining("There is no article");

        // in her own article she may; a teacher may in the sample library
        long made = as(ann, () -> corrections.addUnit(annsOwn, 0, words, UnitRole.CLAIM, null, null));
        assertThat(as(ann, () -> reanalysis.reanalyse(annsOwn)).kept()).isPositive();
        assertThat(as(ann, () -> articles.details(annsOwn)).orElseThrow().units())
                .anySatisfy(u -> assertThat(u.id()).isEqualTo(made));
        assertThat(as(teach, () -> reanalysis.reanalyse(sample)).found()).isPositive();
    }

    @Test
    void theSampleBriefGoesToTheFirstTeacher() {
        jdbc.execute("truncate table accounts, briefs cascade");
        var sample = as(Caller.SYSTEM, () -> briefs.create("Sample brief", motionId, BriefSide.BOTH));
        assertThat(accounts.hasAccounts()).isFalse();

        var first = accounts.createFirstTeacher(new SignUp("first", "First", "password0", Role.TEACHER)).caller();

        assertThat(as(first, () -> briefs.work(sample.id())).orElseThrow().canEdit()).isTrue();
    }

    @Test
    void aSampleBriefMadeOnceTeachersExistGoesToTheFirstTeacher() {
        var sample = as(Caller.SYSTEM, () -> briefs.create("Sample brief", motionId, BriefSide.BOTH));

        assertThat(as(teach, () -> briefs.work(sample.id())).orElseThrow().canEdit()).isTrue();
        assertThat(as(ann, () -> briefs.document(sample.id()))).isEmpty();
    }

    private java.util.List<Long> visible(Caller caller) {
        return as(caller, () -> articles.page(LibraryQuery.all(), 0, 50)).articles().stream()
                .map(r -> r.id()).toList();
    }

    private long importAs(Caller caller, String name, String text) {
        return as(caller, () -> ingestion.importArticle(text.getBytes(StandardCharsets.UTF_8), name)).articleId();
    }

    private long importedUnit() {
        long article = ingestion.importArticle(TEXT.getBytes(StandardCharsets.UTF_8), "aid.txt").articleId();
        return articles.details(article).orElseThrow().units().getFirst().id();
    }

    private AssignmentStatus status(Caller teacher, long assignmentId) {
        return as(teacher, () -> assignments.forClass(teachClass.id())).stream()
                .filter(a -> a.id() == assignmentId).findFirst().orElseThrow().status();
    }

    private AssignmentCommand command(BriefSide side, Long studentId, Long teamId) {
        return new AssignmentCommand(teachClass.id(), motionId, side, studentId, teamId, LocalDate.now().plusDays(3),
                "Three cards a side.");
    }

    private <T> T as(Caller caller, Supplier<T> work) {
        return callers.as(caller, work);
    }
}
