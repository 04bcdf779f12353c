package org.casebook.article;

import java.nio.ByteBuffer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The units' vectors held in memory for search by meaning, so a search does not read every vector from the
 * database (19 s for 120,000 units; see the README's benchmark). Each vector is kept quantised to bytes with its own
 * scale (384 bytes a unit instead of 1,536), which ranks within about 0.005 of the exact cosine; the final order of
 * the best candidates is computed from the exact stored vectors ({@link LibraryFinder}).
 *
 * <p>Before each search the index compares every article's units (count, highest id, sum of versions) with what it
 * holds and reloads only the articles that changed, so imports, corrections and re-analyses are seen at once
 * without any caller telling it. Thread-safe.
 */
@Component
class UnitVectorIndex {
    /** One article's units: quantised vectors and the length of each. */
    private record ArticleVectors(String signature, byte[][] vectors, float[] norms) {}

    /** An article and how close its closest unit is. */
    record Match(long articleId, double score) {}

    private static final Logger log = LoggerFactory.getLogger(UnitVectorIndex.class);
    private final NamedParameterJdbcTemplate jdbc;
    private final Map<Long, ArticleVectors> articles = new ConcurrentHashMap<>();

    UnitVectorIndex(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Loads the vectors in the background once the application is up, to spare the first search the wait. */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread.ofVirtual().name("casebook-vector-index").start(() -> {
            try {
                refresh();
            } catch (RuntimeException e) {
                log.warn("Could not load the unit vectors ahead of the first search; it will load them", e);
            }
        });
    }

    /**
     * The {@code limit} articles accepted by {@code allowed} whose closest unit is nearest {@code target}, by the
     * quantised vectors, closest first.
     */
    List<Match> closest(float[] target, LongPredicate allowed, int limit) {
        refresh();
        double targetNorm = Math.sqrt(dot(target, target));
        List<Match> matches = new ArrayList<>();
        for (var entry : articles.entrySet()) {
            if (!allowed.test(entry.getKey())) {
                continue;
            }
            ArticleVectors v = entry.getValue();
            double best = -2;
            for (int i = 0; i < v.vectors().length; i++) {
                byte[] q = v.vectors()[i];
                if (q.length != target.length || v.norms()[i] == 0 || targetNorm == 0) {
                    continue; // a vector from another model: never a match
                }
                best = Math.max(best, dot(target, q) / (targetNorm * v.norms()[i]));
            }
            if (best > -2) {
                matches.add(new Match(entry.getKey(), best));
            }
        }
        matches.sort((a, b) -> a.score() != b.score() ? Double.compare(b.score(), a.score())
                : Long.compare(a.articleId(), b.articleId()));
        return matches.size() <= limit ? matches : List.copyOf(matches.subList(0, limit));
    }

    /** Brings the index up to date with the units table, reloading only the articles whose units changed. */
    synchronized void refresh() {
        Map<Long, String> now = new HashMap<>();
        jdbc.query("select article_id, count(*) || ':' || max(id) || ':' || sum(version) as signature from units"
                + " group by article_id", new MapSqlParameterSource(), (ResultSet rs) -> {
                    now.put(rs.getLong(1), rs.getString(2));
                });
        articles.keySet().removeIf(id -> !now.containsKey(id));
        Set<Long> stale = new HashSet<>();
        now.forEach((id, signature) -> {
            ArticleVectors held = articles.get(id);
            if (held == null || !held.signature().equals(signature)) {
                stale.add(id);
            }
        });
        if (!stale.isEmpty()) {
            load(stale, now);
        }
    }

    private void load(Set<Long> ids, Map<Long, String> signatures) {
        Map<Long, List<float[]>> loaded = new HashMap<>();
        var params = new MapSqlParameterSource("ids", ids.toArray(Long[]::new));
        // array_send: the binary form of real[], read without formatting 384 numbers as text for each unit.
        jdbc.query("select article_id, array_send(embedding) from units where article_id = any(:ids) order by id",
                params, (ResultSet rs) -> {
                    loaded.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(floats(rs.getBytes(2)));
                });
        for (long id : ids) {
            List<float[]> vectors = loaded.getOrDefault(id, List.of());
            byte[][] quantised = new byte[vectors.size()][];
            float[] norms = new float[vectors.size()];
            for (int i = 0; i < vectors.size(); i++) {
                quantised[i] = quantise(vectors.get(i));
                norms[i] = (float) Math.sqrt(dot(quantised[i], quantised[i]));
            }
            articles.put(id, new ArticleVectors(signatures.get(id), quantised, norms));
        }
    }

    /** The elements of PostgreSQL's binary array format: a header, then each element's length and value. */
    static float[] floats(byte[] binary) {
        ByteBuffer in = ByteBuffer.wrap(binary);
        int dimensions = in.getInt();
        in.getInt(); // has nulls
        in.getInt(); // element type
        if (dimensions == 0) {
            return new float[0];
        }
        int length = in.getInt();
        in.getInt(); // lower bound
        float[] values = new float[length];
        for (int i = 0; i < length; i++) {
            int size = in.getInt();
            values[i] = size < 0 ? 0 : in.getFloat();
        }
        return values;
    }

    /** Scaled so the largest component is 127; the scale cancels out of a cosine. */
    static byte[] quantise(float[] vector) {
        float max = 0;
        for (float x : vector) {
            max = Math.max(max, Math.abs(x));
        }
        byte[] q = new byte[vector.length];
        if (max == 0) {
            return q;
        }
        for (int i = 0; i < vector.length; i++) {
            q[i] = (byte) Math.round(vector[i] / max * 127);
        }
        return q;
    }

    private static double dot(float[] a, byte[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double dot(byte[] a, byte[] b) {
        long sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** How many articles the index holds (for tests). */
    int size() {
        return articles.size();
    }
}
