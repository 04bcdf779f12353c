package org.casebook.ingest.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casebook.ingest.IngestPipeline;
import org.casebook.ingest.model.Analysis;
import org.casebook.ingest.model.ArticleMetadata;
import org.casebook.ingest.model.ArticleText;
import org.casebook.ingest.model.Block;
import org.casebook.ingest.model.DetectedUnit;
import org.casebook.ingest.model.Role;
import org.casebook.ingest.model.Stance;
import org.casebook.ingest.model.StanceLabel;
import org.casebook.ingest.model.TextSpan;
import org.casebook.ingest.stance.Calibration;

/**
 * Whole-article claim extraction with stance (IAM, Cheng et al. 2022): each sentence is gold PRO, CON or other; a
 * sentence is predicted PRO or CON when it lies in a claim unit with that stance. Prints the F1 of the PRO and CON
 * classes, their macro average, and claim detection F1 ignoring stance; then the stance of the gold claims read one
 * by one, as the {@code stance} command reads arguments.
 */
final class ClaimEvaluation {
    private ClaimEvaluation() {}

    static void iam(IngestPipeline pipeline, List<String[]> rows, int limit, PrintStream out) {
        Map<String, List<String[]>> byArticle = byArticle(rows, limit);
        int[][] counts = new int[3][3];
        int alone = 0;
        int aloneRight = 0;
        Calibration sided = new Calibration(); // gold claims the pipeline gave a side
        for (List<String[]> article : byArticle.values()) {
            String topic = article.getFirst()[1];
            StanceLabel[] predicted = predict(pipeline, article, topic);
            for (int i = 0; i < article.size(); i++) {
                int label = predicted[i] == null ? 0 : index(predicted[i].stance().name());
                counts[gold(article.get(i))][label]++;
                if (gold(article.get(i)) > 0 && label > 0) {
                    sided.add(predicted[i].confidence(), label == gold(article.get(i)));
                }
            }
            List<String[]> claims = article.stream().filter(r -> gold(r) > 0).toList();
            if (!claims.isEmpty()) {
                List<StanceLabel> labels = pipeline.stanceOf(claims.stream().map(r -> r[2].strip()).toList(), topic);
                for (int i = 0; i < claims.size(); i++) {
                    aloneRight += index(labels.get(i).stance().name()) == gold(claims.get(i)) ? 1 : 0;
                }
                alone += claims.size();
            }
        }
        double pro = f1(counts, 1);
        double con = f1(counts, 2);
        int tp = counts[1][1] + counts[1][2] + counts[2][1] + counts[2][2];
        int predictedClaims = tp + counts[0][1] + counts[0][2];
        int goldClaims = tp + counts[1][0] + counts[2][0];
        double p = tp / (double) Math.max(1, predictedClaims);
        double r = tp / (double) Math.max(1, goldClaims);
        out.printf("IAM (%d articles): claim F1 (any stance) %.3f (P %.3f, R %.3f); PRO F1 %.3f; CON F1 %.3f; "
                + "macro-F1 %.3f%n", byArticle.size(), 2 * p * r / Math.max(1e-9, p + r), p, r, pro, con, (pro + con) / 2);
        out.printf("IAM gold claims found as claims with a side, in their articles: stance %d/%d = %.3f; "
                + "expected calibration error %.3f%n", sided.right(), sided.answers(), sided.accuracy(), sided.error());
        out.print(sided.table("  "));
        out.printf("IAM gold claims read one by one: stance %d/%d = %.3f%n", aloneRight, alone,
                aloneRight / (double) Math.max(1, alone));
    }

    /** IAM's sentence rows (claims-dev.tsv) grouped by article id, in order, for the first {@code limit} articles. */
    static Map<String, List<String[]>> byArticle(List<String[]> rows, int limit) {
        Map<String, List<String[]>> byArticle = new LinkedHashMap<>();
        for (String[] row : rows) {
            if (row.length >= 5 && (byArticle.containsKey(row[3]) || byArticle.size() < limit)) {
                byArticle.computeIfAbsent(row[3], a -> new ArrayList<>()).add(row);
            }
        }
        return byArticle;
    }

    /** Per sentence: the stance label of the claim unit it lies in, or null (not in a claim, or NEUTRAL). */
    private static StanceLabel[] predict(IngestPipeline pipeline, List<String[]> sentences, String topic) {
        StringBuilder body = new StringBuilder();
        List<Block> blocks = new ArrayList<>();
        for (String[] s : sentences) {
            if (!body.isEmpty()) {
                body.append("\n\n");
            }
            String text = s[2].strip();
            blocks.add(new Block(Block.Kind.PARAGRAPH, new TextSpan(body.length(), body.length() + text.length())));
            body.append(text);
        }
        ArticleText article = new ArticleText("iam", body.toString(), ArticleMetadata.none(), blocks);
        Analysis analysis = pipeline.analyse(article, List.of(topic));
        StanceLabel[] labels = new StanceLabel[sentences.size()];
        for (DetectedUnit u : analysis.units()) {
            StanceLabel label = analysis.stances().getFirst().get(u.index());
            if (u.role() != Role.CLAIM || label.stance() == Stance.NEUTRAL) {
                continue;
            }
            for (int s : u.segments()) {
                labels[analysis.segments().get(s).block()] = label;
            }
        }
        return labels;
    }

    private static int gold(String[] row) {
        if (!row[0].equals("C")) {
            return 0;
        }
        return switch (row[4].strip()) {
            case "1" -> 1;
            case "-1" -> 2;
            default -> 0;
        };
    }

    private static int index(String label) {
        return switch (label) {
            case "PRO" -> 1;
            case "CON" -> 2;
            default -> 0;
        };
    }

    private static double f1(int[][] counts, int c) {
        int tp = counts[c][c];
        int fp = counts[0][c] + counts[3 - c][c];
        int fn = counts[c][0] + counts[c][3 - c];
        double p = tp / (double) Math.max(1, tp + fp);
        double r = tp / (double) Math.max(1, tp + fn);
        return 2 * p * r / Math.max(1e-9, p + r);
    }
}
