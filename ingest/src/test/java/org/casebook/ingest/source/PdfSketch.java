package org.casebook.ingest.source;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/**
 * Builds real PDFs for tests with PDFBox: lines at positions given from the top of a Letter page, wrapped
 * paragraphs, images, document information and encryption.
 */
final class PdfSketch implements AutoCloseable {
    static final float HEIGHT = PDRectangle.LETTER.getHeight();
    private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);

    private final PDDocument document = new PDDocument();
    private PDPageContentStream content;

    PdfSketch page() {
        try {
            closeContent();
            var page = new PDPage(PDRectangle.LETTER);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line with its baseline {@code top} points below the top of the page. */
    PdfSketch line(float x, float top, float size, String text) {
        try {
            content.beginText();
            content.setFont(FONT, size);
            content.newLineAtOffset(x, HEIGHT - top);
            content.showText(text);
            content.endText();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines of {@code text} wrapped to {@code width} points; returns the baseline of the last line. */
    float paragraph(float x, float top, float width, float size, String text) {
        float y = top;
        for (String line : wrap(text, width, size)) {
            line(x, y, size, line);
            y += size * 1.25f;
        }
        return y - size * 1.25f;
    }

    static List<String> wrap(String text, float width, float size) {
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && widthOf(candidate, size) > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static float widthOf(String text, float size) {
        try {
            return FONT.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PdfSketch image() {
        try {
            var picture = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            var graphics = picture.createGraphics();
            graphics.fillRect(20, 20, 100, 50);
            graphics.dispose();
            content.drawImage(LosslessFactory.createFromImage(document, picture), 100, 400);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PdfSketch information(String title, String author) {
        document.getDocumentInformation().setTitle(title);
        document.getDocumentInformation().setAuthor(author);
        return this;
    }

    PdfSketch encrypt(String userPassword) {
        return encrypt(userPassword, new AccessPermission());
    }

    PdfSketch encrypt(String userPassword, AccessPermission permissions) {
        try {
            var policy = new StandardProtectionPolicy("owner-secret", userPassword, permissions);
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] bytes() {
        try {
            closeContent();
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeContent() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeContent();
        document.close();
    }
}
