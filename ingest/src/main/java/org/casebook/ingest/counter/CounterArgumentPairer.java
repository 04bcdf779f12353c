package org.casebook.ingest.counter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
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
    private static final Pattern CONTRADICTION = Pattern.compile("^(?:[\u201c\"]?)(?:(?:To be clear|In fact|"
            + "Actually|In reality|On the contrary|Not so|Not quite|That[\u2019']s (?:not|wrong|false|untrue)|"
            + "That is not|This is (?:not|wrong|false)|But (?:that|this|the truth|in fact))\\b|"
            + "Yet (?!another|again|more|also)|However,)", Pattern.CASE_INSENSITIVE);
    private static final int REACH = 4;
    private static final int PER_UNIT = 3;
    private static final int MUTUAL = 6;

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
            int j = answered(article.body(), units, u);
            if (j >= 0) {
                double similarity = Embedder.cosine(vectors.get(j), vectors.get(u.index()));
                pairs.add(new CounterPair(new UnitRef(0, j), new UnitRef(0, u.index()),
                        Math.clamp(0.6 + 0.4 * similarity, 0, 1), CounterPair.Basis.EXPLICIT));
            }
        }
        return pairs;
    }

    /**
     * The index of the unit that {@code u} answers, when the text marks {@code u} as a rebuttal: the nearest unit
     * before it in another voice; -1 when it is not marked or no such unit is near.
     */
    public static int answered(String body, List<DetectedUnit> units, DetectedUnit u) {
        return REBUTTAL_OPENING.matcher(u.span().cut(body)).find() ? earlierVoice(units, u) : -1;
    }

    /**
     * As {@link #answered}, for the plainest marks only, those that say the other voice is wrong ("In fact",
     * "Yet", "That's not true"), not those that may go on from it ("Rather than", "Instead", "The problem is"),
     * and only when the unit right before is in another voice.
     */
    public static int contradicted(String body, List<DetectedUnit> units, DetectedUnit u) {
        int before = u.index() - 1;
        // only the unit right before: after the author's own units, "In fact" goes on from the author
        return before >= 0 && CONTRADICTION.matcher(u.span().cut(body)).find()
                && !Objects.equals(voice(units.get(before)), voice(u)) ? before : -1;
    }

    private static int earlierVoice(List<DetectedUnit> units, DetectedUnit u) {
        for (int j = u.index() - 1; j >= Math.max(0, u.index() - REACH); j--) {
            if (!Objects.equals(voice(units.get(j)), voice(u))) {
                return j;
            }
        }
        return -1;
    }

    /**
     * Rebuttals by meaning and opposite stance, within and across the articles of a library: a pair is kept when
     * each unit is among the other's few closest units of the opposite side ({@value #PER_UNIT} from one side, a
     * few more from the other), so an argument close to everything does not answer everything.
     */
    public List<CounterPair> pairAcross(List<MinedUnit> library) {
        int n = library.size();
        int[][] rank = new int[n][n];
        double[][] similarity = new double[n][n];
        for (int i = 0; i < n; i++) {
            MinedUnit unit = library.get(i);
            List<Integer> opposite = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                rank[i][j] = Integer.MAX_VALUE;
                if (unit.stance() != Stance.NEUTRAL && library.get(j).stance() == unit.stance().opposite()) {
                    similarity[i][j] = Embedder.cosine(unit.vector(), library.get(j).vector());
                    opposite.add(j);
                }
            }
            final int from = i;
            opposite.sort(Comparator.comparingDouble((Integer j) -> -similarity[from][j]).thenComparingInt(j -> j));
            for (int r = 0; r < opposite.size(); r++) {
                rank[i][opposite.get(r)] = r;
            }
        }
        List<CounterPair> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                int near = Math.min(rank[i][j], rank[j][i]);
                int far = Math.max(rank[i][j], rank[j][i]);
                if (near < PER_UNIT && far < MUTUAL && similarity[i][j] >= threshold) {
                    pairs.add(new CounterPair(library.get(i).ref(), library.get(j).ref(),
                            Math.clamp(similarity[i][j], 0, 1), CounterPair.Basis.SEMANTIC));
                }
            }
        }
        return pairs;
    }

    private static String voice(DetectedUnit u) {
        return u.speaker() == null ? "" : u.speaker().name();
    }
}
