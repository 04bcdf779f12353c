package org.casebook.brief.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casebook.account.AccountService;
import org.casebook.account.AccountSummary;
import org.casebook.account.Callers;
import org.casebook.account.Role;
import org.casebook.account.ui.SignedIn;
import org.casebook.brief.BriefService;
import org.casebook.brief.BriefSide;
import org.casebook.browser.Accounts;
import org.casebook.classroom.AssignmentCommand;
import org.casebook.classroom.AssignmentService;
import org.casebook.classroom.ClassroomService;
import org.casebook.motion.MotionService;
import org.casebook.testdb.UsesTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/**
 * The export links apply the brief rules: a team's brief exports for its team (with the team in the title block)
 * and its class's teacher, and answers 404 to a student of another team, as an unknown id does; nobody signed in
 * is sent to sign in. Real services on a real PostgreSQL (the browser tests' context).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesTestDatabase
class BriefExportAccessIT {
    @LocalServerPort int port;
    @Autowired BriefExportController controller;
    @Autowired AccountService accounts;
    @Autowired ClassroomService classes;
    @Autowired AssignmentService assignments;
    @Autowired BriefService briefs;
    @Autowired MotionService motions;
    @Autowired Callers callers;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void aTeamsBriefExportsForTheTeamAndTheTeacherAndIsNotFoundForAnotherTeam() throws Exception {
        String n = Long.toString(System.nanoTime(), 36);
        Accounts.ensureTeacher(accounts);
        var teacher = Accounts.summary(accounts, Accounts.TEACHER);
        var ann = student("ann" + n);
        var bob = student("bob" + n);
        long motion = callers.as(teacher.caller(), () -> motions.create("This house would export briefs " + n)).id();
        var made = callers.as(teacher.caller(), () -> classes.create("Export " + n));
        callers.run(ann.caller(), () -> classes.join(made.joinCode()));
        callers.run(bob.caller(), () -> classes.join(made.joinCode()));
        long eagles = callers.as(teacher.caller(), () -> classes.addTeam(made.id(), "Eagles")).teams().getFirst().id();
        callers.run(teacher.caller(), () -> classes.addTeam(made.id(), "Owls"));
        callers.run(teacher.caller(), () -> classes.placeInTeam(made.id(), ann.id(), eagles));
        var assigned = callers.as(teacher.caller(), () -> assignments.assign(new AssignmentCommand(made.id(), motion,
                BriefSide.PRO, null, eagles, LocalDate.now().plusDays(1), "")));
        long briefId = callers.as(ann.caller(), () -> briefs.startAssignment(assigned.id())).id();

        SignedIn.as(ann.id(), Role.STUDENT);
        var own = controller.pdf(String.valueOf(briefId));
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (var pdf = Loader.loadPDF(own.getBody())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Team: Eagles");
        }
        SignedIn.as(teacher.id(), Role.TEACHER);
        assertThat(controller.docx(String.valueOf(briefId)).getStatusCode()).isEqualTo(HttpStatus.OK);
        SignedIn.as(bob.id(), Role.STUDENT); // same class, not on the team
        assertThat(controller.pdf(String.valueOf(briefId)).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(controller.docx(String.valueOf(briefId)).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void nobodySignedInIsSentToSignIn() throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/briefs/1/export.pdf")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void theStyleSheetsServeTheSignInPageToo() throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/styles/casebook.css")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(".cb-page");
    }

    private AccountSummary student(String username) {
        Accounts.ensure(accounts, username, username, Role.STUDENT);
        return Accounts.summary(accounts, username);
    }
}
