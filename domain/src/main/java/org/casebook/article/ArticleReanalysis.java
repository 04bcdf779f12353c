package org.casebook.article;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import org.casebook.account.Access;
import org.casebook.account.Caller;
import org.casebook.account.Callers;
import org.casebook.ingest.IngestPipeline;
import org.casebook.ingest.model.Analysis;
import org.casebook.ingest.model.ArticleText;
import org.casebook.ingest.model.CounterPair;
import org.casebook.ingest.model.DetectedUnit;
import org.casebook.ingest.model.StanceLabel;
import org.casebook.ingest.model.TextSpan;
import org.casebook.ingest.source.ArticleReader;
import org.casebook.motion.MotionService;
import org.casebook.motion.MotionSummary;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Analyses a stored article again: runs the ingest pipeline on its stored text (units, stances towards every
 * active motion, counters inside it) and replaces what the pipeline found before, keeping every correction of a
 * person: units they made or corrected (role, speaker, boundaries, a stance) stay as they are and the pipeline's
 * units overlapping them are left out; units they deleted stay deleted; corrected stances are never overwritten.
 * Units found again at the same place keep their identity (cards cut from them stay linked). Boards are computed
 * again when next opened. The analysis runs before the transaction opens; the replacement is one transaction.
 * An unknown article is an {@link IllegalArgumentException}.
 *
 * <p>Each run is recorded as a {@link ReanalysisJob} (committed before the analysis starts, DONE or FAILED with a
 * message at the end); when the application starts, runs a stopped application left unfinished are run again on the
 * import executor ({@link #resume()}). Running one twice gives the same outcome. Thread-safe.
 */
@Service
public class ArticleReanalysis {
    private static final Logger log = LoggerFactory.getLogger(ArticleReanalysis.class);
    private final ArticleRepository articles;
    private final UnitStanceRepository stances;
    private final CounterLinkRepository counters;
    private final MotionBoardStateRepository boards;
    private final MotionService motions;
    private final ObjectProvider<IngestPipeline> pipeline;
    private final ArticleReader reader;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ReanalysisJobRepository jobs;
    private final Executor executor;
    private final Access access;
    private final Callers callers;

    ArticleReanalysis(ArticleRepository articles, UnitStanceRepository stances, CounterLinkRepository counters,
            MotionBoardStateRepository boards, MotionService motions, ObjectProvider<IngestPipeline> pipeline,
            ArticleReader reader, PlatformTransactionManager transactions, Clock clock, ReanalysisJobRepository jobs,
            @Qualifier(ImportConfiguration.EXECUTOR) Executor executor, Access access,
            Callers callers) {
        this.jobs = jobs;
        this.executor = executor;
        this.access = access;
        this.callers = callers;
        this.articles = articles;
        this.stances = stances;
        this.counters = counters;
        this.boards = boards;
        this.motions = motions;
        this.pipeline = pipeline;
        this.reader = reader;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Analyses the article again, for whoever may correct it (run it as that caller on a background thread). */
    public ReanalysisResult reanalyse(long articleId) {
        access.checkCorrects(callers.current(), articleId);
        long jobId = Objects.requireNonNull(transaction.execute(status -> {
            if (!articles.existsById(articleId)) {
                throw new IllegalArgumentException("There is no article " + articleId + ".");
            }
            return jobs.save(new ReanalysisJob(articleId, clock.instant())).id();
        }));
        return run(jobId, articleId);
    }

    /**
     * Runs again, on the import executor, every re-analysis a stopped application left unfinished: as the
     * application itself (maintenance), since the person who asked for it was allowed to when it was recorded.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void resume() {
        for (ReanalysisJob job : jobs.findUnfinished()) {
            log.info("Re-analysing article {} again: its run {} was left unfinished", job.articleId(), job.id());
            executor.execute(() -> {
                try {
                    callers.as(Caller.SYSTEM, () -> run(job.id(), job.articleId()));
                } catch (RuntimeException e) {
                    log.warn("Re-analysis {} of article {} failed", job.id(), job.articleId(), e);
                }
            });
        }
    }

    private ReanalysisResult run(long jobId, long articleId) {
        try {
            ReanalysisResult result = analyse(articleId);
            finish(jobId, ReanalysisJob.Status.DONE, "found " + result.found() + ", kept " + result.kept()
                    + ", added " + result.added() + ", removed " + result.removed());
            return result;
        } catch (RuntimeException e) {
            try {
                finish(jobId, ReanalysisJob.Status.FAILED, String.valueOf(e.getMessage()));
            } catch (RuntimeException notRecorded) {
                e.addSuppressed(notRecorded);
            }
            throw e;
        }
    }

    private void finish(long jobId, ReanalysisJob.Status end, String message) {
        transaction.executeWithoutResult(status -> jobs.findById(jobId) // gone when its article was deleted
                .ifPresent(job -> job.finish(end, message, clock.instant())));
    }

    private ReanalysisResult analyse(long articleId) {
        ArticleText text = Objects.requireNonNull(transaction.execute(status -> articles.findWithUnits(articleId)
                .map(article -> StoredText.of(article, reader))
                .orElseThrow(() -> new IllegalArgumentException("There is no article " + articleId + "."))));
        List<MotionSummary> active = motions.activeMotions();
        Analysis analysis = pipeline.getObject().analyse(text, active.stream().map(MotionSummary::text).toList());
        return Objects.requireNonNull(transaction.execute(status -> replace(articleId, analysis, active)));
    }

    private ReanalysisResult replace(long articleId, Analysis analysis, List<MotionSummary> active) {
        Article article = articles.findWithUnits(articleId)
                .orElseThrow(() -> new IllegalArgumentException("There is no article " + articleId + "."));
        counters.deleteTouchingArticle(articleId);
        Map<Long, List<UnitStance>> stancesOf = stances.findByArticle(articleId).stream()
                .collect(Collectors.groupingBy(st -> st.unit().id()));
        List<ArticleUnit> kept = new ArrayList<>();
        Map<TextSpan, ArticleUnit> machine = new HashMap<>();
        for (ArticleUnit unit : article.units()) {
            boolean corrected = stancesOf.getOrDefault(unit.id(), List.of()).stream()
                    .anyMatch(UnitStance::correctedByPerson);
            if (unit.humanMade() || unit.humanEdited() || corrected) {
                kept.add(unit);
            } else {
                machine.put(unit.span(), unit);
            }
        }
        List<DetectedUnit> found = analysis.units();
        @Nullable ArticleUnit[] mapped = new ArticleUnit[found.size()];
        int added = 0;
        int stillDeleted = 0;
        for (int i = 0; i < found.size(); i++) {
            DetectedUnit d = found.get(i);
            if (article.deletedByPerson(d.span())) {
                stillDeleted++;
                continue;
            }
            ArticleUnit person = kept.stream().filter(k -> overlaps(k.span(), d.span())).findFirst().orElse(null);
            if (person != null) {
                mapped[i] = person.span().equals(d.span()) ? person : null; // the person's version stands
                continue;
            }
            ArticleUnit same = machine.remove(d.span());
            if (same != null) {
                same.refresh(d, analysis.vectors().get(i));
                mapped[i] = same;
            } else {
                mapped[i] = article.addDetectedUnit(d, analysis.vectors().get(i));
                added++;
            }
        }
        for (ArticleUnit gone : machine.values()) {
            stances.deleteAll(stancesOf.getOrDefault(gone.id(), List.of()));
            article.units().stream().filter(u -> u.supports() == gone).forEach(u -> u.markSupporting(null));
            article.dropUnit(gone);
        }
        for (int i = 0; i < found.size(); i++) {
            ArticleUnit unit = mapped[i];
            Integer target = found.get(i).supports();
            if (unit != null && !kept.contains(unit)) {
                ArticleUnit supported = target == null ? null : mapped[target];
                unit.markSupporting(supported == unit ? null : supported);
            }
        }
        article.renumber();
        article.reanalysed(analysis.provenance(), clock.instant());
        articles.saveAndFlush(article);
        storeStances(analysis, active, mapped, stancesOf);
        storeCounters(analysis, mapped);
        boards.markAllStale();
        return new ReanalysisResult(articleId, found.size(), kept.size(), added, machine.size(), stillDeleted);
    }

    private void storeStances(Analysis analysis, List<MotionSummary> active, @Nullable ArticleUnit[] mapped,
            Map<Long, List<UnitStance>> stancesOf) {
        for (int m = 0; m < active.size(); m++) {
            long motionId = active.get(m).id();
            for (StanceLabel label : analysis.stances().get(m)) {
                ArticleUnit unit = mapped[label.unit()];
                if (unit == null) {
                    continue;
                }
                UnitStance known = stancesOf.getOrDefault(unit.id(), List.of()).stream()
                        .filter(st -> st.motionId() == motionId).findFirst().orElse(null);
                if (known == null) {
                    stances.save(new UnitStance(unit, motionId, label.stance(), label.confidence()));
                } else {
                    known.reclassify(label.stance(), label.confidence());
                }
            }
        }
        stances.flush();
    }

    private void storeCounters(Analysis analysis, @Nullable ArticleUnit[] mapped) {
        java.util.Set<java.util.Set<Long>> linked = new java.util.HashSet<>();
        for (CounterPair pair : analysis.counters()) {
            ArticleUnit unit = mapped[pair.unit().unit()];
            ArticleUnit counter = mapped[pair.counter().unit()];
            if (unit != null && counter != null && unit != counter && linked.add(java.util.Set.of(unit.id(),
                    counter.id()))) {
                counters.save(new CounterLink(unit, counter, pair.basis(), pair.score()));
            }
        }
    }

    private static boolean overlaps(TextSpan a, TextSpan b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
