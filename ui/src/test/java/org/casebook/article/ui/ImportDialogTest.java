package org.casebook.article.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.RouterLink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kotlin.jvm.functions.Function0;
import org.casebook.article.ImportRequest;
import org.casebook.article.LibraryImport;
import org.casebook.base.ui.ErrorView;
import org.casebook.base.ui.NotFoundView;
import org.casebook.testdb.UsesTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The import dialog without a browser but with the real import service, database and model: what a person sees
 * while and after importing pasted text and a zip with a bad file, and how bad input is refused before any work.
 */
@SpringBootTest(properties = "casebook.seeds.enabled=false")
@UsesTestDatabase
class ImportDialogTest {
    private static Routes routes;

    @Autowired ApplicationContext context;
    @Autowired LibraryImport imports;
    @Autowired JdbcTemplate jdbc;
    @Autowired org.casebook.account.AccountService accounts;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes(Set.<Class<? extends Component>>of(LibraryView.class, ArticleView.class),
                Set.<Class<? extends HasErrorParameter<?>>>of(NotFoundView.class, ErrorView.class), true);
    }

    @BeforeEach
    void noImportsYet() {
        jdbc.execute("truncate table import_jobs cascade");
    }

    @AfterEach
    void closeUi() {
        MockVaadin.tearDown();
    }

    @Test
    void importsPastedTextInTheBackgroundAndLinksToTheNewArticle() {
        var dialog = openDialog();
        String title = "Uniform policy " + System.nanoTime();
        _setValue(dialog.pasteTitle, title);
        _setValue(dialog.pasteText, "School uniforms reduce bullying, and the teachers in the district say that it"
                + " is because the children can no longer be judged by what they wear. " + System.nanoTime());
        _click(dialog.importText);

        assertThat(dialog.pasteText.getValue()).isEmpty();
        waitUntilDone(dialog);
        assertThat(dialog.progressLabel.getText()).startsWith("Done: 1 imported");
        assertThat(lines(dialog)).singleElement().asString().startsWith("pasted: " + title).contains("Imported");
        assertThat(LocatorJ._find(dialog.results, RouterLink.class)).singleElement()
                .satisfies(link -> assertThat(link.getHref()).startsWith("articles/"));
    }

    @Test
    void theResultsAreStillThereAfterLeavingTheLibraryAndInANewSession() {
        var dialog = openDialog();
        _setValue(dialog.pasteText, "Congestion charges cut traffic in the city centre within a year, and the "
                + "shops there did not lose trade. " + System.nanoTime());
        _click(dialog.importText);
        waitUntilDone(dialog);
        dialog.close();

        UI.getCurrent().navigate(com.vaadin.flow.router.RouteConfiguration.forSessionScope()
                .getUrl(ArticleView.class, new com.vaadin.flow.router.RouteParameters(ArticleView.ID, "1")));
        UI.getCurrent().navigate(LibraryView.class);
        var view = LocatorJ._get(LibraryView.class);

        assertThat(view.importDialog).isNotSameAs(dialog);
        assertThat(view.importStatus.getText()).startsWith("Done: 1 imported");
        assertThat(lines(view.importDialog)).singleElement().asString().startsWith("pasted").contains("Imported");

        MockVaadin.tearDown(); // another browser session, as after a restart: the results come from the database
        var again = openDialog();
        assertThat(lines(again)).singleElement().asString().startsWith("pasted").contains("Imported");
        _click(again.clearResults);
        assertThat(lines(again)).isEmpty();
        MockVaadin.tearDown();
        assertThat(lines(openDialog())).isEmpty();
    }

    @Test
    void aJobTheApplicationWasRunningWhenItStoppedFinishesAfterTheRestartAndShowsItsResults() {
        // As a killed application leaves it: the job RUNNING, one item RUNNING, one still PENDING.
        org.casebook.browser.Accounts.ensureTeacher(accounts);
        var teacher = org.casebook.browser.Accounts.summary(accounts, org.casebook.browser.Accounts.TEACHER);
        long jobId = jdbc.queryForObject("""
                insert into import_jobs (id, owner_id, owner_role, created_at, status, item_count, imported_count,
                    duplicate_count, failed_count, cleared, version)
                values (nextval('import_jobs_seq'), ?, 'TEACHER', now(), 'RUNNING', 2, 0, 0, 0, false, 0) returning id
                """, Long.class, teacher.id());
        String insertItem = """
                insert into import_items (id, job_id, position, name, kind, title, content, status, version)
                values (nextval('import_items_seq'), ?, ?, ?, 'PASTE', '', ?, ?, 0)
                """;
        jdbc.update(insertItem, jobId, 0, "pasted text", ("Night buses make city centres safer, and the police say "
                + "that fights fell when the last bus left later. " + System.nanoTime())
                .getBytes(StandardCharsets.UTF_8), "RUNNING");
        jdbc.update(insertItem, jobId, 1, "pasted: nothing", "   ".getBytes(StandardCharsets.UTF_8), "PENDING");

        imports.resume(); // what the application does when it starts
        var dialog = openDialog();
        waitUntilDone(dialog);

        assertThat(lines(dialog)).hasSize(2);
        assertThat(lines(dialog).get(0)).matches("pasted text Imported with \\d+ units?");
        assertThat(lines(dialog).get(1)).isEqualTo("pasted: nothing Failed: there is no text to import");
        assertThat(dialog.progressLabel.getText()).isEqualTo(
                "Done: 1 imported, 0 already in the library, 1 failed");
    }


    @Test
    void reportsEachFileOfAZipAndWhyTheBadOneFailed() {
        var dialog = openDialog();
        dialog.importFiles(List.of(new ImportRequest.File("batch.zip", zip(
                "good.txt", "Carbon taxes cut emissions quickly, and the tax that Sweden has had since the nineties"
                        + " is the proof of it. " + System.nanoTime(),
                "bad.pdf", "%PDF-1.7 not really a PDF"))));

        waitUntilDone(dialog);
        assertThat(lines(dialog)).hasSize(3);
        assertThat(lines(dialog).get(0)).contains("Unpacked: 2 files");
        assertThat(lines(dialog).get(1)).startsWith("batch.zip/good.txt").contains("Imported");
        assertThat(lines(dialog).get(2)).startsWith("batch.zip/bad.pdf").contains("Failed: ")
                .doesNotContain("Exception");
        assertThat(dialog.progressLabel.getText()).contains("1 imported").contains("1 failed");
    }

    @Test
    void refusesAnEmptyPasteAndAnAddressThatIsNotOneWithoutStartingAnything() {
        var dialog = openDialog();
        _click(dialog.importText);
        assertThat(dialog.pasteText.isInvalid()).isTrue();

        _setValue(dialog.url, "not a web address");
        _click(dialog.importUrl);
        assertThat(dialog.url.isInvalid()).isTrue();
        assertThat(dialog.url.getErrorMessage()).contains("http");
        assertThat(dialog.running()).isFalse();
        assertThat(dialog.progress.isVisible()).isFalse();
    }

    private ImportDialog openDialog() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
        // A real account: what is imported records its owner.
        org.casebook.browser.Accounts.ensureTeacher(accounts);
        var teacher = org.casebook.browser.Accounts.summary(accounts, org.casebook.browser.Accounts.TEACHER);
        org.casebook.account.ui.SignedIn.as(teacher.id(), teacher.role());
        UI.getCurrent().navigate(LibraryView.class);
        var view = LocatorJ._get(LibraryView.class);
        _click(view.importButton);
        assertThat(view.importDialog.isOpened()).isTrue();
        return view.importDialog;
    }

    /** What the polling does in the app: updates the dialog until every batch is finished. */
    private static void waitUntilDone(ImportDialog dialog) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (dialog.running()) {
            assertThat(Instant.now()).as("import finished in time").isBefore(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        dialog.update();
    }

    private static List<String> lines(ImportDialog dialog) {
        return dialog.results.getChildren().filter(c -> c.hasClassName("cb-import-item"))
                .map(line -> String.join(" ", line.getChildren().filter(Span.class::isInstance)
                        .map(c -> ((Span) c).getText()).toList()))
                .toList();
    }

    private static byte[] zip(String... namesAndTexts) {
        try (var out = new ByteArrayOutputStream()) {
            try (var zip = new ZipOutputStream(out)) {
                for (int i = 0; i < namesAndTexts.length; i += 2) {
                    zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
                    zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
