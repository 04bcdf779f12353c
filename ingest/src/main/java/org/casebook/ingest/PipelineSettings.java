package org.casebook.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The pipeline's tunable settings, validated on construction. {@link #hash()} is stored as provenance.
 *
 * @param batchSize texts per embedding batch
 * @param maxTokens tokens per text given to the model (longer texts are truncated)
 * @param threads threads the model may use
 * @param unitThreshold minimum score for a sentence to become a unit
 * @param counterThreshold minimum score for a semantic counter pair
 */
public record PipelineSettings(int batchSize, int maxTokens, int threads, double unitThreshold, double counterThreshold) {
    public PipelineSettings {
        if (batchSize < 1 || batchSize > 512) {
            throw new IllegalArgumentException("batchSize must be 1..512, was " + batchSize);
        }
        if (maxTokens < 16 || maxTokens > 512) {
            throw new IllegalArgumentException("maxTokens must be 16..512, was " + maxTokens);
        }
        if (threads < 1 || threads > 64) {
            throw new IllegalArgumentException("threads must be 1..64, was " + threads);
        }
        if (unitThreshold <= 0 || unitThreshold >= 1) {
            throw new IllegalArgumentException("unitThreshold must be in (0, 1), was " + unitThreshold);
        }
        if (counterThreshold <= 0 || counterThreshold >= 1) {
            throw new IllegalArgumentException("counterThreshold must be in (0, 1), was " + counterThreshold);
        }
    }

    public static PipelineSettings defaults() {
        return new PipelineSettings(32, 256, Math.max(1, Runtime.getRuntime().availableProcessors()), 0.5, 0.6);
    }

    /** A short hash of every setting that changes results (not of the thread count). */
    public String hash() {
        String key = batchSize + "|" + maxTokens + "|" + unitThreshold + "|" + counterThreshold;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
