package org.casebook.ingest.source;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.ingest.model.ArticleMetadata;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;

/**
 * Reads a saved web page: its declared charset (else {@link TextDecoder}'s detection), its metadata via
 * {@link HtmlMetadataReader}, then the article body after {@link HtmlCleaner} removed the page furniture and
 * {@link MainContentFinder} chose the content, as blocks from {@link HtmlBlockCollector}. Thread-safe.
 */
final class HtmlReader {
    private static final Pattern META_CHARSET =
            Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)");

    private final TextDecoder decoder = new TextDecoder();
    private final HtmlMetadataReader metadataReader = new HtmlMetadataReader();
    private final HtmlCleaner cleaner = new HtmlCleaner();
    private final MainContentFinder finder = new MainContentFinder();
    private final HtmlBlockCollector collector = new HtmlBlockCollector();

    Extract read(byte[] content, String location) {
        Document page = Jsoup.parse(decode(content, location));
        ArticleMetadata metadata = metadataReader.read(page);
        cleaner.clean(page);
        return new Extract(collector.collect(finder.find(page)), metadata);
    }

    private String decode(byte[] content, String location) {
        Charset declared = declaredCharset(content);
        // A byte-order mark outranks a meta tag, as in browsers.
        if (declared == null || declared.equals(StandardCharsets.UTF_8) || TextDecoder.bomCharset(content) != null) {
            return decoder.decode(content, location);
        }
        return new String(content, declared);
    }

    private static @Nullable Charset declaredCharset(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        try {
            Charset charset = Charset.forName(m.group(1));
            // Pages that say ISO-8859-1 are in practice Windows-1252, as browsers assume (WHATWG Encoding).
            return charset.equals(StandardCharsets.ISO_8859_1) ? Charset.forName("windows-1252") : charset;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return null;
        }
    }
}
