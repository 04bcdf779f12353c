package org.casebook.ingest.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.casebook.ingest.IngestPipeline;
import org.casebook.ingest.counter.CounterMap;

/**
 * {@code train-counters DIR --out FILE}: fits the counter retriever's map ({@link CounterMap}) on ArguAna's pairs of
 * a point and its counter (BEIR's layout: {@code corpus.jsonl}, {@code qrels.tsv}) and writes it. The project ships
 * the file this writes from the validation split; {@code eval arguana DIR} gives the figure for unseen debates. Not
 * part of the fixed contract; an addition to it.
 */
final class TrainCountersCommand implements IngestCli.Command {
    private final Path input;
    private final Path output;
    private final ArguAnaData data;

    TrainCountersCommand(List<String> args) {
        Arguments arguments = new Arguments(args, Set.of("out"));
        if (arguments.positional().size() != 1) {
            throw new UsageException("usage: train-counters DIR --out FILE");
        }
        input = Path.of(arguments.positional().getFirst());
        output = Path.of(arguments.required("out"));
        data = read(input);
    }

    /** Read before the model loads, so a bad directory is reported at once. */
    private static ArguAnaData read(Path input) {
        ArguAnaData data;
        try {
            data = ArguAnaData.read(input, Integer.MAX_VALUE);
        } catch (IOException e) {
            throw new IngestCli.InputException(input + ": cannot be read as ArguAna (corpus.jsonl, qrels.tsv): "
                    + e.getMessage());
        }
        if (data.queries().isEmpty()) {
            throw new IngestCli.InputException(input + ": qrels.tsv pairs no two passages of corpus.jsonl");
        }
        return data;
    }

    @Override
    public int run(IngestPipeline pipeline, InputStream stdin, OutputStream stdout, PrintStream stderr) {
        PrintStream out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        CounterMap map;
        try {
            List<float[]> vectors = data.vectors(pipeline);
            map = CounterMap.fit(pipeline.modelId(), data.queries().stream().map(vectors::get).toList(),
                    data.counters().stream().map(vectors::get).toList(), CounterMap.RIDGE);
        } catch (IOException e) {
            throw new IngestCli.InputException(input + ": cannot be read (" + e.getMessage() + ")");
        }
        out.printf("%d pairs of a point and its counter among %d passages%n", data.queries().size(),
                data.texts().size());
        try {
            map.write(output, List.of(
                    "Counter map for Casebook's counter retriever, written by: casebook-ingest train-counters "
                            + input.getFileName() + " --out " + output.getFileName(),
                    "Fitted on ArguAna (Wachsmuth, Syed and Stein, ACL 2018; BEIR's copy), "
                            + data.queries().size() + " pairs of a point and its counter from idebate.org.",
                    "Derived from data under CC BY-SA 4.0: this file is under CC BY-SA 4.0."));
        } catch (IOException e) {
            throw new IngestCli.InputException(output + ": cannot be written (" + e.getMessage() + ")");
        }
        out.println("written to " + output);
        return IngestCli.OK;
    }
}
