package org.casebook.ingest.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.casebook.ingest.IngestPipeline;
import org.casebook.ingest.PipelineSettings;
import org.casebook.ingest.model.Analysis;
import org.casebook.ingest.model.ArticleText;
import org.casebook.ingest.source.ArticleReader;
import org.casebook.ingest.source.ReaderSettings;

/**
 * {@code bench [--rounds N] FILE...}: mines the given articles N times and prints sentences/s and articles/s, the
 * time of each stage, and the raw rate of the embedding model on the same sentences, so the cost of everything
 * but the model shows. Not part of the fixed contract; an addition to it.
 */
final class BenchCommand implements IngestCli.Command {
    private static final String MOTION = "The United States should cut its foreign aid to El Salvador, Guatemala and Honduras.";
    private final int rounds;
    private final List<String> files;

    BenchCommand(List<String> args) {
        Arguments arguments = new Arguments(args, Set.of("rounds"));
        rounds = arguments.intOption("rounds", 5);
        files = arguments.positional();
        if (files.isEmpty()) {
            throw new UsageException("usage: bench [--rounds N] FILE...");
        }
    }

    @Override
    public int run(@org.jspecify.annotations.Nullable IngestPipeline unused, InputStream stdin, OutputStream stdout, PrintStream stderr) {
        PrintStream out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        List<ArticleText> articles = read();
        Map<String, LongAdder> stages = new ConcurrentHashMap<>();
        try (IngestPipeline pipeline = IngestPipeline.load(PipelineSettings.defaults(),
                (stage, nanos) -> stages.computeIfAbsent(stage, s -> new LongAdder()).add(nanos))) {
            List<String> sentences = new ArrayList<>();
            for (ArticleText article : articles) {
                Analysis warm = pipeline.analyse(article, List.of(MOTION));
                warm.segments().forEach(s -> sentences.add(s.span().cut(article.body())));
            }
            stages.clear();
            long start = System.nanoTime();
            for (int r = 0; r < rounds; r++) {
                for (ArticleText article : articles) {
                    pipeline.analyse(article, List.of(MOTION));
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long embedStart = System.nanoTime();
            for (int r = 0; r < rounds; r++) {
                pipeline.embed(sentences);
            }
            double embedSeconds = (System.nanoTime() - embedStart) / 1e9;
            int n = sentences.size() * rounds;
            out.printf("pipeline: %d articles, %d sentences, %d rounds, %d threads%n", articles.size(), sentences.size(),
                    rounds, PipelineSettings.defaults().threads());
            out.printf("mining:   %.1f sentences/s, %.2f articles/s%n", n / seconds, articles.size() * rounds / seconds);
            out.printf("model:    %.1f sentences/s (embedding alone, same sentences, same batches)%n", n / embedSeconds);
            for (var stage : new TreeMap<>(stages).entrySet()) {
                out.printf("  %-8s %6.1f ms per article (%4.1f%%)%n", stage.getKey(),
                        stage.getValue().sum() / 1e6 / (articles.size() * rounds), 100 * stage.getValue().sum() / 1e9 / seconds);
            }
        }
        return IngestCli.OK;
    }

    private List<ArticleText> read() {
        ArticleReader reader = new ArticleReader(ReaderSettings.defaults());
        List<ArticleText> articles = new ArrayList<>();
        for (String file : files) {
            try {
                articles.add(reader.read(Files.readAllBytes(Path.of(file)), file));
            } catch (IOException e) {
                throw new IngestCli.InputException(file + ": cannot be read (" + e.getMessage() + ")");
            }
        }
        return articles;
    }
}
