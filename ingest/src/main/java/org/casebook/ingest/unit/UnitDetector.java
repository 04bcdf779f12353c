package org.casebook.ingest.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.casebook.ingest.embedding.Embedder;
import org.casebook.ingest.model.ArticleText;
import org.casebook.ingest.model.DetectedUnit;
import org.casebook.ingest.model.Role;
import org.casebook.ingest.model.Segment;
import org.casebook.ingest.model.Speaker;
import org.casebook.ingest.model.TextSpan;
import org.jspecify.annotations.Nullable;

/**
 * Finds claims and evidence among an article's sentences. Each sentence is scored from its wording
 * ({@link SentenceScore}); those above the threshold become units, and so do plain sentences that carry on the unit
 * just before them ({@link #carriesOn}). Consecutive sentences of one quotation by one speaker become one unit (at
 * most four sentences), since they make one argument. Each piece of evidence is linked to the nearby claim it is
 * most similar to, and a claim that goes on from the claim before it to that claim. Needs segments, their speakers,
 * the people the article names and vectors; produces units ordered by position. Stateless and thread-safe.
 */
public final class UnitDetector {
    private static final int QUOTE_SENTENCES = 4;
    private static final int QUOTE_WORDS = 80;
    private static final int SUPPORT_REACH = 3;
    /** How close in meaning a claim must be to the claim before it to count as a reason for it (IAM dev). */
    private static final double CONTINUES = 0.5;

    /**
     * Openings that point back to what was just argued or add to it: "They feed families, ...", "These are not idle
     * patches of weeds.", "It is two and a half miles away, ...", "Nor ...", "And ...".
     */
    private static final Pattern CARRYING_ON = Pattern.compile("(?i)\\W*(?:they|these|those|it|this|that|such|its|"
            + "their|he|she|nor|and|so|the\\s+same|even)\\b");
    /**
     * How far below the threshold a sentence that {@link #carriesOn carries on} the unit before it may score and be
     * a unit too (0.4 at the default 0.5): plain words ("These are not idle patches of weeds.") argue on from a
     * claim. Unseen reports 1,176 -> 1,184 of 1,923 read right (units on the reports' gold 1,655 -> 1,669 of 1,923,
     * precision 0.808 unchanged); seeds and IAM unchanged.
     */
    private static final double CARRY_MARGIN = 0.1;

    private final double threshold;

    public UnitDetector(double threshold) {
        if (threshold <= 0 || threshold >= 1) {
            throw new IllegalArgumentException("threshold " + threshold);
        }
        this.threshold = threshold;
    }

    public List<DetectedUnit> detect(
            ArticleText article, List<Segment> segments, List<@Nullable Speaker> speakers, Set<String> people,
            List<float[]> vectors) {
        String body = article.body();
        List<DetectedUnit> units = new ArrayList<>();
        int i = 0;
        while (i < segments.size()) {
            int end = quotationEnd(body, segments, speakers, i);
            SentenceScore score = null;
            for (int k = i; k < end; k++) {
                Segment s = segments.get(k);
                score = SentenceScore.max(score,
                        SentenceScore.of(s.span().cut(body), speakers.get(k) != null, s.quoted(), people));
            }
            if (score.best() >= threshold
                    || score.best() >= threshold - CARRY_MARGIN && carriesOn(body, segments, speakers, units, i, end)) {
                List<Integer> covered = new ArrayList<>();
                for (int k = i; k < end; k++) {
                    covered.add(k);
                }
                TextSpan span = new TextSpan(segments.get(i).span().start(), segments.get(end - 1).span().end());
                units.add(new DetectedUnit(units.size(), span, covered, score.role(), score.best(), speakers.get(i), null));
            }
            i = end;
        }
        return link(units, unitVectors(units, vectors), segments, body);
    }

    /**
     * Whether sentence {@code i}, in the author's voice, carries on the argument of the unit just before it in the same
     * paragraph, opening with a word that points back to it or adds to it ({@link #CARRYING_ON}).
     */
    private static boolean carriesOn(String body, List<Segment> segments, List<@Nullable Speaker> speakers,
            List<DetectedUnit> units, int i, int end) {
        // after a quotation too: "She pointed to Nottingham, ...", "That figure ignores the fact that ..." go on from
        // what was quoted (a speaker's unit before it required instead: reports 1275 -> 1271 of 2057)
        if (end != i + 1 || speakers.get(i) != null || units.isEmpty()
                || units.getLast().segments().getLast() != i - 1
                || segments.get(i - 1).block() != segments.get(i).block()) {
            return false;
        }
        return CARRYING_ON.matcher(segments.get(i).span().cut(body)).lookingAt();
    }

    /** The end (exclusive) of the quotation that starts at {@code i}: following quoted sentences of one speaker. */
    private static int quotationEnd(String body, List<Segment> segments, List<@Nullable Speaker> speakers, int i) {
        Speaker speaker = speakers.get(i);
        int end = i + 1;
        // "Desai said the figures understated the problem. \"What you see ...\"": what is reported and what is
        // quoted after it are two units
        String first = segments.get(i).span().cut(body);
        if (speaker == null || !segments.get(i).quoted() && first.indexOf('\u201c') < 0 && first.indexOf('"') < 0) {
            return end;
        }
        int words = words(first);
        while (end < segments.size() && end - i < QUOTE_SENTENCES
                && (segments.get(end).quoted() || closesQuotation(segments.get(end).span().cut(body)))
                && segments.get(end).block() == segments.get(i).block()
                && Objects.equals(speakers.get(end), speaker)) {
            words += words(segments.get(end).span().cut(body));
            if (words > QUOTE_WORDS) {
                break;
            }
            end++;
        }
        return end;
    }

    /**
     * Whether a sentence ends a quotation begun before it, its speaker named after it: its first quotation mark
     * closes ("... in the lower reaches," she said.).
     */
    private static boolean closesQuotation(String text) {
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '\u201c') {
                return false;
            }
            if (c == '\u201d' || c == '"') {
                return k > 0; // a straight mark that opens the sentence opens a quotation
            }
        }
        return false;
    }

    private static int words(String text) {
        return text.split("\\s+").length;
    }

    /**
     * Links each piece of evidence to the most similar claim among the few units before and after it, and each
     * claim that goes on from the claim before it (same paragraph, same voice, close in meaning, not opening with a
     * contrast: "But", "However", "Critics ...") to that claim, as a reason given for it.
     */
    private static List<DetectedUnit> link(List<DetectedUnit> units, List<float[]> vectors, List<Segment> segments,
            String body) {
        List<DetectedUnit> linked = new ArrayList<>(units.size());
        for (DetectedUnit u : units) {
            linked.add(u.withSupports(u.role() == Role.EVIDENCE ? supportedClaim(units, vectors, u)
                    : continuedClaim(units, vectors, segments, body, u)));
        }
        return linked;
    }

    private static @Nullable Integer supportedClaim(List<DetectedUnit> units, List<float[]> vectors, DetectedUnit u) {
        Integer best = null;
        double bestScore = 0.3;
        int last = Math.min(units.size(), u.index() + SUPPORT_REACH + 1);
        for (int j = Math.max(0, u.index() - SUPPORT_REACH); j < last; j++) {
            DetectedUnit other = units.get(j);
            if (j != u.index() && other.role() == Role.CLAIM) {
                double score = Embedder.cosine(vectors.get(u.index()), vectors.get(j)) - 0.02 * Math.abs(j - u.index())
                        + (j < u.index() ? 0.02 : 0);
                if (score > bestScore) {
                    bestScore = score;
                    best = j;
                }
            }
        }
        return best;
    }

    private static @Nullable Integer continuedClaim(List<DetectedUnit> units, List<float[]> vectors,
            List<Segment> segments, String body, DetectedUnit u) {
        if (u.index() == 0 || Cues.TURN.matcher(u.span().cut(body)).lookingAt()) {
            return null;
        }
        DetectedUnit before = units.get(u.index() - 1);
        boolean sameParagraph = block(before, segments) == block(u, segments);
        boolean sameVoice = Objects.equals(before.speaker(), u.speaker());
        return before.role() == Role.CLAIM && sameParagraph && sameVoice
                && Embedder.cosine(vectors.get(u.index()), vectors.get(before.index())) >= CONTINUES ? before.index()
                : null;
    }

    private static int block(DetectedUnit u, List<Segment> segments) {
        return segments.get(u.segments().getFirst()).block();
    }

    /** Each unit's vector: the normalised mean of its sentences' vectors. */
    public static List<float[]> unitVectors(List<DetectedUnit> units, List<float[]> sentenceVectors) {
        List<float[]> out = new ArrayList<>();
        for (DetectedUnit u : units) {
            float[] sum = new float[sentenceVectors.isEmpty() ? 0 : sentenceVectors.getFirst().length];
            for (int s : u.segments()) {
                float[] v = sentenceVectors.get(s);
                for (int k = 0; k < sum.length; k++) {
                    sum[k] += v[k];
                }
            }
            double norm = 0;
            for (float x : sum) {
                norm += x * x;
            }
            float scale = (float) (1 / Math.max(Math.sqrt(norm), 1e-12));
            for (int k = 0; k < sum.length; k++) {
                sum[k] *= scale;
            }
            out.add(sum);
        }
        return out;
    }
}
