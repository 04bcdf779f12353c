package org.casebook.ingest.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.ingest.model.ArticleMetadata;
import org.casebook.ingest.model.Block;
import org.jspecify.annotations.Nullable;

/**
 * Reads Markdown line by line into typed blocks: ATX and setext headings, block quotes (one block per quoted
 * paragraph), list items (nested ones become items of their own) and paragraphs, with inline markup stripped by
 * {@link MarkdownInline}. Code blocks, thematic breaks, tables' delimiter rows and link definitions are dropped:
 * they are not prose. YAML front matter gives title, author, publication and date; without it a leading
 * level-one heading gives the title (and stays in the body as a heading). Thread-safe.
 */
final class MarkdownReader {
    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:\\s+(.*?))?(?:\\s+#+)?\\s*$");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)\\s*$");
    private static final Pattern BREAK = Pattern.compile("^ {0,3}([-*_])(?:\\s*\\1){2,}\\s*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");
    private static final Pattern QUOTE = Pattern.compile("^ {0,3}>\\s?(.*)$");
    private static final Pattern ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d{1,9}[.)])\\s+(.*)$");
    private static final Pattern DEFINITION = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s*\\S+.*$");
    private static final Pattern TABLE_DELIMITER = Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");
    private static final Pattern FRONT_MATTER_FIELD = Pattern.compile("^([A-Za-z_-]+)\\s*:\\s*(.*)$");

    private final MarkdownInline inline = new MarkdownInline();
    private final CaptionFilter captions = new CaptionFilter();
    private final DateParser dates = new DateParser();

    Extract read(String text) {
        List<String> lines = List.of(text.split("\n", -1));
        var frontMatter = new ArrayList<String>();
        int start = frontMatter(lines, frontMatter);
        var blocks = new Blocks();
        boolean inFence = false;
        for (String line : lines.subList(start, lines.size())) {
            if (FENCE.matcher(line).find()) {
                blocks.flush();
                inFence = !inFence;
                continue;
            }
            if (!inFence) {
                readLine(line, blocks);
            }
        }
        blocks.flush();
        var stripped = new ArrayList<RawBlock>();
        for (RawBlock block : blocks.list) {
            String clean = inline.strip(block.text());
            if (!captions.isCaption(clean)) {
                stripped.add(new RawBlock(block.kind(), clean));
            }
        }
        ArticleMetadata metadata = metadata(frontMatter);
        if (metadata.title() == null && blocks.leadingTitle != null) {
            metadata = metadata.orElse(new ArticleMetadata(inline.strip(blocks.leadingTitle), null, null, null));
        }
        return new Extract(stripped, metadata);
    }

    private void readLine(String line, Blocks blocks) {
        Matcher m;
        if (line.isBlank()) {
            blocks.flush();
        } else if (blocks.kind == Block.Kind.PARAGRAPH && (m = SETEXT.matcher(line)).matches()) {
            blocks.kind = Block.Kind.HEADING;
            blocks.level = m.group(1).charAt(0) == '=' ? 1 : 2;
            blocks.flush();
        } else if (BREAK.matcher(line).matches() || DEFINITION.matcher(line).matches()
                || TABLE_DELIMITER.matcher(line).matches()) {
            blocks.flush();
        } else if ((m = ATX.matcher(line)).matches()) {
            blocks.flush();
            blocks.start(Block.Kind.HEADING, m.group(2) == null ? "" : m.group(2));
            blocks.level = m.group(1).length();
            blocks.flush();
        } else if ((m = QUOTE.matcher(line)).matches()) {
            String inner = m.group(1);
            if (blocks.kind != Block.Kind.QUOTE || inner.isBlank()) {
                blocks.flush();
            }
            if (!inner.isBlank()) {
                blocks.add(Block.Kind.QUOTE, stripQuoteMarkers(inner));
            }
        } else if ((m = ITEM.matcher(line)).matches()) {
            blocks.flush();
            blocks.start(Block.Kind.LIST_ITEM, m.group(1));
        } else {
            blocks.add(blocks.kind == null ? Block.Kind.PARAGRAPH : blocks.kind, line.strip());
        }
    }

    /** Nested quote markers and a heading or list marker inside a quote are markup, not text. */
    private static String stripQuoteMarkers(String inner) {
        String text = inner.replaceFirst("^(?:\\s*>)+\\s?", "");
        Matcher atx = ATX.matcher(text);
        if (atx.matches()) {
            return atx.group(2) == null ? "" : atx.group(2);
        }
        Matcher item = ITEM.matcher(text);
        return item.matches() ? item.group(1) : text;
    }

    private static int frontMatter(List<String> lines, List<String> fields) {
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return 0;
        }
        for (int i = 1; i < Math.min(lines.size(), 100); i++) {
            String line = lines.get(i).strip();
            if (line.equals("---") || line.equals("...")) {
                fields.addAll(lines.subList(1, i));
                return i + 1;
            }
        }
        return 0;
    }

    private ArticleMetadata metadata(List<String> frontMatter) {
        String title = null;
        String author = null;
        String publication = null;
        String date = null;
        for (String line : frontMatter) {
            Matcher field = FRONT_MATTER_FIELD.matcher(line.strip());
            if (!field.matches()) {
                continue;
            }
            String value = unquote(field.group(2));
            switch (field.group(1).toLowerCase(Locale.ROOT)) {
                case "title" -> title = value;
                case "author", "authors", "byline" -> author = value;
                case "publication", "publisher", "source", "site", "site_name" -> publication = value;
                case "date", "published", "published_at", "pubdate" -> date = value;
                default -> { }
            }
        }
        return new ArticleMetadata(title, author, publication, dates.find(date));
    }

    private static String unquote(String value) {
        String v = value.strip();
        boolean quoted = v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"));
        return quoted ? v.substring(1, v.length() - 1) : v;
    }

    /** The blocks read so far and the one being built. */
    private static final class Blocks {
        final List<RawBlock> list = new ArrayList<>();
        Block.@Nullable Kind kind;
        int level;
        @Nullable String leadingTitle;
        private final StringBuilder text = new StringBuilder();

        void start(Block.Kind newKind, String line) {
            flush();
            kind = newKind;
            text.append(withoutHardBreak(line));
        }

        void add(Block.Kind newKind, String line) {
            if (kind != newKind) {
                start(newKind, line);
            } else {
                text.append(text.isEmpty() ? "" : " ").append(withoutHardBreak(line));
            }
        }

        private static String withoutHardBreak(String line) {
            String stripped = line.strip();
            return stripped.endsWith("\\") && !stripped.endsWith("\\\\")
                    ? stripped.substring(0, stripped.length() - 1)
                    : stripped;
        }

        void flush() {
            if (kind != null && !text.toString().isBlank()) {
                if (list.isEmpty() && kind == Block.Kind.HEADING && level == 1) {
                    leadingTitle = text.toString().strip();
                }
                list.add(new RawBlock(kind, text.toString().strip()));
            }
            kind = null;
            level = 0;
            text.setLength(0);
        }
    }
}
