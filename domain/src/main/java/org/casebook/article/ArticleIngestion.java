package org.casebook.article;

import org.casebook.account.Caller;
import org.casebook.account.Callers;
import org.jspecify.annotations.Nullable;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLConnection;
import java.util.Locale;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.casebook.ingest.IngestPipeline;
import org.casebook.ingest.model.Analysis;
import org.casebook.ingest.model.ArticleText;
import org.casebook.ingest.model.CounterPair;
import org.casebook.ingest.model.StanceLabel;
import org.casebook.ingest.source.ArticleReader;
import org.casebook.ingest.source.FetchedDocument;
import org.casebook.ingest.source.ReaderSettings;
import org.casebook.ingest.source.UnreadableInputException;
import org.casebook.ingest.source.UrlFetcher;
import org.casebook.motion.MotionService;
import org.casebook.motion.MotionSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports one input into the library: reads it, has the pipeline analyse it (units, their stances towards every
 * motion not archived, counters inside it), then stores source, article, units, stances and counter links in one
 * transaction, so a failure leaves nothing behind. Idempotent by the SHA-256 of the bytes: importing the same bytes
 * again stores nothing and answers {@link ImportResult.Status#DUPLICATE}. Never throws for a bad input: the result
 * says why it failed. Thread-safe.
 *
 * <p>The analysis, which takes seconds, runs before the transaction opens, so no connection is held meanwhile.
 */
@Service
public class ArticleIngestion {
    private static final Logger log = LoggerFactory.getLogger(ArticleIngestion.class);

    private final ArticleReader reader;
    private final ObjectProvider<IngestPipeline> pipeline;
    private final MotionService motions;
    private final SourceRepository sources;
    private final ArticleRepository articles;
    private final UnitStanceRepository stances;
    private final CounterLinkRepository counters;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Callers callers;
    private final UrlFetcher fetcher = new UrlFetcher(ReaderSettings.defaults());

    ArticleIngestion(
            ArticleReader reader,
            ObjectProvider<IngestPipeline> pipeline,
            MotionService motions,
            SourceRepository sources,
            ArticleRepository articles,
            UnitStanceRepository stances,
            CounterLinkRepository counters,
            PlatformTransactionManager transactions,
            Clock clock,
            Callers callers) {
        this.callers = callers;
        this.reader = reader;
        this.pipeline = pipeline;
        this.motions = motions;
        this.sources = sources;
        this.articles = articles;
        this.stances = stances;
        this.counters = counters;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Fetches {@code url} (http or https, with the reader's timeouts and size cap) and imports what it serves, with
     * the address as its location. A bad address or a failed fetch is a {@link ImportResult.Status#FAILED} result.
     */
    public ImportResult importUrl(String url) {
        return importUrl(url, result -> {});
    }

    /** As {@link #importUrl(String)}; {@code alongside} as in {@link #importArticle(byte[], String, Consumer)}. */
    ImportResult importUrl(String url, Consumer<ImportResult> alongside) {
        String address = url.strip();
        URI uri;
        try {
            uri = new URI(address);
        } catch (URISyntaxException e) {
            return ImportResult.failed(address, "is not a web address");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            return ImportResult.failed(address, "is not a web address (it must start with http:// or https://)");
        }
        FetchedDocument document;
        try {
            document = fetcher.fetch(uri);
        } catch (UnreadableInputException e) {
            return ImportResult.failed(address, String.valueOf(e.getMessage()));
        }
        return importArticle(document.content(), address, alongside);
    }

    /**
     * Imports {@code content}; {@code location} (a file name, path or URL) is stored as provenance, and the caller
     * as the article's owner (the application itself: the shared sample library, owned by nobody).
     */
    public ImportResult importArticle(byte[] content, String location) {
        return importArticle(content, location, result -> {});
    }

    /**
     * As {@link #importArticle(byte[], String)}, and when the article is stored, {@code alongside} receives the
     * result inside the same transaction, so what it records commits with the article or not at all.
     */
    ImportResult importArticle(byte[] content, String location, Consumer<ImportResult> alongside) {
        Long owner = callers.current().filter(c -> !c.system()).map(Caller::accountId).orElse(null);
        String hash = ContentHash.of(content);
        if (sources.existsByContentHash(hash)) {
            return ImportResult.duplicate(location, articles.findIdByContentHash(hash).orElse(null));
        }
        ArticleText text;
        try {
            text = reader.read(content, location);
        } catch (UnreadableInputException e) {
            return ImportResult.failed(location, String.valueOf(e.getMessage()));
        }
        List<MotionSummary> active = motions.activeMotions();
        Analysis analysis;
        try {
            analysis = pipeline.getObject().analyse(text, active.stream().map(MotionSummary::text).toList());
        } catch (RuntimeException e) {
            log.warn("Analysis of {} failed", location, e);
            return ImportResult.failed(location, "the text could not be analysed: " + e.getMessage());
        }
        try {
            return Objects.requireNonNull(transaction.execute(status -> {
                Article article = store(content, location, analysis, active, owner);
                var imported = ImportResult.imported(location, article.id(), analysis.units().size());
                alongside.accept(imported);
                return imported;
            }));
        } catch (DataIntegrityViolationException e) {
            if (sources.existsByContentHash(hash)) { // imported concurrently by someone else
                return ImportResult.duplicate(location, articles.findIdByContentHash(hash).orElse(null));
            }
            log.warn("Storing {} failed", location, e);
            return ImportResult.failed(location, "the article could not be stored");
        } catch (RuntimeException e) {
            log.warn("Storing {} failed", location, e);
            return ImportResult.failed(location, "the article could not be stored");
        }
    }

    private Article store(byte[] content, String location, Analysis analysis, List<MotionSummary> active,
            @Nullable Long owner) {
        ArticleText text = analysis.article();
        var now = clock.instant();
        Source source = sources.saveAndFlush(new Source(content, location, mediaType(location), text.metadata(), now,
                owner));
        Article article = new Article(source, text.body(), analysis.provenance(), now);
        article.addUnits(analysis.units(), analysis.vectors());
        articles.saveAndFlush(article);
        for (int m = 0; m < active.size(); m++) {
            for (StanceLabel label : analysis.stances().get(m)) {
                stances.save(new UnitStance(article.unitAt(label.unit()), active.get(m).id(), label.stance(),
                        label.confidence()));
            }
        }
        for (CounterPair pair : analysis.counters()) {
            counters.save(new CounterLink(article.unitAt(pair.unit().unit()), article.unitAt(pair.counter().unit()),
                    pair.basis(), pair.score()));
        }
        return article;
    }

    private static String mediaType(String location) {
        String guessed = URLConnection.guessContentTypeFromName(location);
        if (guessed != null) {
            return guessed;
        }
        return location.endsWith(".md") ? "text/markdown" : "application/octet-stream";
    }
}
