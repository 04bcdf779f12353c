package org.casebook.ingest.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casebook.ingest.IngestPipeline;

/**
 * {@code eval (ibm FILE.csv | iam FILE.tsv | iam-evidence DIR | arguana DIR)}: scores the engine on a labelled
 * development set and prints the figures (the README keeps them). Not part of the fixed contract; an addition to it.
 */
final class EvalCommand implements IngestCli.Command {
    private final String dataset;
    private final Path path;
    private final int limit;

    EvalCommand(List<String> args) {
        Arguments arguments = new Arguments(args, Set.of("limit"));
        if (arguments.positional().size() != 2) {
            throw new UsageException(
                    "usage: eval (ibm FILE.csv | iam FILE.tsv | iam-evidence DIR | arguana DIR) [--limit N]");
        }
        dataset = arguments.positional().get(0);
        path = Path.of(arguments.positional().get(1));
        limit = arguments.intOption("limit", Integer.MAX_VALUE);
        if (!Set.of("ibm", "iam", "iam-evidence", "arguana").contains(dataset)) {
            throw new UsageException("unknown data set " + dataset + " (ibm, iam, iam-evidence or arguana)");
        }
    }

    @Override
    public int run(IngestPipeline pipeline, InputStream stdin, OutputStream stdout, PrintStream stderr) {
        PrintStream out = new PrintStream(stdout, true, java.nio.charset.StandardCharsets.UTF_8);
        try {
            switch (dataset) {
                case "ibm" -> StanceEvaluation.ibm(pipeline, readCsv(path), limit, out);
                case "iam" -> ClaimEvaluation.iam(pipeline, readTsv(path), limit, out);
                case "iam-evidence" -> EvidenceEvaluation.iam(pipeline, readTsv(path.resolve("claims-dev.tsv")),
                        readTsv(path.resolve("evidence-dev.tsv")), limit, out);
                default -> CounterEvaluation.arguana(pipeline, path, limit, out);
            }
        } catch (IOException e) {
            throw new IngestCli.InputException(path + ": cannot be read (" + e.getMessage() + ")");
        }
        return IngestCli.OK;
    }

    static List<String[]> readTsv(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }

    /** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. First row is the header. */
    static List<Map<String, String>> readCsv(Path file) throws IOException {
        String text = Files.readString(file);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString().replace("\r", ""));
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        List<String> header = rows.getFirst();
        List<Map<String, String>> records = new ArrayList<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            Map<String, String> record = new LinkedHashMap<>();
            for (int c = 0; c < header.size() && c < r.size(); c++) {
                record.put(header.get(c), r.get(c));
            }
            records.add(record);
        }
        return records;
    }
}
