package org.casebook.article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * Imports what a person hands the library (files, zips of files, pasted text, web addresses) in the background, on
 * the import executor, one article at a time through {@link ArticleIngestion} (one transaction per article, so
 * nothing is half-saved, and idempotent by content hash). {@link #start} returns at once with an {@link ImportJob} to
 * watch. A failure of one file never stops the others. Thread-safe.
 */
@Service
public class LibraryImport {
    private static final Logger log = LoggerFactory.getLogger(LibraryImport.class);
    static final long MAX_ENTRY_BYTES = 20L * 1024 * 1024;
    static final long MAX_ARCHIVE_BYTES = 200L * 1024 * 1024;
    static final int MAX_ARCHIVE_FILES = 2000;

    private final ArticleIngestion ingestion;
    private final Executor executor;
    private final org.casebook.account.Callers callers;
    private final ZipArchive zips = new ZipArchive(MAX_ENTRY_BYTES, MAX_ARCHIVE_BYTES, MAX_ARCHIVE_FILES);

    LibraryImport(ArticleIngestion ingestion, @Qualifier(ImportConfiguration.EXECUTOR) Executor executor,
            org.casebook.account.Callers callers) {
        this.callers = callers;
        this.ingestion = ingestion;
        this.executor = executor;
    }

    /**
     * Queues {@code requests} and returns their job; the work happens on the import executor, as the caller (who
     * owns what is imported). Nobody signed in: refused.
     */
    public ImportJob start(List<ImportRequest> requests) {
        var caller = callers.require();
        var job = new ImportJob();
        List<Integer> slots = new ArrayList<>();
        for (ImportRequest request : requests) {
            slots.add(job.add(request.label()));
        }
        executor.execute(() -> callers.run(caller, () -> {
            try {
                for (int i = 0; i < requests.size(); i++) {
                    run(job, slots.get(i), requests.get(i));
                }
            } finally {
                job.finish();
            }
        }));
        return job;
    }

    private void run(ImportJob job, int slot, ImportRequest request) {
        job.running(slot);
        try {
            switch (request) {
                case ImportRequest.File file when ZipArchive.isZip(file.name()) -> unpack(job, slot, file);
                case ImportRequest.File file -> job.done(slot, ingestion.importArticle(file.content(), file.name()));
                case ImportRequest.Text text -> job.done(slot, importText(text));
                case ImportRequest.Url url -> job.done(slot, ingestion.importUrl(url.url()));
            }
        } catch (RuntimeException e) {
            log.warn("Import of {} failed", request.label(), e);
            job.done(slot, ImportResult.failed(request.label(), "could not be imported (an unexpected error)"));
        }
    }

    private void unpack(ImportJob job, int slot, ImportRequest.File zip) {
        List<ZipArchive.Entry> entries;
        try {
            entries = zips.unpack(zip.content());
        } catch (IOException e) {
            job.done(slot, ImportResult.failed(zip.name(), String.valueOf(e.getMessage())));
            return;
        }
        List<Integer> slots = entries.stream().map(e -> job.add(zip.name() + "/" + e.name())).toList();
        job.unpacked(slot, "unpacked: " + entries.size() + (entries.size() == 1 ? " file" : " files"));
        for (int i = 0; i < entries.size(); i++) {
            var entry = entries.get(i);
            String location = zip.name() + "/" + entry.name();
            job.running(slots.get(i));
            try {
                job.done(slots.get(i), entry.content() == null
                        ? ImportResult.failed(location, String.valueOf(entry.problem()))
                        : ingestion.importArticle(entry.content(), location));
            } catch (RuntimeException e) {
                log.warn("Import of {} failed", location, e);
                job.done(slots.get(i), ImportResult.failed(location, "could not be imported (an unexpected error)"));
            }
        }
    }

    private ImportResult importText(ImportRequest.Text text) {
        if (text.text().isBlank()) {
            return ImportResult.failed(text.label(), "there is no text to import");
        }
        String title = text.title().strip().replaceAll("\\s+", " ");
        // As Markdown, so a given title becomes the article's title.
        String markdown = title.isEmpty() ? text.text() : "# " + title + "\n\n" + text.text();
        return ingestion.importArticle(markdown.getBytes(StandardCharsets.UTF_8),
                title.isEmpty() ? "pasted.md" : "pasted/" + slug(title) + ".md");
    }

    private static String slug(String title) {
        String slug = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "text" : slug.substring(0, Math.min(60, slug.length()));
    }
}
