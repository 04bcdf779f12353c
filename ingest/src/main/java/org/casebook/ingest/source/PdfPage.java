package org.casebook.ingest.source;

import java.util.List;

/** A page's size and its lines, in reading order once laid out. */
record PdfPage(int index, float width, float height, List<PdfLine> lines) {
    PdfPage {
        lines = List.copyOf(lines);
    }

    PdfPage withLines(List<PdfLine> newLines) {
        return new PdfPage(index, width, height, newLines);
    }
}
