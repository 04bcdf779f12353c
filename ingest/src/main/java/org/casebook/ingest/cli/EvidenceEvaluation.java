package org.casebook.ingest.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casebook.ingest.IngestPipeline;
import org.casebook.ingest.model.Analysis;
import org.casebook.ingest.model.ArticleText;
import org.casebook.ingest.model.DetectedUnit;
import org.casebook.ingest.model.Role;
import org.jspecify.annotations.Nullable;

/**
 * Evidence linked to its claim (IAM, Cheng et al. 2022): for each gold claim, IAM labels the sentences around it
 * as its evidence or not. An article is mined as one paragraph (IAM gives no paragraphs), and a candidate counts as
 * linked when the unit it lies in supports the claim unit the gold claim lies in. Prints link precision, recall and
 * F1 over the candidates of the gold claims (the claim sentence itself left out), and how many gold claims were
 * found as claim units.
 */
final class EvidenceEvaluation {
    private EvidenceEvaluation() {}

    /** {@code sentences}: rows of claims-dev.tsv (article order); {@code evidence}: rows of evidence-dev.tsv. */
    static void iam(IngestPipeline pipeline, List<String[]> sentences, List<String[]> evidence, int limit,
            PrintStream out) {
        Map<String, List<String[]>> articles = ClaimEvaluation.byArticle(sentences, limit);
        Map<String, Map<String, List<String[]>>> candidates = new LinkedHashMap<>();
        for (String[] row : evidence) {
            if (row.length >= 4 && articles.containsKey(row[3])) {
                candidates.computeIfAbsent(row[3], a -> new LinkedHashMap<>())
                        .computeIfAbsent(row[1].strip(), c -> new ArrayList<>()).add(row);
            }
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int claims = 0;
        int found = 0;
        for (var entry : candidates.entrySet()) {
            List<String> text = articles.get(entry.getKey()).stream().map(r -> r[2].strip()).toList();
            Mined mined = mine(pipeline, text, articles.get(entry.getKey()).getFirst()[1]);
            for (var claim : entry.getValue().entrySet()) {
                int c = text.indexOf(claim.getKey());
                if (c < 0) {
                    continue;
                }
                claims++;
                DetectedUnit claimUnit = mined.unitOf(c);
                boolean isClaim = claimUnit != null && claimUnit.role() == Role.CLAIM;
                found += isClaim ? 1 : 0;
                for (String[] row : claim.getValue()) {
                    int t = text.indexOf(row[2].strip());
                    if (t < 0 || t == c) {
                        continue;
                    }
                    DetectedUnit unit = mined.unitOf(t);
                    boolean linked = isClaim && unit != null && unit != claimUnit
                            && Integer.valueOf(claimUnit.index()).equals(unit.supports());
                    boolean gold = row[0].equals("E");
                    tp += linked && gold ? 1 : 0;
                    fp += linked && !gold ? 1 : 0;
                    fn += !linked && gold ? 1 : 0;
                }
            }
        }
        double p = tp / (double) Math.max(1, tp + fp);
        double r = tp / (double) Math.max(1, tp + fn);
        out.printf("IAM evidence (%d articles): gold claims found as claim units %d/%d; evidence links P %.3f, R %.3f, "
                + "F1 %.3f (%d right, %d wrong, %d missed)%n", candidates.size(), found, claims, p, r,
                2 * p * r / Math.max(1e-9, p + r), tp, fp, fn);
    }

    /** The article's units and where each gold sentence starts in its body. */
    private record Mined(Analysis analysis, int[] starts) {
        @Nullable DetectedUnit unitOf(int sentence) {
            for (DetectedUnit u : analysis.units()) {
                if (u.span().start() <= starts[sentence] && starts[sentence] < u.span().end()) {
                    return u;
                }
            }
            return null;
        }
    }

    private static Mined mine(IngestPipeline pipeline, List<String> text, String topic) {
        StringBuilder body = new StringBuilder();
        int[] starts = new int[text.size()];
        for (int i = 0; i < text.size(); i++) {
            if (!body.isEmpty()) {
                body.append(' ');
            }
            starts[i] = body.length();
            body.append(text.get(i));
        }
        return new Mined(pipeline.analyse(ArticleText.paragraph("iam", body.toString()), List.of(topic)), starts);
    }
}
