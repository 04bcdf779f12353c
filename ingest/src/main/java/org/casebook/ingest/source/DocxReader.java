package org.casebook.ingest.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.casebook.ingest.model.ArticleMetadata;
import org.casebook.ingest.model.Block;
import org.jspecify.annotations.Nullable;

/**
 * Reads a Word document with POI's XWPF: body paragraphs and table cells in order, typed by their style. Word
 * stores built-in style names in English whatever the user's language ("heading 1" even where the style id is
 * "berschrift1"), so the style name is matched first, then the id, following "based on" links: Title, Subtitle
 * and heading n become headings, Quote and Intense Quote quotes, numbered paragraphs and List styles list items;
 * captions are dropped.
 * <p>Metadata: the core properties' title and creator (tool defaults such as "python-docx" are ignored; without
 * a title property, the first Title-styled paragraph gives it). The published date is left null, because the
 * {@code created} property says when the file was made, not when the article was published; a dateline in the
 * text can still fill it. Thread-safe.
 */
final class DocxReader {
    private static final Set<String> KNOWN_STYLES =
            Set.of("title", "subtitle", "quote", "intense quote", "intensequote", "block text", "caption");
    private static final Set<String> TOOL_AUTHORS = Set.of("python-docx", "apache poi", "microsoft office user",
            "windows user", "user", "author", "administrator", "unknown");

    Extract read(byte[] content, String location) {
        try (var document = new XWPFDocument(new ByteArrayInputStream(content))) {
            var blocks = new ArrayList<RawBlock>();
            String styledTitle = null;
            for (XWPFParagraph paragraph : paragraphs(document)) {
                String style = styleName(document.getStyles(), paragraph.getStyleID());
                Block.Kind kind = kind(style, paragraph);
                String text = paragraph.getText();
                if (kind == null || text.isBlank()) {
                    continue;
                }
                if (styledTitle == null && style.equals("title")) {
                    styledTitle = text;
                }
                blocks.add(new RawBlock(kind, text));
            }
            return new Extract(blocks, metadata(document.getProperties(), styledTitle));
        } catch (IOException | RuntimeException damaged) {
            throw new UnreadableInputException(location, "is a damaged Word document (" + damaged.getMessage() + ")",
                    damaged);
        }
    }

    private static List<XWPFParagraph> paragraphs(XWPFDocument document) {
        var paragraphs = new ArrayList<XWPFParagraph>();
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                paragraphs.add(paragraph);
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        paragraphs.addAll(cell.getParagraphs());
                    }
                }
            }
        }
        return paragraphs;
    }

    /** The block kind for a paragraph style, or null for paragraphs that are not prose (captions). */
    private static Block.@Nullable Kind kind(String style, XWPFParagraph paragraph) {
        if (style.startsWith("heading") || style.equals("title") || style.equals("subtitle")) {
            return Block.Kind.HEADING;
        }
        if (style.equals("quote") || style.equals("intense quote") || style.equals("intensequote")
                || style.equals("block text")) {
            return Block.Kind.QUOTE;
        }
        if (style.equals("caption")) {
            return null;
        }
        if (paragraph.getNumID() != null || style.startsWith("list")) {
            return Block.Kind.LIST_ITEM;
        }
        return Block.Kind.PARAGRAPH;
    }

    /**
     * The lower-case name of the paragraph's style or of the first built-in style it is based on; "heading1" ids
     * are read as "heading 1". Empty for the default style.
     */
    private static String styleName(@Nullable XWPFStyles styles, @Nullable String styleId) {
        String id = styleId;
        String first = "";
        for (int depth = 0; id != null && depth < 8; depth++) {
            XWPFStyle style = styles == null ? null : styles.getStyle(id);
            String name = normalise(style != null && style.getName() != null ? style.getName() : id);
            if (first.isEmpty()) {
                first = name;
            }
            if (isKnown(name)) {
                return name;
            }
            id = style == null ? null : style.getBasisStyleID();
        }
        return first;
    }

    private static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("^heading(\\d)$", "heading $1").strip();
    }

    private static boolean isKnown(String name) {
        return name.startsWith("heading") || name.startsWith("list") || KNOWN_STYLES.contains(name);
    }

    private static ArticleMetadata metadata(POIXMLProperties properties, @Nullable String styledTitle) {
        var core = properties.getCoreProperties();
        String author = core.getCreator();
        if (author != null && TOOL_AUTHORS.contains(author.strip().toLowerCase(Locale.ROOT))) {
            author = null;
        }
        String title = core.getTitle() != null && !core.getTitle().isBlank() ? core.getTitle() : styledTitle;
        return new ArticleMetadata(title, author, null, null);
    }
}
