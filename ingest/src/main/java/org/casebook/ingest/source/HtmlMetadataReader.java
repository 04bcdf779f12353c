package org.casebook.ingest.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.casebook.ingest.model.ArticleMetadata;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what a saved web page states about its article, in order of trust: Open Graph and article meta tags,
 * JSON-LD ({@code NewsArticle} and kin: headline, author, datePublished, publisher), other common meta tags, the
 * {@code <title>}, and a visible byline element ("By Jane Doe"). Must run before the page is cleaned, since
 * cleaning removes bylines. Nothing is guessed: what the page does not state stays null. Thread-safe.
 */
final class HtmlMetadataReader {
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "opinionnewsarticle", "analysisnewsarticle", "backgroundnewsarticle", "reviewnewsarticle",
            "blogposting", "liveblogposting", "report", "scholarlyarticle", "socialmediaposting");
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final DateParser dates = new DateParser();
    private final BylineReader bylines = new BylineReader();

    ArticleMetadata read(Document page) {
        JsonNode ld = jsonLdArticle(page);
        String publication = first(meta(page, "og:site_name"), ld == null ? null : name(ld.path("publisher")),
                meta(page, "application-name"));
        String title = first(meta(page, "og:title"), ld == null ? null : text(ld.path("headline")),
                meta(page, "twitter:title"), pageTitle(page, publication));
        String author = first(nonUrl(meta(page, "author")), ld == null ? null : name(ld.path("author")),
                nonUrl(meta(page, "article:author")), withoutBy(meta(page, "byl")), visibleByline(page));
        LocalDate published = firstDate(meta(page, "article:published_time"),
                ld == null ? null : text(ld.path("datePublished")),
                meta(page, "datePublished"), meta(page, "date"), meta(page, "pubdate"), meta(page, "publishdate"),
                meta(page, "dc.date.issued"), meta(page, "dc.date"), meta(page, "parsely-pub-date"),
                timeAttribute(page));
        return new ArticleMetadata(title, author, publication, published);
    }

    private static @Nullable String meta(Document page, String key) {
        for (String attribute : List.of("property", "name", "itemprop")) {
            Element element = page.selectFirst("meta[" + attribute + "=\"" + key + "\"]");
            if (element == null) {
                element = caseInsensitive(page, attribute, key);
            }
            if (element != null && !element.attr("content").isBlank()) {
                return element.attr("content").strip();
            }
        }
        return null;
    }

    private static @Nullable Element caseInsensitive(Document page, String attribute, String key) {
        for (Element element : page.select("meta[" + attribute + "]")) {
            if (element.attr(attribute).equalsIgnoreCase(key)) {
                return element;
            }
        }
        return null;
    }

    private static @Nullable JsonNode jsonLdArticle(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = findArticle(JSON.readTree(script.data()), 0);
                if (found != null) {
                    return found;
                }
            } catch (JacksonException malformed) {
                // A broken JSON-LD block is common on real pages; the other sources of metadata still count.
            }
        }
        return null;
    }

    private static @Nullable JsonNode findArticle(JsonNode node, int depth) {
        if (depth > 4) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode item : node.values()) {
                JsonNode found = findArticle(item, depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        JsonNode type = node.path("@type");
        var types = new ArrayList<JsonNode>(type.isArray() ? type.values() : List.of(type));
        for (JsonNode t : types) {
            if (t.isString() && ARTICLE_TYPES.contains(t.stringValue().toLowerCase(Locale.ROOT))) {
                return node;
            }
        }
        return findArticle(node.path("@graph"), depth + 1);
    }

    /** A person's or organisation's name: a string, an object with "name", or a list of those. */
    private static @Nullable String name(JsonNode node) {
        if (node.isString()) {
            return nonUrl(node.stringValue());
        }
        if (node.isObject()) {
            return text(node.path("name"));
        }
        if (node.isArray()) {
            var names = new ArrayList<String>();
            for (JsonNode item : node.values()) {
                String name = name(item);
                if (name != null) {
                    names.add(name);
                }
            }
            return names.isEmpty() ? null : String.join(", ", names);
        }
        return null;
    }

    private static @Nullable String text(JsonNode node) {
        return node.isString() && !node.stringValue().isBlank() ? node.stringValue().strip() : null;
    }

    /** The page title without a trailing " | Site" when that suffix is the publication's name. */
    private static @Nullable String pageTitle(Document page, @Nullable String publication) {
        String title = page.title().strip();
        if (title.isEmpty()) {
            return null;
        }
        if (publication != null) {
            for (String separator : List.of(" | ", " - ", " — ", " – ", " :: ")) {
                String suffix = separator + publication;
                if (title.endsWith(suffix) && title.length() > suffix.length()) {
                    return title.substring(0, title.length() - suffix.length()).strip();
                }
            }
        }
        return title;
    }

    private @Nullable String visibleByline(Document page) {
        for (Element element : page.select("[rel=author], [itemprop=author], .byline, .author, .author-name")) {
            String text = element.text().strip();
            if (!text.isEmpty() && text.length() < 120) {
                String author = bylines.author(text);
                if (author != null) {
                    return author;
                }
            }
        }
        return null;
    }

    private static @Nullable String timeAttribute(Document page) {
        Element time = page.selectFirst("time[itemprop=datePublished], time[pubdate], article time[datetime]");
        return time == null ? null : time.attr("datetime");
    }

    private @Nullable LocalDate firstDate(@Nullable String... values) {
        for (String value : values) {
            LocalDate date = dates.find(value);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private static @Nullable String nonUrl(@Nullable String value) {
        return value == null || value.startsWith("http://") || value.startsWith("https://") ? null : value;
    }

    private static @Nullable String withoutBy(@Nullable String value) {
        return value == null ? null : value.replaceFirst("(?i)^by\\s+", "");
    }

    private static @Nullable String first(@Nullable String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
