package org.casebook.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.casebook.ingest.counter.CounterArgumentPairer;
import org.casebook.ingest.counter.CounterMap;
import org.casebook.ingest.counter.CounterRetriever;
import org.casebook.ingest.embedding.Embedder;
import org.casebook.ingest.embedding.OnnxEmbedder;
import org.casebook.ingest.keypoint.KeyPointGrouper;
import org.casebook.ingest.model.Analysis;
import org.casebook.ingest.model.ArticleText;
import org.casebook.ingest.model.CounterPair;
import org.casebook.ingest.model.DetectedUnit;
import org.casebook.ingest.model.KeyPoint;
import org.casebook.ingest.model.MinedUnit;
import org.casebook.ingest.model.Provenance;
import org.casebook.ingest.model.RankedCounter;
import org.casebook.ingest.model.Segment;
import org.casebook.ingest.model.StanceLabel;
import org.casebook.ingest.segment.Segmenter;
import org.casebook.ingest.speaker.SpeakerAttributor;
import org.casebook.ingest.stance.Motion;
import org.casebook.ingest.stance.StanceClassifier;
import org.casebook.ingest.stance.ToneTraining;
import org.casebook.ingest.unit.UnitDetector;
import org.jspecify.annotations.Nullable;

/**
 * The one place that composes the mining stages: segment, attribute speakers, embed, detect units, classify stance
 * per motion, pair counters inside the article; and, across a library, pair counters and group key points. The
 * model is loaded once; the pipeline is thread-safe and deterministic (same input, model and settings, same
 * output). Close it to free the model.
 */
public final class IngestPipeline implements AutoCloseable {
    /** Bumped whenever a change to a stage can change results; stored as provenance. */
    public static final String VERSION = "0.2.264";

    private final PipelineSettings settings;
    private final Embedder embedder;
    private final Segmenter segmenter = new Segmenter();
    private final SpeakerAttributor speakers = new SpeakerAttributor();
    private final UnitDetector units;
    private final StanceClassifier stance;
    private final CounterArgumentPairer pairer;
    private final KeyPointGrouper keyPoints = new KeyPointGrouper(0.72);
    /** Made on first use: its map takes a fifth of a second to read, and only the counters command needs it. */
    private volatile @Nullable CounterRetriever retriever;
    private final @Nullable StageTimer timer;

    private IngestPipeline(PipelineSettings settings, Embedder embedder, @Nullable StageTimer timer) {
        this.settings = settings;
        this.embedder = embedder;
        this.units = new UnitDetector(settings.unitThreshold());
        this.stance = new StanceClassifier(embedder);
        this.pairer = new CounterArgumentPairer(settings.counterThreshold());
        this.timer = timer;
    }

    /** Loads the in-process embedding model; takes a few seconds. */
    public static IngestPipeline load(PipelineSettings settings) {
        return new IngestPipeline(settings, newEmbedder(settings), null);
    }

    /** As {@link #load}, reporting each stage's time to {@code timer} (for benchmarks). */
    public static IngestPipeline load(PipelineSettings settings, StageTimer timer) {
        return new IngestPipeline(settings, newEmbedder(settings), timer);
    }

    /** A pipeline over a given embedder (tests use a small deterministic one). */
    public static IngestPipeline with(PipelineSettings settings, Embedder embedder) {
        return new IngestPipeline(settings, embedder, null);
    }

    private static Embedder newEmbedder(PipelineSettings settings) {
        return new OnnxEmbedder(settings.batchSize(), settings.maxTokens(), settings.threads());
    }

    /** Mines one article; {@code motions} are the texts of the motions to give stances for, in order. */
    public Analysis analyse(ArticleText article, List<String> motions) {
        String at = article.location();
        List<Segment> segments = timed("segment", at, () -> segmenter.segment(article));
        SpeakerAttributor.Voices voices = timed("speaker", at, () -> speakers.voices(article, segments));
        List<String> sentences = texts(article, segments);
        List<float[]> sentenceVectors = timed("embed", at, () -> embedder.embed(sentences));
        List<DetectedUnit> found = timed("unit", at,
                () -> units.detect(article, segments, voices.speakers(), voices.people(), sentenceVectors));
        List<float[]> vectors = UnitDetector.unitVectors(found, sentenceVectors);
        List<List<StanceLabel>> stances = new ArrayList<>();
        for (String motion : motions) {
            stances.add(timed("stance", at,
                    () -> stance.classify(article, sentences, found, vectors, Motion.parse(motion))));
        }
        List<CounterPair> counters = timed("counter", at, () -> pairer.pairWithin(article, found, vectors));
        return new Analysis(article, segments, found, vectors, stances, counters, provenance());
    }

    /** The article's sentences, with offsets into its body (for placing a unit a person marks). */
    public List<Segment> segments(ArticleText article) {
        return timed("segment", article.location(), () -> segmenter.segment(article));
    }

    /** The stances of already mined units towards another motion (units and vectors as {@link #analyse} gave). */
    public List<StanceLabel> stances(ArticleText article, List<DetectedUnit> found, List<float[]> vectors, String motion) {
        List<String> sentences = texts(article, segments(article));
        return timed("stance", article.location(),
                () -> stance.classify(article, sentences, found, vectors, Motion.parse(motion)));
    }

    /** The stance of standalone arguments (one each, in the author's voice) towards a motion. */
    public List<StanceLabel> stanceOf(List<String> arguments, String motion) {
        List<float[]> vectors = timed("embed", "arguments", () -> embedder.embed(arguments));
        return timed("stance", "arguments", () -> stance.classifyTexts(arguments, vectors, Motion.parse(motion)));
    }

    /** Learns the stance classifier's tone direction from labelled claims (see {@link ToneTraining}). */
    public ToneTraining.Report trainTone(List<ToneTraining.Claim> claims) {
        return new ToneTraining(embedder).train(claims);
    }

    /**
     * For each query, the best rebuttals among {@code corpus}, best first, at most {@code top}; {@code self.get(q)}
     * is the corpus index of query {@code q} itself (never returned), or -1.
     */
    public List<List<RankedCounter>> rankCounters(List<String> corpus, List<String> queries, List<Integer> self, int top) {
        List<float[]> corpusVectors = timed("embed", "corpus", () -> embedder.embed(corpus));
        List<float[]> queryVectors = new ArrayList<>();
        List<String> fresh = new ArrayList<>();
        for (int q = 0; q < queries.size(); q++) {
            int s = self.get(q);
            boolean known = s >= 0 && corpus.get(s).equals(queries.get(q));
            queryVectors.add(known ? corpusVectors.get(s) : null);
            if (!known) {
                fresh.add(queries.get(q));
            }
        }
        List<float[]> freshVectors = timed("embed", "queries", () -> embedder.embed(fresh));
        for (int q = 0, f = 0; q < queryVectors.size(); q++) {
            if (queryVectors.get(q) == null) {
                queryVectors.set(q, freshVectors.get(f++));
            }
        }
        return timed("counter", "corpus",
                () -> retriever().rank(corpus, corpusVectors, queries, queryVectors, self, top));
    }

    private CounterRetriever retriever() {
        CounterRetriever made = retriever;
        if (made == null) {
            synchronized (this) {
                made = retriever;
                if (made == null) {
                    made = new CounterRetriever(CounterMap.shipped(embedder.modelId(), embedder.dimension()));
                    retriever = made;
                }
            }
        }
        return made;
    }

    /** Rebuttals across a library: pairs of units of opposite stance that answer each other by meaning. */
    public List<CounterPair> counters(List<MinedUnit> library) {
        return timed("counter", "library", () -> pairer.pairAcross(library));
    }

    /** Groups units that say the same thing; each group has at least two units. */
    public List<KeyPoint> keyPoints(List<MinedUnit> library) {
        return timed("keypoint", "library", () -> keyPoints.group(library));
    }

    /** Vectors for arbitrary texts (search by meaning), comparable with the units' vectors. */
    public List<float[]> embed(List<String> texts) {
        return embedder.embed(texts);
    }

    public String modelId() {
        return embedder.modelId();
    }

    public Provenance provenance() {
        return new Provenance(VERSION, embedder.modelId(), settings.hash());
    }

    private static List<String> texts(ArticleText article, List<Segment> segments) {
        return segments.stream().map(s -> s.span().cut(article.body())).toList();
    }

    private <T> T timed(String stage, String location, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IngestException(stage, location, e);
        } finally {
            if (timer != null) {
                timer.record(stage, System.nanoTime() - start);
            }
        }
    }

    @Override
    public void close() {
        embedder.close();
    }

    /** Receives the time each stage took, in nanoseconds. Must be thread-safe. */
    @FunctionalInterface
    public interface StageTimer {
        void record(String stage, long nanos);
    }
}
