package org.casebook.brief.export;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import org.casebook.brief.BriefDocument;
import org.springframework.stereotype.Component;

/**
 * Renders a brief as a print-ready PDF: title block, table of contents with page numbers, bookmarks for the blocks
 * and card tags, the two sides side by side (one column for a one-sided brief), page numbers and a running header,
 * cards kept whole on a page where they fit. DejaVu Sans is embedded (subset), so quotes, dashes and accented
 * names print as written. The layout is an XHTML template ({@link BriefHtml}) laid out by openhtmltopdf. Knows
 * nothing of Vaadin. Thread-safe: every call builds its own renderer.
 */
@Component
public class BriefPdfRenderer {
    static final String FONT_FAMILY = "DejaVu Sans";
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    private final BriefHtml template;
    /** The font files, read once: every render parses them again but never goes back to the jar. */
    private final Map<String, byte[]> fonts = new LinkedHashMap<>();

    public BriefPdfRenderer() {
        // openhtmltopdf reports every layout step at INFO; only its warnings are worth a line in the app's log.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
        this.template = new BriefHtml(new String(resource("brief-print.css"), StandardCharsets.UTF_8));
        for (String file : new String[] {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
                "DejaVuSans-BoldOblique.ttf"}) {
            fonts.put(file, resource(FONTS + file));
        }
    }

    public byte[] render(BriefDocument brief) {
        String html = template.render(brief);
        var out = new ByteArrayOutputStream(128 * 1024);
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            font(builder, "DejaVuSans.ttf", 400, PdfRendererBuilder.FontStyle.NORMAL);
            font(builder, "DejaVuSans-Bold.ttf", 700, PdfRendererBuilder.FontStyle.NORMAL);
            font(builder, "DejaVuSans-Oblique.ttf", 400, PdfRendererBuilder.FontStyle.ITALIC);
            font(builder, "DejaVuSans-BoldOblique.ttf", 700, PdfRendererBuilder.FontStyle.ITALIC);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render brief " + brief.id() + " as PDF", e);
        }
        return out.toByteArray();
    }

    private void font(PdfRendererBuilder builder, String file, int weight, PdfRendererBuilder.FontStyle style) {
        byte[] bytes = Objects.requireNonNull(fonts.get(file), file);
        builder.useFont(() -> new ByteArrayInputStream(bytes), FONT_FAMILY, weight, style, true);
    }

    private static byte[] resource(String name) {
        try (InputStream in = BriefPdfRenderer.class.getResourceAsStream(name)) {
            return Objects.requireNonNull(in, name + " missing from the classpath").readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
