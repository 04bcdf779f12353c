package org.casebook.ingest.counter;

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
 * A linear map from an argument's vector to where its rebuttal's vector tends to lie. A rebuttal shares its point's
 * topic but not its wording or its side, so the point's own vector is not the best place to look; the map, fitted by
 * ridge regression (shrunk towards the identity) on pairs of a point and its counter, moves the query there. Trained
 * by {@link #fit} (the CLI's {@code train-counters}) on the ArguAna validation split (CC BY-SA 4.0) and shipped as
 * {@value #RESOURCE} under that licence. It holds only for the model it was trained with: for any other model (a
 * test embedder) it is the identity. Immutable.
 */
public final class CounterMap {
    /** The shipped map, beside this class: comment lines, the model's id, then one line per row. */
    static final String RESOURCE = "counter-map.tsv";
    /** Ridge strength towards the identity; 1 was best on held-out debates (0.3 to 30 compared). */
    public static final double RIDGE = 1.0;
    /** No map: a query is looked for where it is. */
    private static final CounterMap IDENTITY = new CounterMap("", new float[0]);

    private final String modelId;
    /** Row-major {@code dimension x dimension}; empty for the identity. */
    private final float[] matrix;
    private final int dimension;

    CounterMap(String modelId, float[] matrix) {
        this.modelId = modelId;
        this.matrix = matrix.clone();
        this.dimension = (int) Math.round(Math.sqrt(matrix.length));
        if (dimension * dimension != matrix.length) {
            throw new IllegalArgumentException("not a square matrix: " + matrix.length + " numbers");
        }
    }

    public static CounterMap identity() {
        return IDENTITY;
    }

    /** The shipped map when it was trained with {@code modelId}, otherwise {@link #identity()}. */
    public static CounterMap shipped(String modelId, int dimension) {
        try (InputStream in = CounterMap.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return IDENTITY;
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            CounterMap map = parse(reader.lines().toList());
            return map.modelId.equals(modelId) && map.dimension == dimension ? map : IDENTITY;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Ridge regression from each point's vector to its counter's: M = (PᵀP + λI)⁻¹ (PᵀC + λI), so that with few
     * pairs the map stays close to the identity. Deterministic.
     */
    public static CounterMap fit(String modelId, List<float[]> points, List<float[]> counters, double ridge) {
        if (points.isEmpty() || points.size() != counters.size()) {
            throw new IllegalArgumentException(points.size() + " points for " + counters.size() + " counters");
        }
        int d = points.getFirst().length;
        double[][] gram = new double[d][d];
        double[][] cross = new double[d][d];
        for (int p = 0; p < points.size(); p++) {
            float[] x = points.get(p);
            float[] y = counters.get(p);
            for (int i = 0; i < d; i++) {
                double xi = x[i];
                for (int j = 0; j < d; j++) {
                    gram[i][j] += xi * x[j];
                    cross[i][j] += xi * y[j];
                }
            }
        }
        for (int i = 0; i < d; i++) {
            gram[i][i] += ridge;
            cross[i][i] += ridge;
        }
        double[][] solved = LinearSystem.solve(gram, cross);
        float[] matrix = new float[d * d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                matrix[i * d + j] = (float) solved[i][j];
            }
        }
        return new CounterMap(modelId, matrix);
    }

    public boolean isIdentity() {
        return matrix.length == 0;
    }

    /** Where a rebuttal of {@code vector} should lie: vector x M, normalised (the vector itself for the identity). */
    public float[] apply(float[] vector) {
        if (matrix.length == 0 || vector.length != dimension) {
            return vector;
        }
        double[] out = new double[dimension];
        for (int i = 0; i < dimension; i++) {
            double v = vector[i];
            if (v == 0) {
                continue;
            }
            int row = i * dimension;
            for (int j = 0; j < dimension; j++) {
                out[j] += v * matrix[row + j];
            }
        }
        double norm = 0;
        for (double x : out) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        float[] mapped = new float[dimension];
        for (int j = 0; j < dimension; j++) {
            mapped[j] = norm == 0 ? 0 : (float) (out[j] / norm);
        }
        return mapped;
    }

    static CounterMap parse(List<String> lines) {
        String model = "";
        List<Float> numbers = new ArrayList<>();
        for (String line : lines) {
            String[] field = line.split("\t", 2);
            if (field[0].equals("model")) {
                model = field[1].strip();
            } else if (field[0].equals("row")) {
                for (String number : field[1].strip().split(" ")) {
                    numbers.add(Float.parseFloat(number));
                }
            }
        }
        float[] matrix = new float[numbers.size()];
        for (int i = 0; i < matrix.length; i++) {
            matrix[i] = numbers.get(i);
        }
        return new CounterMap(model, matrix);
    }

    /** Writes the map with {@code provenance} as comment lines: one line per row of the matrix. */
    public void write(Path file, List<String> provenance) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : provenance) {
            lines.add("# " + line);
        }
        lines.add("model\t" + modelId);
        for (int i = 0; i < dimension; i++) {
            StringBuilder row = new StringBuilder();
            for (int j = 0; j < dimension; j++) {
                row.append(j == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.5g", matrix[i * dimension + j]));
            }
            lines.add("row\t" + row);
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
