package org.casebook.ingest.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casebook.ingest.IngestPipeline;
import org.casebook.ingest.stance.ToneTraining;

/**
 * {@code train-tone CLAIMS.csv --out FILE}: learns the stance classifier's tone direction from IBM Debater's Claim
 * Stance CSV (columns topicText, claims.stance, claims.claimCorrectedText), prints its accuracy on held-out topics
 * and writes it. The project ships the file this writes from the train split (README "Argument mining"). Not part of
 * the fixed contract; an addition to it.
 */
final class TrainToneCommand implements IngestCli.Command {
    private final Path input;
    private final Path output;
    private final List<ToneTraining.Claim> claims;

    TrainToneCommand(List<String> args) {
        Arguments arguments = new Arguments(args, Set.of("out"));
        if (arguments.positional().size() != 1) {
            throw new UsageException("usage: train-tone CLAIMS.csv --out FILE");
        }
        input = Path.of(arguments.positional().getFirst());
        output = Path.of(arguments.required("out"));
        claims = read(input);
    }

    /** Read before the model loads, so a bad file is reported at once. */
    private static List<ToneTraining.Claim> read(Path input) {
        List<ToneTraining.Claim> claims;
        try {
            claims = EvalCommand.readCsv(input).stream()
                    .filter(r -> r.containsKey("claims.claimCorrectedText") && r.containsKey("topicText"))
                    .map(TrainToneCommand::claim)
                    .toList();
        } catch (IOException e) {
            throw new IngestCli.InputException(input + ": cannot be read (" + e.getMessage() + ")");
        }
        if (claims.isEmpty()) {
            throw new IngestCli.InputException(
                    input + ": no rows with topicText, claims.stance, claims.claimCorrectedText");
        }
        return claims;
    }

    @Override
    public int run(IngestPipeline pipeline, InputStream stdin, OutputStream stdout, PrintStream stderr) {
        PrintStream out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        ToneTraining.Report report = pipeline.trainTone(claims);
        out.printf("%d claims on %d topics; stance accuracy on each topic held out in turn:%n", report.claims(),
                report.topics());
        for (int m = 0; m < ToneTraining.MIXES.length; m++) {
            out.printf("  learned tone weight %.2f: accuracy %.3f, expected calibration error %.3f%n",
                    ToneTraining.MIXES[m], report.heldOut().get(m).accuracy(), report.heldOut().get(m).error());
        }
        try {
            report.tone().write(output, List.of(
                    "Tone direction for Casebook's stance classifier, written by: casebook-ingest train-tone "
                            + input.getFileName() + " --out " + output.getFileName(),
                    "Trained on IBM Debater Claim Stance (Bar-Haim et al., EACL 2017), "
                            + report.claims() + " claims on " + report.topics() + " topics.",
                    "Derived from data under CC-BY-SA 3.0 (IBM; claims from Wikipedia): "
                            + "this file is under CC-BY-SA 3.0."));
        } catch (IOException e) {
            throw new IngestCli.InputException(output + ": cannot be written (" + e.getMessage() + ")");
        }
        out.println("written to " + output);
        return IngestCli.OK;
    }

    private static ToneTraining.Claim claim(Map<String, String> row) {
        return new ToneTraining.Claim(row.get("topicText"), row.get("claims.claimCorrectedText"),
                "PRO".equals(row.get("claims.stance")));
    }
}
