package org.casebook.ingest.source;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import org.casebook.ingest.model.ArticleMetadata;
import org.casebook.ingest.model.ArticleText;
import org.jspecify.annotations.Nullable;

/**
 * Turns a saved article (bytes) or a URL into {@link ArticleText}: clean prose in {@code body}, typed blocks
 * pointing into it, and the metadata the source states.
 * <p>The format is detected from the content: the {@code %PDF-} signature, a ZIP with {@code word/document.xml}
 * (DOCX), or HTML markup near the start; for other text, a Markdown extension ({@code .md}) or media type picks
 * Markdown, anything else is plain text. The location (a file name or URL) only names the input in messages and
 * in {@link ArticleText#location()}.
 * <p>Metadata comes from the format (HTML meta tags and JSON-LD, PDF document information, DOCX core
 * properties, Markdown front matter); a byline or dateline among the first lines ("By Jane Doe",
 * "Jane Doe | The Example Times | March 3, 2019") fills what the format left unknown and is removed from the
 * body. Nothing is invented: unknown fields stay null.
 * <p>Input that cannot be read honestly is refused with an {@link UnreadableInputException}: empty, too large,
 * binary, an image, encrypted, damaged, a PDF without a text layer, a page without an article body, or text that
 * is not English.
 * <p>Thread-safe: one instance may serve concurrent calls.
 */
public final class ArticleReader {
    private final ReaderSettings settings;
    private final FormatSniffer sniffer = new FormatSniffer();
    private final TextDecoder decoder = new TextDecoder();
    private final PlainTextReader plainText = new PlainTextReader();
    private final MarkdownReader markdown = new MarkdownReader();
    private final HtmlReader html = new HtmlReader();
    private final PdfReader pdf = new PdfReader();
    private final DocxReader docx = new DocxReader();
    private final BylineReader bylines = new BylineReader();
    private final LanguageGuard language = new LanguageGuard();
    private final BodyAssembler assembler = new BodyAssembler();
    private volatile @Nullable UrlFetcher fetcher;

    public ArticleReader(ReaderSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Reads a file's content; {@code location} names it (a file name or URL). */
    public ArticleText read(byte[] content, String location) {
        return read(content, location, null);
    }

    /** Fetches the URL with a {@link UrlFetcher} under this reader's settings and reads what it served. */
    public ArticleText read(URI uri) {
        FetchedDocument document = fetcher().fetch(uri);
        return read(document.content(), uri.toString(), document.mediaType());
    }

    private ArticleText read(byte[] content, String location, @Nullable String mediaType) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(location, "location");
        if (content.length == 0) {
            throw new UnreadableInputException(location, "is empty");
        }
        if (content.length > settings.maxBytes()) {
            throw new UnreadableInputException(location, "is too large (" + Sizes.describe(content.length)
                    + "; the limit is " + Sizes.describe(settings.maxBytes()) + ")");
        }
        Format format = sniffer.sniff(content, location, mediaType);
        Extract extract = switch (format) {
            case PDF -> pdf.read(content, location);
            case DOCX -> docx.read(content, location);
            case HTML -> html.read(content, location);
            case MARKDOWN -> markdown.read(decoder.decode(content, location));
            case TEXT -> plainText.read(decoder.decode(content, location));
        };
        List<RawBlock> blocks = assembler.clean(extract.blocks());
        if (blocks.isEmpty()) {
            throw new UnreadableInputException(location, format.emptyReason());
        }
        BylineReader.Byline byline = bylines.read(blocks);
        if (byline.remaining().isEmpty()) {
            throw new UnreadableInputException(location, format.emptyReason());
        }
        ArticleText article = assembler.assemble(location, byline.remaining(),
                metadata(extract.metadata(), byline.metadata()));
        language.check(article.body(), location);
        return article;
    }

    private static ArticleMetadata metadata(ArticleMetadata stated, ArticleMetadata byline) {
        return stated.orElse(byline);
    }

    private UrlFetcher fetcher() {
        UrlFetcher current = fetcher;
        if (current == null) {
            synchronized (this) {
                current = fetcher;
                if (current == null) {
                    current = new UrlFetcher(settings);
                    fetcher = current;
                }
            }
        }
        return current;
    }
}
