package org.casebook.ingest.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts a page's lines in reading order, handling two-column layouts. A page has two columns when, in the middle
 * band of its text (30–70 % of the text's width), some x position is crossed by at most a tenth of the lines
 * while at least {@value #MIN_COLUMN_LINES} lines lie wholly on each side of it: the gutter. Lines that cross the
 * gutter (a title, a full-width figure note) split the page into horizontal bands; within each band the left
 * column is read top to bottom, then the right. Single-column pages are read top to bottom. Thread-safe.
 */
final class PdfColumns {
    static final int MIN_COLUMN_LINES = 3;
    private static final double MAX_CROSSING = 0.1;

    PdfPage order(PdfPage page) {
        var lines = new ArrayList<>(page.lines());
        lines.sort(Comparator.comparingDouble(PdfLine::baseline).thenComparingDouble(PdfLine::left));
        float gutter = gutter(lines);
        if (Float.isNaN(gutter)) {
            return page.withLines(lines);
        }
        var ordered = new ArrayList<PdfLine>(lines.size());
        var left = new ArrayList<PdfLine>();
        var right = new ArrayList<PdfLine>();
        for (PdfLine line : lines) {
            if (line.right() <= gutter) {
                left.add(line);
            } else if (line.left() >= gutter) {
                right.add(line.inColumn(1));
            } else {
                flushBand(left, right, ordered);
                ordered.add(line);
            }
        }
        flushBand(left, right, ordered);
        return page.withLines(ordered);
    }

    private static void flushBand(List<PdfLine> left, List<PdfLine> right, List<PdfLine> ordered) {
        ordered.addAll(left);
        ordered.addAll(right);
        left.clear();
        right.clear();
    }

    /** The x position of the gutter between two columns, or NaN when the page has one column. */
    private static float gutter(List<PdfLine> lines) {
        if (lines.size() < 2 * MIN_COLUMN_LINES) {
            return Float.NaN;
        }
        float minX = Float.MAX_VALUE;
        float maxX = 0;
        for (PdfLine line : lines) {
            minX = Math.min(minX, line.left());
            maxX = Math.max(maxX, line.right());
        }
        float width = maxX - minX;
        float best = Float.NaN;
        int bestCrossing = Integer.MAX_VALUE;
        int bestBalance = 0;
        for (float x = minX + width * 0.3f; x <= minX + width * 0.7f; x += 1) {
            int crossing = 0;
            int leftCount = 0;
            int rightCount = 0;
            for (PdfLine line : lines) {
                if (line.right() <= x) {
                    leftCount++;
                } else if (line.left() >= x) {
                    rightCount++;
                } else {
                    crossing++;
                }
            }
            int balance = Math.min(leftCount, rightCount);
            if (crossing < bestCrossing || (crossing == bestCrossing && balance > bestBalance)) {
                best = x;
                bestCrossing = crossing;
                bestBalance = balance;
            }
        }
        boolean columns = bestCrossing <= lines.size() * MAX_CROSSING && bestBalance >= MIN_COLUMN_LINES;
        return columns ? best : Float.NaN;
    }
}
