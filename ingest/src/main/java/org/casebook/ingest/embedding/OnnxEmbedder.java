package org.casebook.ingest.embedding;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * bge-small-en-v1.5 (quantised ONNX, from the langchain4j artifact on the classpath) run in process with ONNX
 * Runtime. Texts are sorted by length and embedded in padded batches; the vector is the normalised [CLS] state, as
 * the model's authors pool it. Thread-safe: the session and tokenizer are safe to share.
 */
public final class OnnxEmbedder implements Embedder {
    private static final String MODEL = "/bge-small-en-v1.5-q.onnx";
    private static final String TOKENIZER = "/bge-small-en-v1.5-q-tokenizer.json";
    private static final int DIMENSION = 384;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final int batchSize;
    private final int maxTokens;

    public OnnxEmbedder(int batchSize, int maxTokens, int threads) {
        if (batchSize < 1 || maxTokens < 8 || maxTokens > 512 || threads < 1) {
            throw new IllegalArgumentException("batch %d, tokens %d, threads %d".formatted(batchSize, maxTokens, threads));
        }
        this.batchSize = batchSize;
        this.maxTokens = maxTokens;
        try {
            environment = OrtEnvironment.getEnvironment();
            var options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(threads);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            session = environment.createSession(resource(MODEL), options);
            try (InputStream in = OnnxEmbedder.class.getResourceAsStream(TOKENIZER)) {
                if (in == null) {
                    throw new IllegalStateException("tokenizer " + TOKENIZER + " is not on the classpath");
                }
                tokenizer = HuggingFaceTokenizer.newInstance(in, Map.of(
                        "truncation", "true", "maxLength", Integer.toString(maxTokens), "padding", "false"));
            }
        } catch (OrtException | IOException e) {
            throw new IllegalStateException("cannot load the embedding model: " + e.getMessage(), e);
        }
    }

    @Override
    public String modelId() {
        return "bge-small-en-v1.5-q/onnx/cls/max" + maxTokens;
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        float[][] out = new float[texts.size()][];
        Integer[] order = IntStream.range(0, texts.size()).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingInt(i -> texts.get(i).length()));
        for (int from = 0; from < order.length; from += batchSize) {
            int to = Math.min(order.length, from + batchSize);
            List<String> batch = new ArrayList<>(to - from);
            for (int k = from; k < to; k++) {
                batch.add(texts.get(order[k]));
            }
            float[][] vectors = embedBatch(batch);
            for (int k = from; k < to; k++) {
                out[order[k]] = vectors[k - from];
            }
        }
        return Arrays.asList(out);
    }

    private float[][] embedBatch(List<String> batch) {
        Encoding[] encodings = tokenizer.batchEncode(batch);
        int length = Arrays.stream(encodings).mapToInt(e -> e.getIds().length).max().orElse(1);
        long[][] ids = new long[batch.size()][length];
        long[][] mask = new long[batch.size()][length];
        long[][] types = new long[batch.size()][length];
        for (int b = 0; b < encodings.length; b++) {
            long[] tokenIds = encodings[b].getIds();
            System.arraycopy(tokenIds, 0, ids[b], 0, tokenIds.length);
            Arrays.fill(mask[b], 0, tokenIds.length, 1L);
        }
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(environment, ids));
            inputs.put("attention_mask", OnnxTensor.createTensor(environment, mask));
            if (session.getInputNames().contains("token_type_ids")) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(environment, types));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                float[][][] states = (float[][][]) result.get(0).getValue();
                float[][] vectors = new float[batch.size()][];
                for (int b = 0; b < states.length; b++) {
                    vectors[b] = normalised(states[b][0]);
                }
                return vectors;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("embedding failed: " + e.getMessage(), e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    private static float[] normalised(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float scale = (float) (1 / Math.max(Math.sqrt(norm), 1e-12));
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * scale;
        }
        return out;
    }

    private static byte[] resource(String name) {
        try (InputStream in = OnnxEmbedder.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("model " + name + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
        tokenizer.close();
    }
}
