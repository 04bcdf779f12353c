package org.casebook.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.article.ImportFiles.utf8;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.casebook.account.AccountService;
import org.casebook.account.Caller;
import org.casebook.account.Callers;
import org.casebook.account.Role;
import org.casebook.account.SignUp;
import org.casebook.article.ImportProgress.State;
import org.casebook.article.ImportResult.Status;
import org.casebook.testdb.UsesTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Import jobs as stored in PostgreSQL: received before any work starts, resumed after a crash without duplicates,
 * a bad item failing alone with its reason and its raw input kept, and the results readable afterwards.
 */
@SpringBootTest
@UsesTestDatabase
class ImportJobsIT {
    @Autowired LibraryImport imports;
    @Autowired ImportJobs jobs;
    @Autowired ArticleIngestion ingestion;
    @Autowired @Qualifier(ImportConfiguration.EXECUTOR) Executor executor;
    @Autowired JdbcTemplate jdbc;
    @Autowired AccountService accounts;
    @Autowired Callers callers;

    @BeforeEach
    void emptyLibrary() {
        LibraryCleaner.empty(jdbc);
    }

    @Test
    void storesTheJobAndEveryRawInputBeforeAnyWorkStarts() throws InterruptedException {
        byte[] file = utf8("Wind farms lower electricity bills. The regulator's figures for 2024 show it clearly.");
        var busy = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        executor.execute(() -> { // the worker is busy, so nothing of the new job can have run yet
            busy.countDown();
            awaitQuietly(release);
        });
        assertThat(busy.await(1, TimeUnit.MINUTES)).isTrue();
        long jobId;
        try {
            jobId = imports.start(List.of(new ImportRequest.File("wind.txt", file),
                    new ImportRequest.Text("Wind", "Pasted words about wind farms."),
                    new ImportRequest.Url("ftp://example.org/wind.txt")));

            var rows = jdbc.queryForList("""
                    select name, kind, status, content, url from import_items where job_id = ? order by position
                    """, jobId);
            assertThat(rows).extracting(r -> r.get("status")).containsOnly("PENDING");
            assertThat(rows).extracting(r -> r.get("kind")).containsExactly("FILE", "PASTE", "URL");
            assertThat((byte[]) rows.get(0).get("content")).isEqualTo(file);
            assertThat((byte[]) rows.get(1).get("content")).isEqualTo(utf8("Pasted words about wind farms."));
            assertThat(rows.get(2).get("url")).isEqualTo("ftp://example.org/wind.txt");
            var queued = imports.progress(jobId).orElseThrow();
            assertThat(queued.status()).isEqualTo(ImportProgress.Status.QUEUED);
            assertThat(queued.items()).extracting(ImportProgress.Item::state).containsOnly(State.WAITING);
        } finally {
            release.countDown();
        }

        var done = LibraryImportIT.finish(imports, jobId);
        assertThat(done.status()).isEqualTo(ImportProgress.Status.DONE);
        assertThat(done.items()).extracting(i -> i.result().status())
                .containsExactly(Status.IMPORTED, Status.IMPORTED, Status.FAILED);
    }

    @Test
    void aJobInterruptedMidwayFinishesWhenResumedWithoutDuplicates() {
        byte[] first = utf8("Tolls cut congestion in the city centre. Bus journeys became faster within a month.");
        byte[] second = utf8("Free school meals improve attendance. Teachers in Leeds reported fewer absences.");
        byte[] third = utf8("Sugar taxes reduce consumption. Sales of sugary drinks fell by a tenth in Mexico.");
        // Received, and then the application stopped before the worker took it (not queued here).
        long jobId = jobs.create(Caller.SYSTEM, List.of(new ImportRequest.File("first.txt", first),
                new ImportRequest.File("second.txt", second), new ImportRequest.File("third.txt", third)));
        // The worker settled the first item, then was killed while the second ran (its article even committed).
        long firstItem = jobs.next(jobId).orElseThrow().itemId();
        ingestion.importArticle(first, "first.txt", imported -> jobs.settle(firstItem, imported));
        jobs.next(jobId).orElseThrow();
        long secondArticle = ingestion.importArticle(second, "second.txt").articleId();
        assertThat(jdbc.queryForList("select status from import_items where job_id = ? order by position",
                String.class, jobId)).containsExactly("IMPORTED", "RUNNING", "PENDING");

        imports.resume(); // what the next start does
        var progress = LibraryImportIT.finish(imports, jobId);

        assertThat(progress.status()).isEqualTo(ImportProgress.Status.DONE);
        assertThat(progress.items()).extracting(i -> i.result().status())
                .containsExactly(Status.IMPORTED, Status.DUPLICATE, Status.IMPORTED);
        assertThat(progress.items().get(1).result().articleId()).isEqualTo(secondArticle);
        assertThat(count("select count(*) from articles")).isEqualTo(3);
        assertThat(count("select count(distinct content_hash) from sources")).isEqualTo(3);
        assertThat(jdbc.queryForMap("""
                select item_count, imported_count, duplicate_count, failed_count from import_jobs where id = ?
                """, jobId)).containsAllEntriesOf(Map.of("item_count", 3, "imported_count", 2,
                "duplicate_count", 1, "failed_count", 0));
    }

    @Test
    void twoWorkersOnOneJobShareItsItemsAndImportEachOnce() throws Exception {
        String[] topics = {"libraries", "parks", "museums", "swimming pools", "youth clubs", "bus routes"};
        List<ImportRequest> requests = java.util.Arrays.stream(topics).map(topic -> (ImportRequest)
                new ImportRequest.Text("", "The council must keep funding " + topic + ", because visits rose by a "
                        + "fifth last year and residents say they rely on them.")).toList();
        long jobId = jobs.create(Caller.SYSTEM, requests);

        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            var first = pool.submit(() -> imports.run(jobId));
            var second = pool.submit(() -> imports.run(jobId));
            first.get(3, TimeUnit.MINUTES);
            second.get(3, TimeUnit.MINUTES);
        }

        var progress = imports.progress(jobId).orElseThrow();
        assertThat(progress.status()).isEqualTo(ImportProgress.Status.DONE);
        assertThat(progress.items()).extracting(i -> i.result().status()).containsOnly(Status.IMPORTED);
        assertThat(count("select count(*) from articles")).isEqualTo(topics.length);
        assertThat(count("select imported_count from import_jobs where id = " + jobId)).isEqualTo(topics.length);
    }

    @Test
    void aJobRunsAsWhoStartedItAlsoWhenResumedAndOnlyTheyListIt() {
        jdbc.execute("truncate table accounts cascade");
        Caller ann = accounts.createFirstTeacher(new SignUp("annjobs", "Ann", "correct horse", Role.TEACHER)).caller();
        Caller bob = accounts.signUp(new SignUp("bobjobs", "Bob", "password2", Role.STUDENT)).caller();
        long started = callers.as(ann, () -> imports.start(List.of(new ImportRequest.Text("",
                "Cities should plant more trees, because shade lowers summer temperatures by several degrees."))));
        // Bob's job as a stopped application left it: received, never run.
        long left = jobs.create(bob, List.of(new ImportRequest.Text("",
                "Schools should start later, because teenagers who sleep longer get better marks in exams.")));

        imports.resume();
        var annJob = callers.as(ann, () -> LibraryImportIT.finish(imports, started));
        var bobJob = callers.as(bob, () -> LibraryImportIT.finish(imports, left));

        assertThat(ownerOf(annJob)).isEqualTo(ann.accountId());
        assertThat(ownerOf(bobJob)).isEqualTo(bob.accountId());
        assertThat(callers.as(ann, () -> imports.recent())).extracting(ImportProgress::jobId).containsExactly(started);
        assertThat(callers.as(bob, () -> imports.progress(started))).isEmpty();
    }

    private long ownerOf(ImportProgress job) {
        long articleId = java.util.Objects.requireNonNull(job.items().getFirst().result().articleId());
        return jdbc.queryForObject("select s.owner_id from sources s join articles a on a.source_id = s.id "
                + "where a.id = ?", Long.class, articleId);
    }

    @Test
    void whatIsRecordedAlongsideAnArticleCommitsWithItOrNotAtAll() {
        byte[] text = utf8("Bike lanes make streets safer. Injuries fell after Paris built them.");

        var result = ingestion.importArticle(text, "bikes.txt", imported -> {
            throw new IllegalStateException("the item could not be recorded");
        });

        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(count("select count(*) from articles")).isZero();
        assertThat(ingestion.importArticle(text, "bikes.txt").status()).isEqualTo(Status.IMPORTED);
    }

    @Test
    void aFailingItemRecordsWhyKeepsItsInputAndTheOthersImport() {
        byte[] broken = utf8("%PDF-1.7 this is not really a PDF at all");
        long jobId = imports.start(List.of(
                new ImportRequest.File("good.txt", utf8("Rent caps protect tenants. Evictions in Berlin fell.")),
                new ImportRequest.File("broken.pdf", broken),
                new ImportRequest.Text("", "   "),
                new ImportRequest.File("other.md", utf8("# Metros\n\nMetros cut commuting times in big cities."))));

        var progress = LibraryImportIT.finish(imports, jobId);

        assertThat(progress.items()).extracting(i -> i.result().status())
                .containsExactly(Status.IMPORTED, Status.FAILED, Status.FAILED, Status.IMPORTED);
        assertThat(progress.items().get(1).result().message()).isNotBlank().doesNotContain("Exception", "\tat ");
        assertThat(progress.items().get(2).result().message()).contains("no text");
        var kept = jdbc.queryForList("select name, content from import_items where job_id = ? order by position",
                jobId);
        assertThat((byte[]) kept.get(0).get("content")).as("imported: the source holds the bytes").isNull();
        assertThat((byte[]) kept.get(1).get("content")).as("failed: nothing lost").isEqualTo(broken);
        assertThat(count("select count(*) from articles")).isEqualTo(2);
        assertThat(jdbc.queryForMap("select status, failed_count, finished_at from import_jobs where id = ?", jobId))
                .containsEntry("status", "DONE").containsEntry("failed_count", 2)
                .extractingByKey("finished_at").isNotNull();
    }

    @Test
    void finishedJobsStayReadableUntilClearedAndTheirArticlesStayAfterwards() {
        long jobId = imports.start(List.of(new ImportRequest.Text("Parks",
                "Cities must fund their parks, because children without gardens have nowhere to play.")));
        var finished = LibraryImportIT.finish(imports, jobId);

        assertThat(imports.recent()).singleElement().isEqualTo(finished);
        imports.clearFinished();

        assertThat(imports.recent()).isEmpty();
        assertThat(imports.progress(jobId)).contains(finished);
        assertThat(count("select count(*) from articles")).isEqualTo(1);
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
