package org.casebook.ingest.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casebook.ingest.IngestPipeline;
import org.casebook.ingest.model.Analysis;
import org.casebook.ingest.model.ArticleText;
import org.casebook.ingest.model.CounterPair;
import org.casebook.ingest.model.DetectedUnit;
import org.casebook.ingest.model.KeyPoint;
import org.casebook.ingest.model.MinedUnit;
import org.casebook.ingest.model.StanceLabel;
import org.casebook.ingest.model.UnitRef;
import org.casebook.ingest.source.ArticleReader;
import org.casebook.ingest.source.ReaderSettings;
import org.casebook.ingest.source.UnreadableInputException;

/** {@code analyze --motion TEXT [--out FILE] INPUT...}: mines articles and writes one JSON document. */
final class AnalyzeCommand implements IngestCli.Command {
    private final String motion;
    private final String out;
    private final List<String> inputs;

    AnalyzeCommand(List<String> args) {
        Arguments arguments = new Arguments(args, Set.of("motion", "out"));
        motion = arguments.required("motion");
        out = arguments.option("out");
        inputs = arguments.positional();
        if (inputs.isEmpty()) {
            throw new UsageException("analyze needs at least one INPUT (a file, a URL or -)");
        }
    }

    @Override
    public int run(IngestPipeline pipeline, InputStream stdin, OutputStream stdout, PrintStream stderr) {
        ArticleReader reader = new ArticleReader(ReaderSettings.defaults());
        List<Analysis> analyses = new ArrayList<>();
        boolean failed = false;
        for (String input : inputs) {
            try {
                ArticleText article = read(reader, input, stdin);
                analyses.add(pipeline.analyse(article, List.of(motion)));
            } catch (UnreadableInputException e) {
                stderr.println("casebook-ingest: " + e.getMessage());
                failed = true;
            }
        }
        List<MinedUnit> library = JsonShapes.library(analyses);
        List<CounterPair> counters = new ArrayList<>();
        for (int a = 0; a < analyses.size(); a++) {
            for (CounterPair p : analyses.get(a).counters()) {
                counters.add(new CounterPair(new UnitRef(a, p.unit().unit()), new UnitRef(a, p.counter().unit()),
                        p.score(), p.basis()));
            }
        }
        counters.addAll(pipeline.counters(library));
        List<KeyPoint> keyPoints = pipeline.keyPoints(library);
        String json = JsonShapes.write(document(analyses, counters, keyPoints));
        if (out == null) {
            IngestCli.write(stdout, json);
        } else {
            try {
                Files.writeString(Path.of(out), json);
            } catch (IOException e) {
                stderr.println("casebook-ingest: cannot write " + out + ": " + e.getMessage());
                return IngestCli.UNREADABLE;
            }
        }
        return failed ? IngestCli.UNREADABLE : IngestCli.OK;
    }

    private static ArticleText read(ArticleReader reader, String input, InputStream stdin) {
        try {
            if (input.equals("-")) {
                return reader.read(stdin.readAllBytes(), "stdin");
            }
            if (input.startsWith("http://") || input.startsWith("https://")) {
                return reader.read(java.net.URI.create(input));
            }
            return reader.read(Files.readAllBytes(Path.of(input)), input);
        } catch (NoSuchFileException e) {
            throw new UnreadableInputException(input, "no such file");
        } catch (IOException e) {
            throw new UnreadableInputException(input, "cannot be read (" + e.getMessage() + ")", e);
        } catch (IllegalArgumentException e) {
            throw new UnreadableInputException(input, e.getMessage(), e);
        }
    }

    private Map<String, Object> document(List<Analysis> analyses, List<CounterPair> counters, List<KeyPoint> keyPoints) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("motion", motion);
        List<Object> articles = new ArrayList<>();
        for (int a = 0; a < analyses.size(); a++) {
            articles.add(article(a, analyses.get(a)));
        }
        doc.put("articles", articles);
        List<Object> pairs = new ArrayList<>();
        for (CounterPair p : counters) {
            Map<String, Object> pair = new LinkedHashMap<>();
            pair.put("unit", JsonShapes.id(p.unit()));
            pair.put("counter", JsonShapes.id(p.counter()));
            pair.put("score", JsonShapes.round(p.score()));
            pair.put("basis", p.basis().name());
            pairs.add(pair);
        }
        doc.put("counters", pairs);
        List<Object> points = new ArrayList<>();
        for (KeyPoint k : keyPoints) {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("label", k.label());
            point.put("units", k.units().stream().map(JsonShapes::id).toList());
            points.add(point);
        }
        doc.put("keyPoints", points);
        return doc;
    }

    private static Map<String, Object> article(int a, Analysis analysis) {
        ArticleText text = analysis.article();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", "a" + (a + 1));
        out.put("location", text.location());
        out.put("title", text.metadata().title());
        out.put("author", text.metadata().author());
        out.put("publication", text.metadata().publication());
        out.put("published", text.metadata().published() == null ? null : text.metadata().published().toString());
        out.put("text", text.body());
        List<StanceLabel> stances = analysis.stances().getFirst();
        List<Object> units = new ArrayList<>();
        for (DetectedUnit u : analysis.units()) {
            Map<String, Object> unit = new LinkedHashMap<>();
            unit.put("id", JsonShapes.id(new UnitRef(a, u.index())));
            unit.put("role", u.role().name());
            unit.put("start", u.span().start());
            unit.put("end", u.span().end());
            unit.put("text", u.span().cut(text.body()));
            unit.put("stance", stances.get(u.index()).stance().name());
            unit.put("confidence", JsonShapes.round(stances.get(u.index()).confidence()));
            unit.put("roleConfidence", JsonShapes.round(u.confidence()));
            unit.put("speaker", u.speaker() == null ? null : JsonShapes.speaker(u.speaker()));
            unit.put("supports", u.supports() == null ? null : JsonShapes.id(new UnitRef(a, u.supports())));
            units.add(unit);
        }
        out.put("units", units);
        return out;
    }
}
