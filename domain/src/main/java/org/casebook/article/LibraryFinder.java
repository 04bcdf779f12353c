package org.casebook.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongPredicate;
import org.casebook.account.Access;
import org.casebook.account.Caller;
import org.casebook.account.Callers;
import java.util.stream.Collectors;
import org.casebook.ingest.IngestPipeline;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs a {@link LibraryQuery} as SQL, one page at a time, never loading the whole library. Word search is
 * PostgreSQL full-text search ({@code websearch_to_tsquery} against the stored {@code to_tsvector('english', ...)}
 * of titles and unit texts, GIN-indexed, V5). Search by meaning embeds the query and ranks articles by the cosine of
 * their closest unit.
 *
 * <p>Search by meaning is computed here in Java over the unit vectors held in memory ({@link UnitVectorIndex},
 * quantised), and the best candidates ranked exactly from the stored vectors (units.embedding, a real[]): no pgvector
 * extension is needed, which keeps the embedded PostgreSQL plain. A scan of 120,000 units takes tens of
 * milliseconds; past a few hundred thousand, pgvector with an HNSW index is the next step. Thread-safe.
 */
@Component
class LibraryFinder {
    /** A search by meaning keeps this many closest articles (every article has some closest unit). */
    static final int MEANING_MATCHES = 50;
    /** How many articles the in-memory index proposes before the exact ranking picks {@link #MEANING_MATCHES}. */
    private static final int MEANING_CANDIDATES = 4 * MEANING_MATCHES;
    private static final String TS_QUERY = "websearch_to_tsquery('english', :text)";

    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectProvider<IngestPipeline> pipeline;
    private final UnitVectorIndex vectors;
    private final Callers callers;

    LibraryFinder(NamedParameterJdbcTemplate jdbc, ObjectProvider<IngestPipeline> pipeline, UnitVectorIndex vectors,
            Callers callers) {
        this.callers = callers;
        this.jdbc = jdbc;
        this.pipeline = pipeline;
        this.vectors = vectors;
    }

    LibraryPage page(LibraryQuery query, int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
        var params = new MapSqlParameterSource();
        var where = new StringBuilder(filters(query, params, callers.current()));
        boolean words = query.searching() && query.mode() == LibraryQuery.Mode.WORDS;
        String rank = "0";
        String meaningOrder = null;
        if (words) {
            params.addValue("text", query.text().strip());
            where.append(" and (s.title_search @@ ").append(TS_QUERY)
                    .append(" or exists (select 1 from units m where m.article_id = a.id and m.text_search @@ ")
                    .append(TS_QUERY).append("))");
            rank = "2 * ts_rank(s.title_search, " + TS_QUERY + ")"
                    + " + coalesce((select max(ts_rank(m.text_search, " + TS_QUERY + ")) from units m"
                    + " where m.article_id = a.id and m.text_search @@ " + TS_QUERY + "), 0)";
        } else if (query.searching()) {
            List<Long> ids = closestByMeaning(query, callers.current());
            if (ids.isEmpty()) {
                return new LibraryPage(List.of(), false);
            }
            // Only numbers from our own query are written into the SQL.
            String array = ids.stream().map(String::valueOf).collect(Collectors.joining(",", "array[", "]::bigint[]"));
            where.append(" and a.id = any(").append(array).append(")");
            meaningOrder = "array_position(" + array + ", a.id)";
        }
        String order = switch (query.order()) {
            case BEST_MATCH -> meaningOrder != null ? meaningOrder + ", a.id"
                    : words ? "rank desc, a.id desc" : "s.imported_at desc, a.id desc";
            case IMPORTED_NEWEST -> "s.imported_at desc, a.id desc";
            case IMPORTED_OLDEST -> "s.imported_at, a.id";
            case PUBLISHED_NEWEST -> "s.published desc nulls last, a.id desc";
            case TITLE -> "lower(coalesce(nullif(btrim(s.title), ''), substring(a.body from 1 for 200))), a.id";
            case MOST_UNITS -> "unit_count desc, a.id desc";
        };
        params.addValue("limit", limit + 1).addValue("offset", offset);
        String sql = """
                select a.id, s.title, s.publication, s.published, s.location, s.imported_at,
                       substring(a.body from 1 for 300) as opening,
                       (select count(*) from units c where c.article_id = a.id) as unit_count,
                       %s as rank
                from articles a join sources s on s.id = a.source_id
                where %s
                order by %s
                limit :limit offset :offset
                """.formatted(rank, where, order);
        List<ArticleSummary> rows = new ArrayList<>(jdbc.query(sql, params, LibraryFinder::summary));
        boolean more = rows.size() > limit;
        if (more) {
            rows.removeLast();
        }
        return new LibraryPage(rows, more);
    }

    /** The outlets named by the sources the caller may see, alphabetically. */
    List<String> outlets() {
        var params = new MapSqlParameterSource();
        return jdbc.queryForList("select distinct publication from sources s where publication is not null"
                + " and btrim(publication) <> '' and " + Access.sourceVisible(callers.current(), "s", params)
                + " order by publication", params, String.class);
    }

    /** The number of articles the caller may see. */
    long count() {
        var params = new MapSqlParameterSource();
        Long n = jdbc.queryForObject("select count(*) from articles a join sources s on s.id = a.source_id where "
                + Access.sourceVisible(callers.current(), "s", params), params, Long.class);
        return n == null ? 0 : n;
    }

    private static String filters(LibraryQuery query, MapSqlParameterSource params, Optional<Caller> caller) {
        var where = new StringBuilder(Access.sourceVisible(caller, "s", params));
        if (query.outlet() != null) {
            where.append(" and s.publication = :outlet");
            params.addValue("outlet", query.outlet());
        }
        if (query.from() != null) {
            where.append(" and s.published >= :from");
            params.addValue("from", query.from());
        }
        if (query.to() != null) {
            where.append(" and s.published <= :to");
            params.addValue("to", query.to());
        }
        if (query.motionId() != null) {
            where.append(" and exists (select 1 from units su join unit_stances st on st.unit_id = su.id"
                    + " where su.article_id = a.id and st.motion_id = :motion and ");
            params.addValue("motion", query.motionId());
            if (query.stance() != null) {
                where.append("st.stance = :stance)");
                params.addValue("stance", query.stance().name());
            } else {
                where.append("st.stance <> 'NEUTRAL')");
            }
        }
        return where.toString();
    }

    /**
     * The ids of the articles the caller may see whose closest unit is nearest the query's meaning, closest first:
     * candidates from the in-memory index (which holds every article) limited to those the filters and the caller's
     * access let through, then the best of them ranked again by their exact stored vectors.
     */
    private List<Long> closestByMeaning(LibraryQuery query, Optional<Caller> caller) {
        float[] target = pipeline.getObject().embed(List.of(query.text().strip())).getFirst();
        var filterParams = new MapSqlParameterSource();
        String where = filters(query, filterParams, caller);
        LongPredicate allowed = id -> true;
        if (!where.equals("true")) {
            Set<Long> ids = new HashSet<>(jdbc.queryForList("select a.id from articles a join sources s"
                    + " on s.id = a.source_id where " + where, filterParams, Long.class));
            allowed = ids::contains;
        }
        List<Long> candidates = vectors.closest(target, allowed, MEANING_CANDIDATES).stream()
                .map(UnitVectorIndex.Match::articleId).toList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<Long, Double> best = new HashMap<>();
        jdbc.query("select article_id, array_send(embedding) from units where article_id = any(:ids)",
                new MapSqlParameterSource("ids", candidates.toArray(Long[]::new)), (ResultSet rs) -> {
                    double score = cosine(target, UnitVectorIndex.floats(rs.getBytes(2)));
                    best.merge(rs.getLong(1), score, Math::max);
                });
        return best.entrySet().stream()
                .sorted(Map.Entry.<Long, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(MEANING_MATCHES)
                .map(Map.Entry::getKey)
                .toList();
    }

    static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            return -1; // a vector from another model: never a match
        }
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    private static ArticleSummary summary(ResultSet rs, int row) throws SQLException {
        var published = rs.getObject("published", java.time.LocalDate.class);
        return new ArticleSummary(rs.getLong("id"), ArticleService.heading(rs.getString("title"), rs.getString("opening")),
                rs.getString("publication"), published, Math.toIntExact(rs.getLong("unit_count")),
                rs.getString("location"), rs.getObject("imported_at", java.time.OffsetDateTime.class).toInstant());
    }
}
