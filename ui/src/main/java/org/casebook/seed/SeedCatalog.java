package org.casebook.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/** The seed resources: {@code seeds/catalog.properties} and the article files it names under {@code seeds/articles/}. */
record SeedCatalog(String motion, List<SeedArticle> articles) {
    static final String ROOT = "seeds/";

    /** One seed file: its location as stored ({@code seeds/articles/<file>}) and its bytes. */
    record SeedArticle(String location, byte[] content) {}

    SeedCatalog {
        Objects.requireNonNull(motion, "motion");
        articles = List.copyOf(articles);
    }

    static SeedCatalog load() {
        var properties = new Properties();
        try (InputStream in = resource(ROOT + "catalog.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            String motion = required(properties, "motion");
            List<SeedArticle> articles = Arrays.stream(required(properties, "articles").split(","))
                    .map(String::strip)
                    .filter(name -> !name.isEmpty())
                    .map(name -> new SeedArticle(ROOT + "articles/" + name, bytes(ROOT + "articles/" + name)))
                    .toList();
            return new SeedCatalog(motion, articles);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seed catalog", e);
        }
    }

    List<byte[]> contents() {
        return articles.stream().map(SeedArticle::content).toList();
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("seeds/catalog.properties has no " + key);
        }
        return value.strip();
    }

    private static byte[] bytes(String path) {
        try (InputStream in = resource(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed " + path, e);
        }
    }

    private static InputStream resource(String path) throws IOException {
        InputStream in = SeedCatalog.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IOException("missing resource " + path);
        }
        return in;
    }
}
