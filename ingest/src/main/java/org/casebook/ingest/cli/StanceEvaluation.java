package org.casebook.ingest.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casebook.ingest.IngestPipeline;
import org.casebook.ingest.model.StanceLabel;
import org.casebook.ingest.stance.Calibration;

/** Stance of single claims towards their topic (IBM Debater Claim Stance): accuracy and coverage. */
final class StanceEvaluation {
    private StanceEvaluation() {}

    static void ibm(IngestPipeline pipeline, List<Map<String, String>> rows, int limit, PrintStream out) {
        Map<String, List<Map<String, String>>> byTopic = new LinkedHashMap<>();
        for (Map<String, String> row : rows.subList(0, Math.min(limit, rows.size()))) {
            byTopic.computeIfAbsent(row.get("topicText"), t -> new ArrayList<>()).add(row);
        }
        int neutral = 0;
        Calibration calibration = new Calibration();
        for (var topic : byTopic.entrySet()) {
            List<String> claims = topic.getValue().stream().map(r -> r.get("claims.claimCorrectedText")).toList();
            List<StanceLabel> labels = pipeline.stanceOf(claims, topic.getKey());
            int topicRight = 0;
            for (int i = 0; i < claims.size(); i++) {
                String gold = topic.getValue().get(i).get("claims.stance");
                String predicted = labels.get(i).stance().name();
                topicRight += gold.equals(predicted) ? 1 : 0;
                neutral += predicted.equals("NEUTRAL") ? 1 : 0;
                calibration.add(labels.get(i).confidence(), gold.equals(predicted));
            }
            out.printf("  %.3f  %3d  %s%n", topicRight / (double) claims.size(), claims.size(), topic.getKey());
        }
        out.print(calibration.table("  "));
        out.printf("IBM claim stance: accuracy %d/%d = %.3f (NEUTRAL answers, counted wrong: %d); "
                + "expected calibration error %.3f%n", calibration.right(), calibration.answers(),
                calibration.accuracy(), neutral, calibration.error());
    }
}
