package org.casebook.ingest.stance;

import java.util.Locale;

/**
 * How well stance confidences match how often they are right: answers are put in confidence bins of width 0.1 over
 * [0.5, 1]; a calibrated classifier is right as often as it is confident. The expected calibration error is the
 * answer-weighted mean gap between a bin's mean confidence and its accuracy. Collects answers; not thread-safe.
 */
public final class Calibration {
    private static final int BINS = 5;

    private final int[] answers = new int[BINS];
    private final int[] right = new int[BINS];
    private final double[] confidence = new double[BINS];

    public void add(double answerConfidence, boolean correct) {
        int bin = Math.clamp((int) ((answerConfidence - 0.5) * 2 * BINS), 0, BINS - 1);
        answers[bin]++;
        right[bin] += correct ? 1 : 0;
        confidence[bin] += answerConfidence;
    }

    public int answers() {
        int n = 0;
        for (int a : answers) {
            n += a;
        }
        return n;
    }

    public int right() {
        int n = 0;
        for (int r : right) {
            n += r;
        }
        return n;
    }

    public double accuracy() {
        return right() / (double) Math.max(1, answers());
    }

    public double error() {
        double gap = 0;
        for (int b = 0; b < BINS; b++) {
            gap += Math.abs(confidence[b] - right[b]);
        }
        return gap / Math.max(1, answers());
    }

    /** One line per bin with answers: its range, answers, mean confidence and accuracy. */
    public String table(String indent) {
        StringBuilder out = new StringBuilder(indent + "confidence bin, answers, mean confidence, accuracy\n");
        for (int b = 0; b < BINS; b++) {
            if (answers[b] > 0) {
                double low = 0.5 + b * 0.5 / BINS;
                out.append(String.format(Locale.ROOT, "%s  %.2f-%.2f  %4d  %.3f  %.3f%n", indent, low, low + 0.5 / BINS,
                        answers[b], confidence[b] / answers[b], right[b] / (double) answers[b]));
            }
        }
        return out.toString();
    }
}
