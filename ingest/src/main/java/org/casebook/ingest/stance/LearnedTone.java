package org.casebook.ingest.stance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A direction in embedding space learned from claims labelled for or against their topic: positive for a claim that
 * approves of what the topic is about, negative for one that disapproves. Trained by {@link ToneTraining} (the CLI's
 * {@code train-tone}) on IBM Debater's Claim Stance train split (CC-BY-SA 3.0), and shipped as
 * {@value #RESOURCE} under that licence. It holds only for the model it was trained with: for any other model
 * (a test embedder) it is empty and scores 0. Immutable.
 */
public final class LearnedTone {
    static final String RESOURCE = "learned-tone.tsv";
    private static final LearnedTone NONE = new LearnedTone("", new float[0]);

    private final String modelId;
    private final float[] weights;

    LearnedTone(String modelId, float[] weights) {
        this.modelId = modelId;
        this.weights = weights.clone();
    }

    static LearnedTone none() {
        return NONE;
    }

    /** The shipped direction when it was trained with {@code modelId}, otherwise {@link #none()}. */
    static LearnedTone shipped(String modelId, int dimension) {
        try (InputStream in = LearnedTone.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return NONE;
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            LearnedTone tone = parse(reader.lines().toList());
            return tone.modelId.equals(modelId) && tone.weights.length == dimension ? tone : NONE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LearnedTone parse(List<String> lines) {
        String model = "";
        float[] weights = new float[0];
        for (String line : lines) {
            String[] field = line.split("\t", 2);
            if (field[0].equals("model")) {
                model = field[1].strip();
            } else if (field[0].equals("weights")) {
                String[] numbers = field[1].strip().split(" ");
                weights = new float[numbers.length];
                for (int i = 0; i < numbers.length; i++) {
                    weights[i] = Float.parseFloat(numbers[i]);
                }
            }
        }
        return new LearnedTone(model, weights);
    }

    /** The logit of approval: w·v, about -3..3; 0 without weights. */
    double score(float[] vector) {
        if (weights.length != vector.length) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * vector[i];
        }
        return sum;
    }

    boolean isEmpty() {
        return weights.length == 0;
    }

    /** Writes the direction with the lines saying where it came from and under which licence. */
    public void write(Path file, List<String> provenance) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : provenance) {
            lines.add("# " + line);
        }
        lines.add("model\t" + modelId);
        StringBuilder numbers = new StringBuilder();
        for (float w : weights) {
            numbers.append(numbers.isEmpty() ? "" : " ").append(String.format(Locale.ROOT, "%.6g", w));
        }
        lines.add("weights\t" + numbers);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
