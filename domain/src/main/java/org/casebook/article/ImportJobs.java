package org.casebook.article;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.casebook.account.Caller;
import org.casebook.article.ImportProgress.State;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stored state of import jobs: every change is one short transaction (none spans an analysis), and each method
 * leaves the job consistent, so the worker can stop between any two calls and carry on after a restart.
 * Thread-safe.
 */
@Component
class ImportJobs {
    /** How many jobs the progress list shows at most. */
    static final int RECENT = 20;

    private final ImportJobRepository jobs;
    private final ImportItemRepository items;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ImportJobs(ImportJobRepository jobs, ImportItemRepository items, PlatformTransactionManager transactions,
            Clock clock) {
        this.jobs = jobs;
        this.items = items;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Stores a job of {@code owner} and every request's raw input in one transaction; returns the job's id. */
    long create(Caller owner, List<ImportRequest> requests) {
        return Objects.requireNonNull(transaction.execute(status -> {
            ImportJob job = jobs.saveAndFlush(new ImportJob(owner, requests.size(), clock.instant()));
            for (int i = 0; i < requests.size(); i++) {
                items.save(ImportItem.of(job.id(), i, requests.get(i)));
            }
            return job.id();
        }));
    }

    /**
     * The next PENDING item of {@code jobId}, marked RUNNING (and the job with it), or empty when none is left. Two
     * workers never get the same item.
     */
    Optional<Next> next(long jobId) {
        return Objects.requireNonNull(transaction.execute(status -> items.claimNextPendingId(jobId).map(id -> {
            ImportItem item = items.findById(id).orElseThrow();
            item.running();
            jobs.findLocked(jobId).orElseThrow().running();
            return new Next(item.id(), item.request());
        })));
    }

    /** True once none of the job's items is PENDING or RUNNING any more. */
    boolean settled(long jobId) {
        return items.findNextUnsettledId(jobId).isEmpty();
    }

    /**
     * Ids of the jobs a stopped application left QUEUED or RUNNING, oldest first; their items it left RUNNING are
     * PENDING again, to run again (importing is idempotent by content hash). Call once, when the application starts.
     */
    List<Resumable> resumable() {
        return Objects.requireNonNull(transaction.execute(status -> {
            items.releaseRunning();
            return jobs.findUnfinished().stream().map(job -> new Resumable(job.id(), job.owner())).toList();
        }));
    }

    /** A job to resume and who it runs as. */
    record Resumable(long jobId, Caller owner) {}

    /** An item to run: its id and its request rebuilt from the stored raw input. */
    record Next(long itemId, ImportRequest request) {}

    /** Records {@code result} for the item; joins the caller's transaction when there is one. */
    void settle(long itemId, ImportResult result) {
        transaction.executeWithoutResult(status -> {
            ImportItem item = items.findById(itemId).orElseThrow();
            if (item.status().settled()) {
                return; // settled already (a second run of the same item): count it once
            }
            item.settle(result);
            jobs.findLocked(item.jobId()).orElseThrow().settled(item.status());
            items.flush();
        });
    }

    /** Replaces an archive item by its files, one item each, appended to the job, in one transaction. */
    void unpacked(long itemId, List<ZipArchive.Entry> entries) {
        transaction.executeWithoutResult(status -> {
            ImportItem zip = items.findById(itemId).orElseThrow();
            if (zip.status().settled()) {
                return;
            }
            ImportJob job = jobs.findLocked(zip.jobId()).orElseThrow();
            int position = items.findLastPosition(job.id());
            for (ZipArchive.Entry entry : entries) {
                String name = zip.name() + "/" + entry.name();
                ImportItem file = entry.content() == null
                        ? ImportItem.refused(job.id(), ++position, name, String.valueOf(entry.problem()))
                        : ImportItem.file(job.id(), ++position, name, entry.content());
                items.save(file);
                job.settled(file.status());
            }
            job.grew(entries.size());
            zip.unpacked("unpacked: " + entries.size() + (entries.size() == 1 ? " file" : " files"));
        });
    }

    /**
     * Ends the job DONE or FAILED. A FAILED job's unsettled items fail with it (keeping their raw input), so no line
     * waits for ever.
     */
    void finish(long jobId, ImportProgress.Status end) {
        transaction.executeWithoutResult(status -> jobs.findLocked(jobId).ifPresent(job -> {
            if (job.finished()) {
                return;
            }
            if (end == ImportProgress.Status.FAILED) {
                Optional<Long> left;
                while ((left = items.findNextUnsettledId(jobId)).isPresent()) {
                    ImportItem item = items.findById(left.get()).orElseThrow();
                    item.settle(ImportResult.failed(item.name(),
                            "was not imported: the import stopped on an unexpected error"));
                    job.settled(item.status());
                    items.flush();
                }
            }
            job.finish(end, clock.instant());
        }));
    }

    /** The job as stored, when {@code caller} owns it. */
    Optional<ImportProgress> progress(long jobId, Caller caller) {
        return Objects.requireNonNull(transaction.execute(status -> jobs.findById(jobId)
                .filter(job -> job.ownedBy(caller))
                .map(job -> progressOf(List.of(job)).getFirst())));
    }

    /** The newest jobs of {@code caller} nobody cleared, at most {@link #RECENT}, oldest first. */
    List<ImportProgress> recent(Caller caller) {
        return Objects.requireNonNull(transaction.execute(status -> {
            List<ImportJob> recent = new ArrayList<>(recentJobs(caller));
            recent.sort(Comparator.comparingLong(ImportJob::id));
            return progressOf(recent);
        }));
    }

    void clearFinished(Caller caller) {
        transaction.executeWithoutResult(status -> recentJobs(caller).forEach(ImportJob::clear));
    }

    private List<ImportJob> recentJobs(Caller caller) {
        return caller.system() ? jobs.findRecentOfTheApplication(Limit.of(RECENT))
                : jobs.findRecent(caller.accountId(), Limit.of(RECENT));
    }

    private List<ImportProgress> progressOf(List<ImportJob> of) {
        if (of.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ImportLine>> lines = items.findLines(of.stream().map(ImportJob::id).toList()).stream()
                .collect(Collectors.groupingBy(ImportLine::jobId));
        return of.stream().map(job -> new ImportProgress(job.id(), job.createdAt(), job.status(), job.finishedAt(),
                lines.getOrDefault(job.id(), List.of()).stream().map(ImportJobs::item).toList())).toList();
    }

    private static ImportProgress.Item item(ImportLine line) {
        String message = Objects.requireNonNullElse(line.message(), "");
        return switch (line.status()) {
            case PENDING -> new ImportProgress.Item(line.name(), State.WAITING, null, null);
            case RUNNING -> new ImportProgress.Item(line.name(), State.RUNNING, null, null);
            case UNPACKED -> new ImportProgress.Item(line.name(), State.DONE, null, message);
            case IMPORTED -> done(line, new ImportResult(ImportResult.Status.IMPORTED, line.name(),
                    line.articleId(), message));
            case DUPLICATE -> done(line, ImportResult.duplicate(line.name(), line.articleId()));
            case FAILED -> done(line, ImportResult.failed(line.name(), message));
        };
    }

    private static ImportProgress.Item done(ImportLine line, ImportResult result) {
        return new ImportProgress.Item(line.name(), State.DONE, result, null);
    }
}
