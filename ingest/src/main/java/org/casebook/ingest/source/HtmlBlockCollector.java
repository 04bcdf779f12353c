package org.casebook.ingest.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.casebook.ingest.model.Block;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Walks the main content element and turns it into typed blocks of plain text: {@code h1..h6} become headings,
 * {@code blockquote} quotes, {@code li} list items, {@code p}/{@code pre} paragraphs, and loose text between
 * blocks (including text split by {@code <br><br>}) paragraphs. Only text nodes are read, so no markup or
 * attribute (a script, an {@code onerror}) can reach the body. Skips link lists, "Related stories"-style sections,
 * ad and share labels and photo captions. Thread-safe.
 */
final class HtmlBlockCollector {
    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "blockquote", "dd", "div", "dl",
            "dt", "fieldset", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "ol", "p", "pre", "section",
            "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "header", "center", "details", "summary");
    private static final Evaluator BLOCK_SELECTOR = QueryParser.parse(String.join(", ", BLOCK_TAGS));
    private static final Pattern HEADING = Pattern.compile("h[1-6]");
    private static final Pattern LABEL = Pattern.compile("(?i)^(?:advertisement|sponsored( content)?|"
            + "share( this( article| story)?)?( on \\w+)?|click to share.*|continue reading.*|read more.*|"
            + "(?:sign up|subscribe).{0,80}newsletter.*|story continues below.*)$");
    private static final Pattern RELATED = Pattern.compile("(?i)^(?:related|more (?:from|on|stories|news)|"
            + "read (?:more|next|also)|recommended|you (?:may|might) also like|most (?:popular|read)|trending|"
            + "see also|further reading)\\b.*");
    private static final double MAX_LINK_DENSITY = 0.5;

    private final CaptionFilter captions = new CaptionFilter();

    List<RawBlock> collect(Element root) {
        var blocks = new ArrayList<RawBlock>();
        walk(root, blocks);
        return blocks;
    }

    private void walk(Element element, List<RawBlock> blocks) {
        var loose = new StringBuilder();
        boolean skipping = false;
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                loose.append(text.getWholeText());
            } else if (child instanceof Element e && e.tagName().equals("br")) {
                loose.append('\n');
            } else if (child instanceof Element e && !isBlock(e)) {
                loose.append(' ').append(e.text()).append(' ');
            } else if (child instanceof Element e) {
                flushLoose(loose, blocks);
                if (HEADING.matcher(e.tagName()).matches()) {
                    skipping = RELATED.matcher(e.text().strip()).matches();
                }
                if (!skipping) {
                    readBlock(e, blocks);
                }
            }
        }
        flushLoose(loose, blocks);
    }

    private void readBlock(Element e, List<RawBlock> blocks) {
        String tag = e.tagName();
        if (HEADING.matcher(tag).matches()) {
            add(blocks, Block.Kind.HEADING, e.text());
        } else if (tag.equals("p") || tag.equals("pre")) {
            if (MainContentFinder.linkDensity(e) <= MAX_LINK_DENSITY || e.text().length() > 200) {
                add(blocks, Block.Kind.PARAGRAPH, e.text());
            }
        } else if (tag.equals("blockquote")) {
            readQuote(e, blocks);
        } else if (tag.equals("ul") || tag.equals("ol")) {
            if (MainContentFinder.linkDensity(e) <= MAX_LINK_DENSITY) {
                walk(e, blocks);
            }
        } else if (tag.equals("li")) {
            readListItem(e, blocks);
        } else if (!tag.equals("hr")) {
            walk(e, blocks);
        }
    }

    private void readQuote(Element quote, List<RawBlock> blocks) {
        var parts = quote.select("p, li");
        if (parts.isEmpty()) {
            add(blocks, Block.Kind.QUOTE, quote.text());
        } else {
            parts.forEach(p -> add(blocks, Block.Kind.QUOTE, p.text()));
        }
    }

    private void readListItem(Element item, List<RawBlock> blocks) {
        Element own = item.clone();
        own.select("ul, ol").remove();
        add(blocks, Block.Kind.LIST_ITEM, own.text());
        for (Element nested : item.children()) {
            if (nested.tagName().equals("ul") || nested.tagName().equals("ol")) {
                readBlock(nested, blocks);
            }
        }
    }

    private void flushLoose(StringBuilder loose, List<RawBlock> blocks) {
        for (String paragraph : loose.toString().split("\\n\\s*\\n")) {
            add(blocks, Block.Kind.PARAGRAPH, paragraph);
        }
        loose.setLength(0);
    }

    private void add(List<RawBlock> blocks, Block.Kind kind, String text) {
        String clean = BodyAssembler.cleanText(text);
        if (!clean.isEmpty() && !LABEL.matcher(clean).matches() && !captions.isCaption(clean)) {
            blocks.add(new RawBlock(kind, clean));
        }
    }

    private static boolean isBlock(Element element) {
        return BLOCK_TAGS.contains(element.tagName()) || !element.select(BLOCK_SELECTOR).isEmpty();
    }
}
