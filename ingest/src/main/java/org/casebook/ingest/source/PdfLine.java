package org.casebook.ingest.source;

/**
 * One line of text on a PDF page, or one column's part of it: page index, left and right edge, baseline (from the
 * top of the page, growing downwards), font size in points, column (0 for the left or only column, 1 for the
 * right) and the text.
 */
record PdfLine(int page, float left, float right, float baseline, float size, int column, String text) {
    PdfLine inColumn(int newColumn) {
        return new PdfLine(page, left, right, baseline, size, newColumn, text);
    }
}
