package org.casebook.brief.export;

import java.util.List;
import java.util.Locale;
import org.casebook.brief.BriefColumn;
import org.casebook.brief.BriefDocument.Entry;
import org.casebook.brief.EntryKind;
import org.casebook.brief.export.BriefBlocks.Block;
import org.casebook.brief.export.BriefBlocks.Row;

/**
 * The ways through a printed brief: the contents page (blocks and card tags, with page numbers filled in by the
 * layout) and the PDF bookmarks (a bookmark per block, its cards' tags beneath). Both point at the entries' ids.
 * Plain functions; thread-safe.
 */
final class BriefOutline {
    private BriefOutline() {}

    static void contents(StringBuilder html, List<Row> rows, boolean twoSides) {
        html.append("<div class=\"toc\"><h2 class=\"toc-head\">Contents</h2><ul>");
        for (Row row : rows) {
            for (Block block : BriefHtml.blocks(row)) {
                if (block.heading() != null) {
                    String words = BriefHtml.heading(block.heading());
                    tocLine(html, "block", block.heading(), twoSides
                            ? BriefBlocks.columnName(block.heading().column()) + " · " + words : words);
                }
                for (Entry e : block.entries()) {
                    if (e.kind() == EntryKind.CARD) {
                        tocLine(html, "card", e, BriefBlocks.tag(e));
                    }
                }
            }
        }
        html.append("</ul></div>");
    }

    private static void tocLine(StringBuilder html, String kind, Entry e, String words) {
        html.append("<li class=\"").append(kind).append(" ").append(e.column().name().toLowerCase(Locale.ROOT))
                .append("\"><a href=\"#e").append(e.id()).append("\">").append(BriefHtml.esc(words))
                .append("</a></li>");
    }

    static void bookmarks(StringBuilder html, List<Row> rows, List<BriefColumn> columns) {
        if (rows.isEmpty()) {
            return;
        }
        html.append("<bookmarks>");
        for (Row row : rows) {
            for (Block block : BriefHtml.blocks(row)) {
                if (block.heading() != null) {
                    html.append("<bookmark name=\"").append(BriefHtml.esc(bookmarkName(block.heading(), columns)))
                            .append("\" href=\"#e").append(block.heading().id()).append("\">");
                }
                for (Entry e : block.entries()) {
                    if (e.kind() == EntryKind.CARD) {
                        html.append("<bookmark name=\"").append(BriefHtml.esc(BriefBlocks.tag(e)))
                                .append("\" href=\"#e")
                                .append(e.id()).append("\"/>");
                    }
                }
                if (block.heading() != null) {
                    html.append("</bookmark>");
                }
            }
        }
        html.append("</bookmarks>");
    }

    private static String bookmarkName(Entry heading, List<BriefColumn> columns) {
        String words = BriefHtml.heading(heading);
        return columns.size() == 2 ? BriefBlocks.columnName(heading.column()) + ": " + words : words;
    }
}
