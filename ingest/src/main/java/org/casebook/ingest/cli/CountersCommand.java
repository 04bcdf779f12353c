package org.casebook.ingest.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casebook.ingest.IngestPipeline;
import org.casebook.ingest.model.RankedCounter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** {@code counters --corpus FILE.jsonl [--queries FILE.jsonl] [--top N]}: the best rebuttals for each query. */
final class CountersCommand implements IngestCli.Command {
    private final String corpus;
    private final String queries;
    private final int top;

    CountersCommand(List<String> args) {
        Arguments arguments = new Arguments(args, Set.of("corpus", "queries", "top"));
        corpus = arguments.required("corpus");
        queries = arguments.option("queries");
        top = arguments.intOption("top", 10);
        if (!arguments.positional().isEmpty()) {
            throw new UsageException("counters takes no positional arguments: " + arguments.positional().getFirst());
        }
    }

    @Override
    public int run(IngestPipeline pipeline, InputStream stdin, OutputStream stdout, PrintStream stderr) {
        List<Entry> entries = read(corpus);
        List<Entry> asked = queries == null ? entries : read(queries);
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            position.put(entries.get(i).id(), i);
        }
        List<Integer> self = asked.stream().map(q -> position.getOrDefault(q.id(), -1)).toList();
        List<List<RankedCounter>> ranked = pipeline.rankCounters(
                entries.stream().map(Entry::text).toList(), asked.stream().map(Entry::text).toList(), self, top);
        StringBuilder out = new StringBuilder();
        for (int q = 0; q < asked.size(); q++) {
            List<Object> hits = new ArrayList<>();
            for (RankedCounter hit : ranked.get(q)) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", entries.get(hit.index()).id());
                row.put("score", JsonShapes.round(hit.score()));
                hits.add(row);
            }
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("query", asked.get(q).id());
            line.put("counters", hits);
            out.append(JsonShapes.line(line));
        }
        IngestCli.write(stdout, out.toString());
        return IngestCli.OK;
    }

    private record Entry(String id, String text) {}

    private static List<Entry> read(String file) {
        List<Entry> entries = new ArrayList<>();
        int number = 0;
        for (String line : StanceCommand.readLines(file, InputStream.nullInputStream())) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = JsonShapes.LINES.readTree(line);
                JsonNode id = node.get("id");
                JsonNode text = node.get("text");
                if (id == null || text == null) {
                    throw new IngestCli.InputException(file + ":" + number + ": needs \"id\" and \"text\"");
                }
                JsonNode title = node.get("title");
                String body = title == null || title.asString().isBlank() ? text.asString()
                        : title.asString() + ". " + text.asString();
                entries.add(new Entry(id.asString(), body));
            } catch (JacksonException e) {
                throw new IngestCli.InputException(file + ":" + number + ": not JSON (" + e.getOriginalMessage() + ")");
            }
        }
        return entries;
    }
}
