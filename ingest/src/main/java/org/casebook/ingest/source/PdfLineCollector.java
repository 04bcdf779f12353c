package org.casebook.ingest.source;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects positioned lines from a PDF. PDFBox's stripper (sorting by position) finds the words; this class groups
 * words on the same baseline into lines and splits a line wherever a horizontal gap is wider than
 * {@value #COLUMN_GAP} times the font size, so two columns side by side never merge into one line. Not
 * thread-safe: make one per document.
 */
final class PdfLineCollector extends PDFTextStripper {
    static final float COLUMN_GAP = 1.5f;

    private record Word(float left, float right, float baseline, float size, String text) {}

    private final List<PdfPage> pages = new ArrayList<>();
    private List<Word> words = new ArrayList<>();

    PdfLineCollector() {
        setSortByPosition(true);
    }

    List<PdfPage> collect(PDDocument document) throws IOException {
        writeText(document, Writer.nullWriter());
        return List.copyOf(pages);
    }

    @Override
    protected void startPage(PDPage page) {
        words = new ArrayList<>();
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        if (text.isBlank() || positions.isEmpty()) {
            return;
        }
        float left = Float.MAX_VALUE;
        float right = 0;
        float size = 0;
        for (TextPosition p : positions) {
            left = Math.min(left, p.getXDirAdj());
            right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
            size = Math.max(size, Math.max(p.getFontSizeInPt(), p.getHeightDir()));
        }
        words.add(new Word(left, right, positions.get(0).getYDirAdj(), size, text.strip()));
    }

    @Override
    protected void endPage(PDPage page) {
        var box = page.getCropBox();
        pages.add(new PdfPage(getCurrentPageNo() - 1, box.getWidth(), box.getHeight(), lines(getCurrentPageNo() - 1)));
    }

    private List<PdfLine> lines(int page) {
        var sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingDouble(Word::baseline).thenComparingDouble(Word::left));
        var lines = new ArrayList<PdfLine>();
        var row = new ArrayList<Word>();
        for (Word word : sorted) {
            if (!row.isEmpty() && Math.abs(word.baseline - row.get(0).baseline) > row.get(0).size * 0.4f) {
                split(page, row, lines);
                row.clear();
            }
            row.add(word);
        }
        split(page, row, lines);
        return lines;
    }

    private static void split(int page, List<Word> row, List<PdfLine> lines) {
        if (row.isEmpty()) {
            return;
        }
        row.sort(Comparator.comparingDouble(Word::left));
        var text = new StringBuilder();
        Word first = row.get(0);
        Word last = first;
        float size = 0;
        for (Word word : row) {
            if (!text.isEmpty() && word.left - last.right > COLUMN_GAP * Math.max(word.size, last.size)) {
                lines.add(new PdfLine(page, first.left, last.right, first.baseline, size, 0, text.toString()));
                text.setLength(0);
                first = word;
                size = 0;
            }
            text.append(text.isEmpty() ? "" : " ").append(word.text);
            size = Math.max(size, word.size);
            last = word;
        }
        lines.add(new PdfLine(page, first.left, last.right, first.baseline, size, 0, text.toString()));
    }
}
