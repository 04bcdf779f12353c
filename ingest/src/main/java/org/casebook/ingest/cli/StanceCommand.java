package org.casebook.ingest.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casebook.ingest.IngestPipeline;
import org.casebook.ingest.model.StanceLabel;

/** {@code stance --motion TEXT [--in FILE]}: one argument per line in, one JSON object per line out. */
final class StanceCommand implements IngestCli.Command {
    private final String motion;
    private final String in;

    StanceCommand(List<String> args) {
        Arguments arguments = new Arguments(args, Set.of("motion", "in"));
        motion = arguments.required("motion");
        in = arguments.option("in");
        if (!arguments.positional().isEmpty()) {
            throw new UsageException("stance takes no positional arguments: " + arguments.positional().getFirst());
        }
    }

    @Override
    public int run(IngestPipeline pipeline, InputStream stdin, OutputStream stdout, PrintStream stderr) {
        List<String> lines = readLines(in, stdin);
        List<StanceLabel> labels = pipeline.stanceOf(lines, motion);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("text", lines.get(i));
            row.put("stance", labels.get(i).stance().name());
            row.put("confidence", JsonShapes.round(labels.get(i).confidence()));
            out.append(JsonShapes.line(row));
        }
        IngestCli.write(stdout, out.toString());
        return IngestCli.OK;
    }

    static List<String> readLines(String file, InputStream stdin) {
        try {
            String text = file == null
                    ? new String(stdin.readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(Path.of(file), StandardCharsets.UTF_8);
            return text.lines().toList();
        } catch (IOException e) {
            throw new IngestCli.InputException((file == null ? "stdin" : file) + ": cannot be read (" + e.getMessage() + ")");
        }
    }
}
