package org.casebook.ingest.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.ingest.model.Block;

/**
 * Joins ordered PDF lines into blocks. A new paragraph starts at a vertical gap more than {@value #GAP_FACTOR}
 * times the usual line spacing, at a first line indented by more than {@value #INDENT_FACTOR} font sizes from
 * its column's left edge, at a bullet, and at a change of column or page unless the previous line ended
 * mid-sentence. Lines set at least {@value #HEADING_FACTOR} times the body font size are headings. Lines within
 * a paragraph are joined by {@link LineJoiner}, which repairs hyphenation. Thread-safe.
 */
final class PdfParagraphs {
    static final double GAP_FACTOR = 1.4;
    static final double INDENT_FACTOR = 0.8;
    static final double HEADING_FACTOR = 1.2;
    private static final Pattern BULLET = Pattern.compile("^[•▪◦‣●■–-]\\s+(.*)$");

    private final LineJoiner joiner = new LineJoiner();
    private final CaptionFilter captions = new CaptionFilter();

    List<RawBlock> join(List<PdfPage> pages) {
        List<PdfLine> lines = pages.stream().flatMap(p -> p.lines().stream()).toList();
        if (lines.isEmpty()) {
            return List.of();
        }
        float bodySize = bodySize(lines);
        float spacing = lineSpacing(lines, bodySize);
        Map<String, Float> leftEdges = leftEdges(lines);
        var blocks = new ArrayList<RawBlock>();
        Block.Kind kind = null;
        String text = "";
        PdfLine previous = null;
        for (PdfLine line : lines) {
            Block.Kind lineKind = line.size() >= bodySize * HEADING_FACTOR ? Block.Kind.HEADING : Block.Kind.PARAGRAPH;
            Matcher bullet = BULLET.matcher(line.text());
            if (bullet.matches() && lineKind == Block.Kind.PARAGRAPH) {
                lineKind = Block.Kind.LIST_ITEM;
            }
            boolean startsNew = previous == null
                    || lineKind == Block.Kind.LIST_ITEM
                    || (kind == Block.Kind.HEADING) != (lineKind == Block.Kind.HEADING)
                    || breaksParagraph(previous, line, spacing, leftEdges, text, lineKind == Block.Kind.HEADING);
            if (startsNew) {
                add(blocks, kind, text);
                kind = lineKind;
                text = lineKind == Block.Kind.LIST_ITEM ? bullet.group(1) : line.text();
            } else {
                text = joiner.join(text, line.text());
            }
            previous = line;
        }
        add(blocks, kind, text);
        return blocks;
    }

    private static boolean breaksParagraph(PdfLine previous, PdfLine line, float spacing, Map<String, Float> leftEdges,
            String text, boolean heading) {
        float edge = leftEdges.get(columnKey(line));
        boolean indented = !heading && line.left() - edge > line.size() * INDENT_FACTOR;
        boolean sameColumn = previous.page() == line.page() && previous.column() == line.column();
        if (!sameColumn) {
            return indented || heading || endsSentence(text);
        }
        float gap = line.baseline() - previous.baseline();
        float usual = heading ? previous.size() * 1.5f : spacing;
        return gap < 0 || gap > usual * GAP_FACTOR || indented;
    }

    private void add(List<RawBlock> blocks, Block.Kind kind, String text) {
        if (kind != null && !text.isBlank() && !captions.isCaption(text)) {
            blocks.add(new RawBlock(kind, text));
        }
    }

    private static boolean endsSentence(String text) {
        String t = text.stripTrailing();
        return !t.isEmpty() && ".!?:\"”’)".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /** The font size that most characters are set in. */
    private static float bodySize(List<PdfLine> lines) {
        Map<Integer, Integer> chars = new HashMap<>();
        for (PdfLine line : lines) {
            chars.merge(Math.round(line.size()), line.text().length(), Integer::sum);
        }
        return Collections.max(chars.entrySet(), Map.Entry.comparingByValue()).getKey();
    }

    /** The median distance between consecutive baselines of body lines in one column. */
    private static float lineSpacing(List<PdfLine> lines, float bodySize) {
        var gaps = new ArrayList<Float>();
        for (int i = 1; i < lines.size(); i++) {
            PdfLine a = lines.get(i - 1);
            PdfLine b = lines.get(i);
            float gap = b.baseline() - a.baseline();
            if (a.page() == b.page() && a.column() == b.column() && gap > 0 && gap < bodySize * 3) {
                gaps.add(gap);
            }
        }
        if (gaps.isEmpty()) {
            return bodySize * 1.2f;
        }
        Collections.sort(gaps);
        return gaps.get(gaps.size() / 2);
    }

    /** Each column's usual left edge: the most common rounded left x of its lines. */
    private static Map<String, Float> leftEdges(List<PdfLine> lines) {
        Map<String, Map<Integer, Integer>> counts = new HashMap<>();
        for (PdfLine line : lines) {
            counts.computeIfAbsent(columnKey(line), k -> new HashMap<>()).merge(Math.round(line.left()), 1, Integer::sum);
        }
        Map<String, Float> edges = new HashMap<>();
        counts.forEach((key, histogram) -> edges.put(key,
                (float) Collections.max(histogram.entrySet(), Map.Entry.comparingByValue()).getKey()));
        return edges;
    }

    private static String columnKey(PdfLine line) {
        return line.page() + ":" + line.column();
    }
}
