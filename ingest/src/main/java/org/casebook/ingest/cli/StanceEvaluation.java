package org.casebook.ingest.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casebook.ingest.IngestPipeline;
import org.casebook.ingest.model.StanceLabel;

/** Stance of single claims towards their topic (IBM Debater Claim Stance): accuracy and coverage. */
final class StanceEvaluation {
    /** Confidence bins of width 0.1 over [0.5, 1]: a calibrated classifier is right as often as it is confident. */
    private static final int BINS = 5;

    private StanceEvaluation() {}

    static void ibm(IngestPipeline pipeline, List<Map<String, String>> rows, int limit, PrintStream out) {
        Map<String, List<Map<String, String>>> byTopic = new LinkedHashMap<>();
        for (Map<String, String> row : rows.subList(0, Math.min(limit, rows.size()))) {
            byTopic.computeIfAbsent(row.get("topicText"), t -> new ArrayList<>()).add(row);
        }
        int right = 0;
        int neutral = 0;
        int total = 0;
        int[] binCount = new int[BINS];
        int[] binRight = new int[BINS];
        double[] binConfidence = new double[BINS];
        for (var topic : byTopic.entrySet()) {
            List<String> claims = topic.getValue().stream().map(r -> r.get("claims.claimCorrectedText")).toList();
            List<StanceLabel> labels = pipeline.stanceOf(claims, topic.getKey());
            int topicRight = 0;
            for (int i = 0; i < claims.size(); i++) {
                String gold = topic.getValue().get(i).get("claims.stance");
                String predicted = labels.get(i).stance().name();
                topicRight += gold.equals(predicted) ? 1 : 0;
                neutral += predicted.equals("NEUTRAL") ? 1 : 0;
                double confidence = labels.get(i).confidence();
                int bin = Math.min(BINS - 1, (int) ((confidence - 0.5) * 2 * BINS));
                binCount[Math.max(0, bin)]++;
                binRight[Math.max(0, bin)] += gold.equals(predicted) ? 1 : 0;
                binConfidence[Math.max(0, bin)] += confidence;
            }
            right += topicRight;
            total += claims.size();
            out.printf("  %.3f  %3d  %s%n", topicRight / (double) claims.size(), claims.size(), topic.getKey());
        }
        out.println("  calibration: confidence bin, answers, mean confidence, accuracy");
        double gap = 0;
        for (int b = 0; b < BINS; b++) {
            if (binCount[b] > 0) {
                double meanConfidence = binConfidence[b] / binCount[b];
                double accuracy = binRight[b] / (double) binCount[b];
                gap += binCount[b] * Math.abs(meanConfidence - accuracy);
                out.printf("    %.2f-%.2f  %4d  %.3f  %.3f%n", 0.5 + b * 0.5 / BINS, 0.5 + (b + 1) * 0.5 / BINS,
                        binCount[b], meanConfidence, accuracy);
            }
        }
        out.printf("IBM claim stance: accuracy %d/%d = %.3f (NEUTRAL answers, counted wrong: %d); "
                + "expected calibration error %.3f%n", right, total, right / (double) total, neutral, gap / total);
    }
}
