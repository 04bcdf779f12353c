package org.casebook.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.article.ImportFiles.utf8;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import org.casebook.article.ImportProgress.Item;
import org.casebook.article.ImportResult.Status;
import org.casebook.testdb.UsesTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Imports through the background executor on real PostgreSQL with the real model: every format, zips, paste. */
@SpringBootTest
@UsesTestDatabase
class LibraryImportIT {
    @Autowired LibraryImport imports;
    @Autowired ArticleService articles;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void emptyLibrary() {
        LibraryCleaner.empty(jdbc);
    }

    @Test
    void importsEachReadableFormatFromBytes() {
        var progress = finish(imports.start(List.of(
                new ImportRequest.File("plain.txt", utf8("""
                        Foreign aid reduces migration from Central America. Studies of violence prevention show it.

                        Critics say the money is wasted on corrupt officials. The evidence is mixed.
                        """)),
                new ImportRequest.File("notes.md", utf8("""
                        # Tariffs raise prices

                        Tariffs on steel raise prices for American manufacturers. Economists agree on that.
                        """)),
                new ImportRequest.File("page.html", ImportFiles.html("Schools need funding",
                        "Public schools need more funding to hire teachers. Class sizes have grown every year.")),
                new ImportRequest.File("report.docx", ImportFiles.docx(
                        "Nuclear power is the safest source of energy that we have, and it should be expanded.",
                        "The deaths per unit of energy are lower than they are for coal, for oil or for gas.")),
                new ImportRequest.File("study.pdf", ImportFiles.pdf(
                        "A higher minimum wage is the best way to reduce the poverty of working families.",
                        "A study of twenty states found that there were fewer families below the line after it rose.")))));

        assertThat(progress.items()).allSatisfy(i -> assertThat(result(i).status()).as(result(i).toString())
                .isEqualTo(Status.IMPORTED));
        assertThat(progress.items()).extracting(i -> result(i).location())
                .containsExactly("plain.txt", "notes.md", "page.html", "report.docx", "study.pdf");
        assertThat(count("articles")).isEqualTo(5);
        var html = articles.details(result(progress.items().get(2)).articleId()).orElseThrow();
        assertThat(html.body()).contains("Public schools need more funding").doesNotContain("alert", "<p>");
    }

    @Test
    void importsAZipReportingItsBadFileAndSkippingFoldersAndHiddenFiles() {
        var files = new LinkedHashMap<String, byte[]>();
        files.put("articles/", new byte[0]);
        files.put("articles/one.txt", utf8("Carbon taxes cut emissions quickly. Sweden's tax shows it."));
        files.put("articles/two.md", utf8("# Rent control\n\nRent control reduces the supply of housing over time."));
        files.put("articles/broken.pdf", utf8("%PDF-1.7 this is not really a PDF at all"));
        files.put("articles/.DS_Store", utf8("junk"));
        files.put("__MACOSX/articles/._one.txt", utf8("junk"));
        files.put("../escape.txt", utf8("Climbing out of the archive is refused."));

        var progress = finish(imports.start(List.of(new ImportRequest.File("batch.zip", ImportFiles.zip(files)))));

        assertThat(progress.items().getFirst().note()).isEqualTo("unpacked: 4 files");
        var results = progress.items().stream().skip(1).map(LibraryImportIT::result).toList();
        assertThat(results).extracting(ImportResult::location).containsExactly("batch.zip/articles/one.txt",
                "batch.zip/articles/two.md", "batch.zip/articles/broken.pdf", "batch.zip/../escape.txt");
        assertThat(results).extracting(ImportResult::status)
                .containsExactly(Status.IMPORTED, Status.IMPORTED, Status.FAILED, Status.FAILED);
        assertThat(results.get(2).message()).isNotBlank().doesNotContain("Exception", "\tat ");
        assertThat(results.get(3).message()).contains("unsafe path");
        assertThat(count("articles")).isEqualTo(2);
    }

    @Test
    void reportsAFileThatIsNoZipAndDuplicatesAndImportsPastedTextWithItsTitle() {
        byte[] text = utf8("School uniforms reduce bullying. Principals in Ohio reported fewer incidents.");
        var progress = finish(imports.start(List.of(
                new ImportRequest.File("not-a.zip", utf8("plain words, not an archive")),
                new ImportRequest.File("first.txt", text),
                new ImportRequest.File("again.txt", text),
                new ImportRequest.Text("Uniforms help", "School uniforms reduce bullying, teachers say. It works."),
                new ImportRequest.Text("", "   "),
                new ImportRequest.Url("ftp://example.org/a.txt"))));

        assertThat(progress.items()).extracting(i -> result(i).status()).containsExactly(Status.FAILED,
                Status.IMPORTED, Status.DUPLICATE, Status.IMPORTED, Status.FAILED, Status.FAILED);
        var pasted = articles.details(result(progress.items().get(3)).articleId()).orElseThrow();
        assertThat(pasted.title()).isEqualTo("Uniforms help");
        assertThat(result(progress.items().get(5)).message()).contains("http");
    }

    private static ImportResult result(Item item) {
        return Objects.requireNonNull(item.result(), () -> item.label() + " has no result");
    }

    private ImportProgress finish(long jobId) {
        return finish(imports, jobId);
    }

    /** Waits until the stored job is finished and returns it as stored. */
    static ImportProgress finish(LibraryImport imports, long jobId) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (!imports.progress(jobId).orElseThrow().finished()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("import did not finish: " + imports.progress(jobId));
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        return imports.progress(jobId).orElseThrow();
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
