package org.casebook.ingest.counter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.casebook.ingest.embedding.Embedder;
import org.casebook.ingest.model.ArticleText;
import org.casebook.ingest.model.CounterPair;
import org.casebook.ingest.model.DetectedUnit;
import org.casebook.ingest.model.MinedUnit;
import org.casebook.ingest.model.Stance;
import org.casebook.ingest.model.UnitRef;

/**
 * Pairs units that rebut each other. Inside an article the text marks a rebuttal: a unit that opens with a
 * correction ("To be clear", "In fact", "That's a prescription for ...") answers the nearest unit before it in
 * another voice (EXPLICIT). Across a library, a unit is answered by the units of the opposite stance that are
 * closest to it in meaning (SEMANTIC), at most a few each, above a similarity threshold. Thread-safe.
 */
public final class CounterArgumentPairer {
    private static final Pattern REBUTTAL_OPENING = Pattern.compile("^(?:[\u201c\"]?)(?:To be clear|In fact|Actually|"
            + "In reality|On the contrary|Not so|Not quite|That[\u2019']s (?:a|not|wrong|false|untrue)|That is (?:a|not)|"
            + "This is (?:not|wrong|false)|But (?:that|this|the truth|in fact)|Yet |However,|And some|"
            + "Critics (?:say|argue|counter)|Others (?:say|argue|counter)|The (?:truth|reality|problem) is|"
            + "Rather than|Instead,|Far from)", Pattern.CASE_INSENSITIVE);
    private static final int REACH = 4;
    private static final int PER_UNIT = 3;

    private final double threshold;

    public CounterArgumentPairer(double threshold) {
        if (threshold <= 0 || threshold >= 1) {
            throw new IllegalArgumentException("threshold " + threshold);
        }
        this.threshold = threshold;
    }

    /** Rebuttals the article itself marks; unit references use article index 0. */
    public List<CounterPair> pairWithin(ArticleText article, List<DetectedUnit> units, List<float[]> vectors) {
        List<CounterPair> pairs = new ArrayList<>();
        for (DetectedUnit u : units) {
            if (!REBUTTAL_OPENING.matcher(u.span().cut(article.body())).find()) {
                continue;
            }
            for (int j = u.index() - 1; j >= Math.max(0, u.index() - REACH); j--) {
                DetectedUnit earlier = units.get(j);
                if (!Objects.equals(voice(earlier), voice(u))) {
                    double similarity = Embedder.cosine(vectors.get(j), vectors.get(u.index()));
                    pairs.add(new CounterPair(new UnitRef(0, j), new UnitRef(0, u.index()),
                            Math.clamp(0.6 + 0.4 * similarity, 0, 1), CounterPair.Basis.EXPLICIT));
                    break;
                }
            }
        }
        return pairs;
    }

    /** Rebuttals by meaning and opposite stance, within and across the articles of a library. */
    public List<CounterPair> pairAcross(List<MinedUnit> library) {
        List<CounterPair> pairs = new ArrayList<>();
        Set<Set<UnitRef>> seen = new HashSet<>();
        for (MinedUnit unit : library) {
            if (unit.stance() == Stance.NEUTRAL) {
                continue;
            }
            List<CounterPair> candidates = new ArrayList<>();
            for (MinedUnit other : library) {
                if (other.stance() != unit.stance().opposite()) {
                    continue;
                }
                double similarity = Embedder.cosine(unit.vector(), other.vector());
                if (similarity >= threshold) {
                    candidates.add(new CounterPair(unit.ref(), other.ref(), Math.clamp(similarity, 0, 1),
                            CounterPair.Basis.SEMANTIC));
                }
            }
            candidates.sort(Comparator.comparingDouble(CounterPair::score).reversed());
            for (CounterPair pair : candidates.subList(0, Math.min(PER_UNIT, candidates.size()))) {
                if (seen.add(Set.of(pair.unit(), pair.counter()))) {
                    pairs.add(pair);
                }
            }
        }
        return pairs;
    }

    private static String voice(DetectedUnit u) {
        return u.speaker() == null ? "" : u.speaker().name();
    }
}
