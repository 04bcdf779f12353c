package org.casebook.article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.casebook.account.Callers;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Imports what a person hands the library (files, zips of files, pasted text, web addresses) as background jobs
 * that survive a restart. {@link #start} stores the job with every request's raw input in one transaction, before
 * any work, and returns its id at once; the import executor then settles the items one at a time through
 * {@link ArticleIngestion}, each item's outcome committed in the same transaction as the article it produced (so a
 * crash never half-imports), and idempotent by content hash (so running an interrupted item again never
 * duplicates). When the application starts, jobs left QUEUED or RUNNING are resumed. A failure of one item never
 * stops the others. Progress and results are read from the database ({@link #progress}, {@link #recent}).
 * Thread-safe.
 */
@Service
public class LibraryImport {
    private static final Logger log = LoggerFactory.getLogger(LibraryImport.class);
    static final long MAX_ENTRY_BYTES = 20L * 1024 * 1024;
    static final long MAX_ARCHIVE_BYTES = 200L * 1024 * 1024;
    static final int MAX_ARCHIVE_FILES = 2000;

    private final ArticleIngestion ingestion;
    private final ImportJobs jobs;
    private final Executor executor;
    private final Callers callers;
    private final ZipArchive zips = new ZipArchive(MAX_ENTRY_BYTES, MAX_ARCHIVE_BYTES, MAX_ARCHIVE_FILES);

    LibraryImport(ArticleIngestion ingestion, ImportJobs jobs,
            @Qualifier(ImportConfiguration.EXECUTOR) Executor executor, Callers callers) {
        this.callers = callers;
        this.ingestion = ingestion;
        this.jobs = jobs;
        this.executor = executor;
    }

    /**
     * Stores {@code requests} as one job of the caller (committed before this returns) and queues it on the import
     * executor, where it runs as the caller (who owns what is imported). Returns the job's id. Nobody signed in:
     * refused; an empty list is an {@link IllegalArgumentException}.
     */
    public long start(List<ImportRequest> requests) {
        var caller = callers.require();
        if (requests.isEmpty()) {
            throw new IllegalArgumentException("There is nothing to import.");
        }
        long jobId = jobs.create(caller, requests);
        executor.execute(() -> callers.run(caller, () -> run(jobId)));
        return jobId;
    }

    /** Where the caller's job {@code jobId} stands, as stored; empty for an unknown job or someone else's. */
    public Optional<ImportProgress> progress(long jobId) {
        return callers.current().flatMap(caller -> jobs.progress(jobId, caller));
    }

    /**
     * The caller's most recent jobs nobody cleared (at most 20), oldest first, as stored: the same after a restart.
     * Nobody signed in: none.
     */
    public List<ImportProgress> recent() {
        return callers.current().map(jobs::recent).orElse(List.of());
    }

    /** Forgets the caller's finished jobs in {@link #recent()} (their articles stay); running ones stay. */
    public void clearFinished() {
        callers.current().ifPresent(jobs::clearFinished);
    }

    /**
     * Queues every job a stopped application left QUEUED or RUNNING; their items still PENDING run, and an item it
     * was running when it stopped runs again (idempotent by content hash). Runs when the application starts.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void resume() {
        List<ImportJobs.Resumable> unfinished = jobs.resumable();
        if (!unfinished.isEmpty()) {
            log.info("Resuming {} import job(s) left unfinished: {}", unfinished.size(),
                    unfinished.stream().map(ImportJobs.Resumable::jobId).toList());
        }
        unfinished.forEach(job -> executor.execute(() -> callers.run(job.owner(), () -> run(job.jobId()))));
    }

    /**
     * Settles the job's items one by one until none is left; running a finished job again does nothing, and two
     * workers on one job share its items (the last to finish marks it DONE).
     */
    void run(long jobId) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Optional<ImportJobs.Next> next = jobs.next(jobId);
                if (next.isEmpty()) {
                    if (jobs.settled(jobId)) {
                        jobs.finish(jobId, ImportProgress.Status.DONE);
                    }
                    return;
                }
                settle(next.get());
            }
            // shutting down: the job stays RUNNING and is resumed at the next start
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                return; // stopped by a shutdown, not failed: resumed at the next start
            }
            log.error("Import job {} stopped", jobId, e);
            try {
                jobs.finish(jobId, ImportProgress.Status.FAILED);
            } catch (RuntimeException again) {
                log.warn("Import job {} could not be marked failed; it is resumed at the next start", jobId, again);
            }
        }
    }

    private void settle(ImportJobs.Next next) {
        ImportRequest request = next.request();
        @Nullable ImportResult result;
        try {
            result = switch (request) {
                case ImportRequest.File file when ZipArchive.isZip(file.name()) -> unpack(next.itemId(), file);
                case ImportRequest.File file -> ingestion.importArticle(file.content(), file.name(),
                        imported -> jobs.settle(next.itemId(), imported));
                case ImportRequest.Text text -> importText(next.itemId(), text);
                case ImportRequest.Url url -> ingestion.importUrl(url.url(),
                        imported -> jobs.settle(next.itemId(), imported));
            };
        } catch (RuntimeException e) {
            log.warn("Import of {} failed", request.label(), e);
            result = ImportResult.failed(request.label(), "could not be imported (an unexpected error)");
        }
        if (result != null) {
            jobs.settle(next.itemId(), result); // a no-op when the article's transaction settled it already
        }
    }

    /** Unpacks the archive into items of their own; null when it was, else why it could not be. */
    private @Nullable ImportResult unpack(long itemId, ImportRequest.File zip) {
        try {
            jobs.unpacked(itemId, zips.unpack(zip.content()));
            return null;
        } catch (IOException e) {
            return ImportResult.failed(zip.name(), String.valueOf(e.getMessage()));
        }
    }

    private ImportResult importText(long itemId, ImportRequest.Text text) {
        if (text.text().isBlank()) {
            return ImportResult.failed(text.label(), "there is no text to import");
        }
        String title = text.title().strip().replaceAll("\\s+", " ");
        // As Markdown, so a given title becomes the article's title.
        String markdown = title.isEmpty() ? text.text() : "# " + title + "\n\n" + text.text();
        return ingestion.importArticle(markdown.getBytes(StandardCharsets.UTF_8),
                title.isEmpty() ? "pasted.md" : "pasted/" + slug(title) + ".md",
                imported -> jobs.settle(itemId, imported));
    }

    private static String slug(String title) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "text" : slug.substring(0, Math.min(60, slug.length()));
    }
}
