package org.casebook.ingest.stance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casebook.ingest.embedding.Embedder;
import org.casebook.ingest.model.Stance;
import org.casebook.ingest.model.StanceLabel;

/**
 * Learns {@link LearnedTone} from claims labelled PRO or CON towards their topic. A claim's label times its motion's
 * direction says whether it approves of what the motion is about ("ban X": a PRO claim disapproves of X); a logistic
 * regression without intercept over the claim's embedding learns that approval. Before the final fit, each topic is
 * held out in turn (the rest train) and the whole stance classifier is scored on it for a few weights of the learned
 * tone, so the figures are for topics the direction has not seen. Deterministic: full-batch gradient steps (Adam)
 * from zero.
 */
public final class ToneTraining {
    /** Weights of the learned logit against the hand-made tone that cross-validation compares; 0 is without it. */
    public static final double[] MIXES = {0, 0.25, 0.5, 1, 2};
    private static final int STEPS = 500;
    private static final double RATE = 0.05;
    private static final double L2 = 1.0;

    /** One labelled claim. */
    public record Claim(String topic, String text, boolean pro) {}

    /** Answers on held-out topics for each of {@link #MIXES}, and the direction fitted on every claim. */
    public record Report(int claims, int topics, List<Calibration> heldOut, LearnedTone tone) {}

    private final Embedder embedder;

    public ToneTraining(Embedder embedder) {
        this.embedder = embedder;
    }

    public Report train(List<Claim> claims) {
        Map<String, List<Integer>> byTopic = new LinkedHashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            byTopic.computeIfAbsent(claims.get(i).topic(), t -> new ArrayList<>()).add(i);
        }
        Map<String, Motion> motions = new HashMap<>();
        byTopic.keySet().forEach(topic -> motions.put(topic, Motion.parse(topic)));
        List<float[]> vectors = embedder.embed(claims.stream().map(Claim::text).toList());
        int[] approval = new int[claims.size()];
        for (int i = 0; i < claims.size(); i++) {
            approval[i] = (claims.get(i).pro() ? 1 : -1) * motions.get(claims.get(i).topic()).direction();
        }
        StanceClassifier classifier = new StanceClassifier(embedder);
        List<Calibration> heldOut = new ArrayList<>();
        for (int m = 0; m < MIXES.length; m++) {
            heldOut.add(new Calibration());
        }
        for (Map.Entry<String, List<Integer>> topic : byTopic.entrySet()) {
            List<Integer> rest = new ArrayList<>();
            for (int i = 0; i < claims.size(); i++) {
                if (!claims.get(i).topic().equals(topic.getKey())) {
                    rest.add(i);
                }
            }
            LearnedTone fold = new LearnedTone(embedder.modelId(), fit(vectors, approval, rest));
            List<String> texts = topic.getValue().stream().map(i -> claims.get(i).text()).toList();
            List<float[]> held = topic.getValue().stream().map(vectors::get).toList();
            Motion motion = motions.get(topic.getKey());
            for (int m = 0; m < MIXES.length; m++) {
                List<StanceLabel> labels = classifier.classifyTexts(texts, held, motion, fold, MIXES[m]);
                for (int k = 0; k < labels.size(); k++) {
                    Stance gold = claims.get(topic.getValue().get(k)).pro() ? Stance.PRO : Stance.CON;
                    heldOut.get(m).add(labels.get(k).confidence(), labels.get(k).stance() == gold);
                }
            }
        }
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            all.add(i);
        }
        return new Report(claims.size(), byTopic.size(), heldOut,
                new LearnedTone(embedder.modelId(), fit(vectors, approval, all)));
    }

    /** Logistic regression without intercept over the given rows, L2-regularised. */
    static float[] fit(List<float[]> vectors, int[] labels, List<Integer> rows) {
        int d = vectors.getFirst().length;
        double[] w = new double[d];
        double[] m = new double[d];
        double[] v = new double[d];
        for (int step = 1; step <= STEPS; step++) {
            double[] gradient = new double[d];
            for (int i : rows) {
                float[] x = vectors.get(i);
                double z = 0;
                for (int k = 0; k < d; k++) {
                    z += w[k] * x[k];
                }
                double error = 1 / (1 + Math.exp(-z)) - (labels[i] > 0 ? 1 : 0);
                for (int k = 0; k < d; k++) {
                    gradient[k] += error * x[k];
                }
            }
            for (int k = 0; k < d; k++) {
                double g = (gradient[k] + L2 * w[k]) / rows.size();
                m[k] = 0.9 * m[k] + 0.1 * g;
                v[k] = 0.999 * v[k] + 0.001 * g * g;
                double mHat = m[k] / (1 - Math.pow(0.9, step));
                double vHat = v[k] / (1 - Math.pow(0.999, step));
                w[k] -= RATE * mHat / (Math.sqrt(vHat) + 1e-8);
            }
        }
        float[] weights = new float[d];
        for (int k = 0; k < d; k++) {
            weights[k] = (float) w[k];
        }
        return weights;
    }
}
