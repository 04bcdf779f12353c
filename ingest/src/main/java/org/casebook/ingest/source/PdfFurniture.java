package org.casebook.ingest.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes running headers, footers and page numbers. Only lines in the top or bottom {@value #MARGIN_PERCENT} %
 * of a page are considered. Such a line is furniture when the same text (digits ignored, so "Page 3 of 9"
 * matches "Page 4 of 9") stands at about the same height on at least half of the pages (and on two or more), or
 * when it is a lone page number ("7", "- 7 -", "Page 7", "7 of 9"). Thread-safe.
 */
final class PdfFurniture {
    static final int MARGIN_PERCENT = 12;
    private static final Pattern PAGE_NUMBER =
            Pattern.compile("(?i)^[-–—\\s]*(?:page\\s+)?\\d{1,4}(?:\\s*(?:/|of)\\s*\\d{1,4})?[-–—\\s]*$");
    private static final float HEIGHT_TOLERANCE = 4;

    List<PdfPage> remove(List<PdfPage> pages) {
        Map<String, Set<Integer>> seen = new HashMap<>();
        for (PdfPage page : pages) {
            for (PdfLine line : page.lines()) {
                if (inMargin(page, line)) {
                    seen.computeIfAbsent(key(line), k -> new HashSet<>()).add(page.index());
                }
            }
        }
        int needed = Math.max(2, (pages.size() + 1) / 2);
        var kept = new ArrayList<PdfPage>(pages.size());
        for (PdfPage page : pages) {
            var lines = new ArrayList<PdfLine>();
            for (PdfLine line : page.lines()) {
                boolean furniture = inMargin(page, line)
                        && (PAGE_NUMBER.matcher(line.text()).matches() || seen.get(key(line)).size() >= needed);
                if (!furniture) {
                    lines.add(line);
                }
            }
            kept.add(page.withLines(lines));
        }
        return kept;
    }

    private static boolean inMargin(PdfPage page, PdfLine line) {
        float margin = page.height() * MARGIN_PERCENT / 100f;
        return line.baseline() < margin || line.baseline() > page.height() - margin;
    }

    private static String key(PdfLine line) {
        String text = line.text().toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
        return Math.round(line.baseline() / HEIGHT_TOLERANCE) + "|" + text;
    }
}
