package org.casebook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.casebook.article.ArticleService;
import org.casebook.article.LibraryPage;
import org.casebook.article.LibraryQuery;
import org.casebook.article.Side;
import org.casebook.testdb.TestDatabaseInitializer;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How fast the library list pages, searches and filters with many articles: fills a database with SYNTHETIC
 * articles (random sentences over a fixed vocabulary, random unit vectors of the real model's size, random
 * stances: for timing only, not for quality), then times {@link ArticleService#page} for the library's queries and
 * prints the median and worst of several runs. Runs on the tests' PostgreSQL (embedded in a temporary directory,
 * or Testcontainers when Docker answers); the real embedding model embeds the queries searched by meaning.
 *
 * <pre>
 * ./mvnw -q -pl domain -am test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt
 * java -cp domain/target/test-classes:domain/target/classes:$(cat domain/target/test-classpath.txt) \
 *     org.casebook.LibraryBenchmark 10000 12
 * </pre>
 *
 * Arguments: articles (default 10,000) and units per article (default 12).
 */
public final class LibraryBenchmark {
    private static final int RUNS = 7;
    private static final int DIMENSIONS = 384;
    private static final String[] OUTLETS = {"The Daily Ledger", "Harbour Times", "North Gazette", "Civic Review",
        "Morning Post", "Valley Herald", "Policy Weekly", "The Observer Desk", "Metro Voice", "Coast Chronicle"};
    private static final String[] TOPICS = {"aid", "migration", "tax", "climate", "school", "uniforms", "health",
        "housing", "transport", "energy", "trade", "police", "courts", "water", "farming", "tourism", "ferry",
        "subsidy", "tariff", "pension", "vaccine", "broadband", "rail", "carbon", "budget", "wages", "rent", "crime"};
    private static final String[] WORDS = ("the government should cut increase fund ban allow reform protect expand "
            + "reduce policy programs people city council officials experts report data percent year critics say "
            + "would could must because therefore however evidence shows studies found cost benefit risk harm "
            + "families children workers businesses communities region country local national public private "
            + "money support plan law rule market price growth decline violence prevention safety access").split(" ");

    private LibraryBenchmark() {}

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int unitsPerArticle = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DomainTestApplication.class)
                .web(WebApplicationType.NONE).initializers(new TestDatabaseInitializer()).run()) {
            long motionId = fill(context.getBean(DataSource.class), articles, unitsPerArticle);
            var library = context.getBean(ArticleService.class);
            System.out.printf("Library: %,d synthetic articles, %,d units (%d each)%n", library.count(),
                    (long) articles * unitsPerArticle, unitsPerArticle);
            var all = LibraryQuery.all();
            time("first page (50, newest first)", () -> library.page(all, 0, 50));
            time("page at offset 5,000", () -> library.page(all, 5_000, 50));
            time("last page", () -> library.page(all, articles - 50, 50));
            time("sorted by title, first page", () -> library.page(order(all, LibraryQuery.Order.TITLE), 0, 50));
            time("sorted by units, first page", () -> library.page(order(all, LibraryQuery.Order.MOST_UNITS), 0, 50));
            time("words: \"ferry subsidy\"", () -> library.page(all.withText("ferry subsidy", LibraryQuery.Mode.WORDS),
                    0, 50));
            time("words: rare \"tariff pension broadband\"", () -> library.page(all.withText(
                    "tariff pension broadband", LibraryQuery.Mode.WORDS), 0, 50));
            time("words: common \"government\"", () -> library.page(all.withText("government",
                    LibraryQuery.Mode.WORDS), 0, 50));
            time("meaning: \"cutting foreign aid\"", () -> library.page(all.withText("cutting foreign aid",
                    LibraryQuery.Mode.MEANING), 0, 50));
            var outlet = new LibraryQuery("", LibraryQuery.Mode.WORDS, OUTLETS[3], null, null, null, null,
                    LibraryQuery.Order.BEST_MATCH);
            time("filter: outlet", () -> library.page(outlet, 0, 50));
            var dates = new LibraryQuery("", LibraryQuery.Mode.WORDS, null, LocalDate.of(2020, 1, 1),
                    LocalDate.of(2020, 6, 30), null, null, LibraryQuery.Order.PUBLISHED_NEWEST);
            time("filter: dates, newest first", () -> library.page(dates, 0, 50));
            var stance = new LibraryQuery("", LibraryQuery.Mode.WORDS, null, null, null, motionId, Side.CON,
                    LibraryQuery.Order.BEST_MATCH);
            time("filter: motion, CON", () -> library.page(stance, 0, 50));
            time("filter: motion, CON, words \"ferry\"", () -> library.page(stance.withText("ferry",
                    LibraryQuery.Mode.WORDS), 0, 50));
            time("outlets (filter choices)", library::outlets);
            time("count", library::count);
        }
    }

    private static LibraryQuery order(LibraryQuery q, LibraryQuery.Order order) {
        return new LibraryQuery(q.text(), q.mode(), q.outlet(), q.from(), q.to(), q.motionId(), q.stance(), order);
    }

    private static void time(String what, Supplier<?> query) {
        long[] nanos = new long[RUNS];
        Object result = null;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            result = query.get();
            nanos[i] = System.nanoTime() - start;
        }
        long first = nanos[0];
        Arrays.sort(nanos);
        int rows = result instanceof LibraryPage page ? page.articles().size()
                : result instanceof List<?> list ? list.size() : 1;
        System.out.printf("%-42s first %7.1f ms, median %7.1f ms, worst %7.1f ms (%d rows)%n", what, first / 1e6,
                nanos[RUNS / 2] / 1e6, nanos[RUNS - 1] / 1e6, rows);
    }

    /** Inserts the synthetic library in batches; returns the id of its one motion. */
    private static long fill(DataSource dataSource, int articles, int unitsPerArticle) throws SQLException {
        var random = new Random(42);
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (var st = c.createStatement()) {
                st.execute("truncate table sources, motions, briefs cascade");
            }
            long motionId = 1;
            try (var ps = c.prepareStatement("insert into motions (id, text, archived, created_at, version) "
                    + "values (?, 'This house would cut foreign aid (synthetic benchmark motion)', false, now(), 0)")) {
                ps.setLong(1, motionId);
                ps.executeUpdate();
            }
            Instant now = Instant.parse("2026-01-01T00:00:00Z");
            long unitId = 1;
            try (PreparedStatement source = c.prepareStatement("insert into sources (id, location, media_type, "
                    + "content, content_hash, title, author, publication, published, imported_at, version) "
                    + "values (?, ?, 'text/plain', ?, ?, ?, ?, ?, ?, ?, 0)");
                    PreparedStatement article = c.prepareStatement("insert into articles (id, source_id, body, "
                            + "pipeline_version, model_id, settings_hash, analysed_at, version) "
                            + "values (?, ?, ?, 'synthetic', 'synthetic', 'synthetic', ?, 0)");
                    PreparedStatement unit = c.prepareStatement("insert into units (id, article_id, position, "
                            + "span_start, span_end, segment_indices, role, text, confidence, embedding, human_edited, "
                            + "human_made, version) values (?, ?, ?, ?, ?, ?, ?, ?, 0.8, ?, false, false, 0)");
                    PreparedStatement stance = c.prepareStatement("insert into unit_stances (id, unit_id, motion_id, "
                            + "stance, confidence, corrected_by_person, version) values (?, ?, ?, ?, 0.7, false, 0)")) {
                for (int a = 1; a <= articles; a++) {
                    List<String> sentences = new ArrayList<>();
                    for (int s = 0; s < unitsPerArticle + 4; s++) {
                        sentences.add(sentence(random));
                    }
                    String body = String.join(" ", sentences);
                    byte[] content = body.getBytes(StandardCharsets.UTF_8);
                    String title = "Synthetic article " + a + ": " + TOPICS[random.nextInt(TOPICS.length)] + " and "
                            + TOPICS[random.nextInt(TOPICS.length)];
                    source.setLong(1, a);
                    source.setString(2, "synthetic/article-" + a + ".txt");
                    source.setBytes(3, content);
                    source.setString(4, sha256(content));
                    source.setString(5, title);
                    source.setString(6, "Author " + random.nextInt(500));
                    source.setString(7, OUTLETS[random.nextInt(OUTLETS.length)]);
                    source.setObject(8, LocalDate.of(2016, 1, 1).plusDays(random.nextInt(3650)));
                    source.setTimestamp(9, Timestamp.from(now.plusSeconds(a)));
                    source.addBatch();
                    article.setLong(1, a);
                    article.setLong(2, a);
                    article.setString(3, body);
                    article.setTimestamp(4, Timestamp.from(now.plusSeconds(a)));
                    article.addBatch();
                    int at = 0;
                    for (int s = 0; s < sentences.size(); s++) {
                        String text = sentences.get(s);
                        if (s < unitsPerArticle) {
                            unit.setLong(1, unitId);
                            unit.setLong(2, a);
                            unit.setInt(3, s);
                            unit.setInt(4, at);
                            unit.setInt(5, at + text.length());
                            unit.setArray(6, c.createArrayOf("integer", new Integer[] {s}));
                            unit.setString(7, random.nextInt(3) == 0 ? "EVIDENCE" : "CLAIM");
                            unit.setString(8, text);
                            unit.setArray(9, c.createArrayOf("real", vector(random)));
                            unit.addBatch();
                            stance.setLong(1, unitId);
                            stance.setLong(2, unitId);
                            stance.setLong(3, motionId);
                            stance.setString(4, new String[] {"PRO", "CON", "NEUTRAL"}[random.nextInt(3)]);
                            stance.addBatch();
                            unitId++;
                        }
                        at += text.length() + 1;
                    }
                    if (a % 200 == 0 || a == articles) {
                        source.executeBatch();
                        article.executeBatch();
                        unit.executeBatch();
                        stance.executeBatch();
                        c.commit();
                    }
                }
            }
            try (var st = c.createStatement()) {
                for (String seq : List.of("sources_seq", "articles_seq", "units_seq", "unit_stances_seq",
                        "motions_seq")) {
                    st.execute("select setval('" + seq + "', " + (unitId + articles + 1000) + ")");
                }
                st.execute("analyze");
            }
            c.commit();
            System.out.printf("Filled in %.1f s%n", (System.nanoTime() - started) / 1e9);
            return motionId;
        }
    }

    private static String sentence(Random random) {
        var words = new ArrayList<String>();
        int n = 12 + random.nextInt(10);
        for (int i = 0; i < n; i++) {
            words.add(i % 5 == 2 ? TOPICS[random.nextInt(TOPICS.length)] : WORDS[random.nextInt(WORDS.length)]);
        }
        String s = String.join(" ", words);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
    }

    private static Float[] vector(Random random) {
        Float[] v = new Float[DIMENSIONS];
        double norm = 0;
        double[] raw = new double[DIMENSIONS];
        for (int i = 0; i < DIMENSIONS; i++) {
            raw[i] = random.nextGaussian();
            norm += raw[i] * raw[i];
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < DIMENSIONS; i++) {
            v[i] = (float) (raw[i] / norm);
        }
        return v;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
