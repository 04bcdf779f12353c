package org.casebook.ingest.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.casebook.ingest.IngestPipeline;
import org.casebook.ingest.PipelineSettings;

/**
 * Entry point of casebook-ingest.jar: {@code analyze}, {@code stance} and {@code counters}, as fixed by
 * contracts/ingest-cli.md. Exit codes: 0 done, 2 bad usage, 3 an input could not be read.
 */
public final class IngestCli {
    static final int OK = 0;
    static final int USAGE = 2;
    static final int UNREADABLE = 3;

    private IngestCli() {}

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    static int run(String[] args, java.io.InputStream stdin, OutputStream stdout, PrintStream stderr) {
        if (args.length == 0) {
            stderr.println("usage: casebook-ingest (analyze|stance|counters) [options]; see contracts/ingest-cli.md");
            return USAGE;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            Command command = switch (args[0]) {
                case "analyze" -> new AnalyzeCommand(rest);
                case "stance" -> new StanceCommand(rest);
                case "counters" -> new CountersCommand(rest);
                case "eval" -> new EvalCommand(rest);
                case "bench" -> new BenchCommand(rest);
                case "train-tone" -> new TrainToneCommand(rest);
                case "train-counters" -> new TrainCountersCommand(rest);
                default -> throw new UsageException("unknown command " + args[0] + " (analyze, stance or counters)");
            };
            if (command instanceof BenchCommand) {
                return command.run(null, stdin, stdout, stderr);
            }
            try (IngestPipeline pipeline = IngestPipeline.load(PipelineSettings.defaults())) {
                return command.run(pipeline, stdin, stdout, stderr);
            }
        } catch (UsageException e) {
            stderr.println("casebook-ingest: " + e.getMessage());
            return USAGE;
        } catch (InputException e) {
            stderr.println("casebook-ingest: " + e.getMessage());
            return UNREADABLE;
        }
    }

    /** One command of the CLI, its options already parsed. */
    interface Command {
        int run(IngestPipeline pipeline, java.io.InputStream stdin, OutputStream stdout, PrintStream stderr);
    }

    /** An input the command needs as a whole (stance or counters input) cannot be read. */
    static final class InputException extends RuntimeException {
        InputException(String message) {
            super(message);
        }
    }

    static void write(OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
