package org.casebook.brief.export;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.casebook.brief.BriefColumn;
import org.casebook.brief.BriefDocument;
import org.casebook.brief.BriefDocument.Entry;
import org.casebook.brief.Cite;
import org.casebook.brief.EntryKind;
import org.casebook.brief.export.BriefBlocks.Block;
import org.casebook.brief.Highlights;
import org.casebook.brief.Highlights.Piece;
import org.casebook.brief.export.BriefBlocks.Row;
import org.jspecify.annotations.Nullable;

/**
 * The print template: a brief as XHTML for openhtmltopdf, styled for paper by {@code brief-print.css} (title block,
 * table of contents with page numbers, bookmarks, cards in one column or in rows of two). Every text from the brief
 * is escaped. Thread-safe.
 */
final class BriefHtml {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final String css;

    BriefHtml(String css) {
        this.css = css;
    }

    String render(BriefDocument brief) {
        List<Row> rows = BriefBlocks.rows(brief);
        List<BriefColumn> columns = brief.side().columns();
        var html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\"/><title>")
                .append(esc(brief.title())).append("</title><style>").append(css).append("</style>");
        BriefOutline.bookmarks(html, rows, columns);
        html.append("</head><body>");
        html.append("<div class=\"running\">").append(esc(brief.title())).append("</div>");
        titleBlock(html, brief);
        if (rows.isEmpty()) {
            html.append("<p class=\"empty\">This brief has no cards yet.</p>");
        } else {
            BriefOutline.contents(html, rows, columns.size() == 2);
            html.append(columns.size() == 2 ? "<div class=\"two\">" : "<div class=\"one\">");
            for (Row row : rows) {
                row(html, row);
            }
            html.append("</div>");
        }
        return html.append("</body></html>").toString();
    }

    private static void titleBlock(StringBuilder html, BriefDocument brief) {
        html.append("<div class=\"titleblock\"><h1>").append(esc(brief.title())).append("</h1>");
        html.append("<p class=\"motion\">").append(brief.motionText() == null ? "No motion"
                : "Motion: " + esc(brief.motionText())).append("</p>");
        html.append("<p class=\"meta\">");
        if (brief.teamName() != null) {
            html.append("Team: ").append(esc(brief.teamName())).append(" · ");
        }
        html.append("Side: ").append(esc(BriefBlocks.sideWords(brief)))
                .append(" · Updated ").append(DATE.format(brief.updatedAt())).append("</p></div>");
    }

    static List<Block> blocks(Row row) {
        return row.cells().stream().flatMap(List::stream).toList();
    }

    private static void row(StringBuilder html, Row row) {
        if (row.cells().size() == 1) {
            for (Block block : row.cells().getFirst()) {
                if (block.heading() != null) {
                    headingHtml(html, block.heading());
                }
                block.entries().forEach(e -> entry(html, e));
            }
            return;
        }
        // One table per row of blocks; each table row holds the n-th entry of both sides (a heading together with
        // the entry under it, so no heading is left alone at the foot of a page): rows stay short and the pages
        // can break between them.
        List<List<List<Entry>>> cells = row.cells().stream().map(BriefHtml::items).toList();
        int most = cells.stream().mapToInt(List::size).max().orElse(0);
        // The column labels head every row of blocks and repeat on each page the row runs over.
        html.append("<table class=\"row\"><thead><tr><th class=\"pro\">Pro</th><th class=\"con\">Con</th></tr>"
                + "</thead><tbody>");
        for (int i = 0; i < most; i++) {
            html.append("<tr>");
            for (List<List<Entry>> cell : cells) {
                html.append("<td>");
                if (i < cell.size()) {
                    cell.get(i).forEach(e -> entry(html, e));
                }
                html.append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    /** The entries of a cell as printed in table rows: one each, but a heading with the entry after it. */
    private static List<List<Entry>> items(List<Block> blocks) {
        List<List<Entry>> items = new ArrayList<>();
        for (Block block : blocks) {
            List<Entry> entries = block.entries();
            int first = 0;
            if (block.heading() != null) {
                first = entries.isEmpty() ? 0 : 1;
                items.add(entries.isEmpty() ? List.of(block.heading()) : List.of(block.heading(), entries.getFirst()));
            }
            entries.subList(first, entries.size()).forEach(e -> items.add(List.of(e)));
        }
        return items;
    }

    private static void headingHtml(StringBuilder html, Entry heading) {
        html.append("<h2 class=\"block ").append(heading.column().name().toLowerCase(Locale.ROOT))
                .append("\" id=\"e").append(heading.id()).append("\">").append(esc(heading(heading)))
                .append("</h2>");
    }

    private static void entry(StringBuilder html, Entry e) {
        switch (e.kind()) {
            case CARD -> card(html, e);
            case NOTE -> html.append("<p class=\"note\" id=\"e").append(e.id()).append("\">").append(esc(e.text()))
                    .append("</p>");
            case BLOCK_HEADING -> headingHtml(html, e);
        }
    }

    private static void card(StringBuilder html, Entry card) {
        html.append("<div class=\"card\"><h3 class=\"tag\" id=\"e").append(card.id()).append("\">")
                .append(esc(BriefBlocks.tag(card))).append("</h3>");
        cite(html, card.cite());
        html.append("<p class=\"evidence\">");
        for (Piece piece : Highlights.pieces(card.text(), card.highlights())) {
            html.append(piece.read() ? "<span class=\"read\">" : "<span class=\"rest\">").append(esc(piece.text()))
                    .append("</span>");
        }
        html.append("</p></div>");
    }

    /** "Author, qualification · outlet · date · url", the author in bold, as {@link Cite#line()} words it. */
    private static void cite(StringBuilder html, Cite cite) {
        html.append("<p class=\"cite\">");
        if (cite.isEmpty()) {
            html.append("<span class=\"nocite\">No cite yet</span></p>");
            return;
        }
        List<String> parts = new ArrayList<>();
        if (cite.author() != null) {
            parts.add("<b>" + esc(cite.author()) + "</b>"
                    + (cite.qualification() == null ? "" : ", " + esc(cite.qualification())));
        } else if (cite.qualification() != null) {
            parts.add(esc(cite.qualification()));
        }
        if (cite.outlet() != null) {
            parts.add(esc(cite.outlet()));
        }
        if (cite.date() != null) {
            parts.add(esc(cite.date()));
        }
        if (cite.url() != null) {
            parts.add("<span class=\"url\">" + esc(cite.url()) + "</span>");
        }
        html.append(String.join(" · ", parts)).append("</p>");
    }

    static String heading(Entry heading) {
        return heading.tag() == null ? "Untitled block" : heading.tag();
    }

    /** XML-escaped text; characters XML 1.0 forbids are dropped. */
    static String esc(@Nullable String text) {
        if (text == null) {
            return "";
        }
        var out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
