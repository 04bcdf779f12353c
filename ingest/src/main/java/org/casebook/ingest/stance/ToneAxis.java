package org.casebook.ingest.stance;

import java.util.List;
import org.casebook.ingest.embedding.Embedder;

/**
 * The direction in embedding space from bad to good: the mean vector of a few plainly approving sentences minus
 * that of plainly disapproving ones, written for this purpose. A unit's tone is its projection on that direction,
 * used where its words carry no sign the lexicon knows. Built once from the embedder; thread-safe afterwards.
 */
final class ToneAxis {
    private static final List<String> APPROVING = List.of(
            "This is good and beneficial for everyone.", "It helps people and improves their lives.",
            "This has been a great success.", "It protects people and keeps them safe.",
            "It is fair, just and right.", "This works well and saves money.",
            "It creates opportunities and makes society stronger.", "People are better off because of it.",
            "It respects people's rights and freedom.", "It is effective and achieves its goals.",
            "It brings peace, stability and security.", "It is healthy and safe.",
            "It promotes equality and education.", "Everyone benefits and the economy grows.",
            "It is a moral duty and the right thing to do.", "It strengthens democracy and accountability.");
    private static final List<String> DISAPPROVING = List.of(
            "This is bad and harmful for everyone.", "It hurts people and makes their lives worse.",
            "This has been a complete failure.", "It endangers people and puts them at risk.",
            "It is unfair, unjust and wrong.", "This does not work and wastes money.",
            "It destroys opportunities and makes society weaker.", "People are worse off because of it.",
            "It violates people's rights and freedom.", "It is ineffective and fails its goals.",
            "It brings violence, chaos and insecurity.", "It is unhealthy and dangerous.",
            "It increases inequality and ignorance.", "Everyone suffers and the economy shrinks.",
            "It is immoral and the wrong thing to do.", "It undermines democracy and accountability.");

    private final float[] axis;

    ToneAxis(Embedder embedder) {
        List<float[]> good = embedder.embed(APPROVING);
        List<float[]> bad = embedder.embed(DISAPPROVING);
        axis = new float[good.getFirst().length];
        for (int i = 0; i < axis.length; i++) {
            double sum = 0;
            for (int k = 0; k < good.size(); k++) {
                sum += good.get(k)[i] - bad.get(k)[i];
            }
            axis[i] = (float) (sum / good.size());
        }
    }

    /** Positive for approving, negative for disapproving; about -0.2..0.2 for ordinary sentences. */
    double tone(float[] vector) {
        return Embedder.cosine(vector, axis);
    }
}
