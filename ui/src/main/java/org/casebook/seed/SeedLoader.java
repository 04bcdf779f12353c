package org.casebook.seed;

import java.util.concurrent.atomic.AtomicBoolean;
import org.casebook.account.Caller;
import org.casebook.account.Callers;
import org.casebook.article.ArticleIngestion;
import org.casebook.article.BoardService;
import org.casebook.article.ArticleService;
import org.casebook.article.ImportResult;
import org.casebook.brief.BriefService;
import org.casebook.motion.MotionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Fills an empty library with the sample articles and motion, in a background thread once the application is up,
 * so the first page does not wait for the model. "Empty" means holding nothing but seeds: a start interrupted
 * half-way through seeding completes it next time, and a library with the user's own articles is never touched.
 * Importing is idempotent by content hash, so restarts never duplicate. On the start that imports the seeds, a
 * sample brief for the sample motion is built from them ({@link SampleBrief}), unless the motion has a brief.
 * Seeding runs as the application itself: the sample articles belong to nobody (a library every account reads) and
 * the sample brief is given to the first teacher account when it is created.
 */
@Component
@ConditionalOnProperty(name = "casebook.seeds.enabled", havingValue = "true", matchIfMissing = true)
public class SeedLoader {
    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private final ArticleIngestion ingestion;
    private final ArticleService articles;
    private final MotionService motions;
    private final BriefService briefs;
    private final BoardService boards;
    private final Callers callers;
    private final AtomicBoolean running = new AtomicBoolean();

    SeedLoader(ArticleIngestion ingestion, ArticleService articles, MotionService motions, BriefService briefs,
            BoardService boards, Callers callers) {
        this.callers = callers;
        this.briefs = briefs;
        this.boards = boards;
        this.ingestion = ingestion;
        this.articles = articles;
        this.motions = motions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        running.set(true);
        Thread.ofPlatform().name("casebook-seeds").daemon().start(() -> {
            try {
                callers.run(Caller.SYSTEM, this::seed);
            } catch (RuntimeException e) {
                log.error("Importing the sample library failed", e);
            } finally {
                running.set(false);
            }
        });
    }

    /** True while the sample library is being imported. */
    public boolean isRunning() {
        return running.get();
    }

    void seed() {
        SeedCatalog catalog = SeedCatalog.load();
        if (articles.holdsOtherThan(catalog.contents())) {
            return;
        }
        var motion = motions.findOrCreate(catalog.motion());
        boolean imported = false;
        for (SeedCatalog.SeedArticle seed : catalog.articles()) {
            ImportResult result = ingestion.importArticle(seed.content(), seed.location());
            if (result.status() == ImportResult.Status.IMPORTED) {
                imported = true;
                log.info("Sample article {}: {}", seed.location(), result.message());
            } else if (result.status() == ImportResult.Status.FAILED) {
                log.warn("Sample article {} not imported: {}", seed.location(), result.message());
            }
        }
        if (imported && briefs.briefs().stream().noneMatch(b -> Long.valueOf(motion.id()).equals(b.motionId()))) {
            var brief = SampleBrief.build(briefs, boards, motion);
            log.info("Sample brief \"{}\" with {} entries", brief.title(), brief.entries().size());
        }
    }
}
