package org.casebook.ingest.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures how many pages per second {@link ArticleReader} reads in each format. It generates a corpus of
 * {@code pages} pages per format (a page is {@value #PARAGRAPHS_PER_PAGE} paragraphs of about 80 words; for PDF,
 * a real page of a two-column layout), warms up, then reads each document several times. Not a JUnit test, so it
 * never slows the build. Run from the repository root:
 * <pre>
 * ./mvnw -q -o -pl ingest test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt
 * java -cp ingest/target/test-classes:ingest/target/classes:$(cat ingest/target/test-classpath.txt) \
 *     org.casebook.ingest.source.ReaderBenchmark 50
 * </pre>
 */
public final class ReaderBenchmark {
    static final int PARAGRAPHS_PER_PAGE = 6;
    private static final int ROUNDS = 5;

    private ReaderBenchmark() {}

    public static void main(String[] args) throws IOException {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        var reader = new ArticleReader(ReaderSettings.defaults());
        Map<String, byte[]> corpus = corpus(pages);
        System.out.printf(Locale.ROOT, "%-9s %10s %12s%n", "format", "bytes", "pages/s");
        for (var entry : corpus.entrySet()) {
            String name = "bench." + entry.getKey();
            reader.read(entry.getValue(), name);
            long start = System.nanoTime();
            for (int i = 0; i < ROUNDS; i++) {
                reader.read(entry.getValue(), name);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "%-9s %10d %12.1f%n", entry.getKey(), entry.getValue().length,
                    pages * ROUNDS / seconds);
        }
    }

    static Map<String, byte[]> corpus(int pages) throws IOException {
        List<String> paragraphs = Prose.paragraphs(pages * PARAGRAPHS_PER_PAGE, 4);
        Map<String, byte[]> corpus = new LinkedHashMap<>();
        corpus.put("txt", String.join("\n\n", paragraphs).getBytes(StandardCharsets.UTF_8));
        corpus.put("md", markdown(paragraphs).getBytes(StandardCharsets.UTF_8));
        corpus.put("html", html(paragraphs).getBytes(StandardCharsets.UTF_8));
        corpus.put("pdf", pdf(paragraphs));
        corpus.put("docx", docx(paragraphs));
        return corpus;
    }

    private static String markdown(List<String> paragraphs) {
        var text = new StringBuilder("# Buses before charges\n\n");
        for (int i = 0; i < paragraphs.size(); i++) {
            text.append(i % PARAGRAPHS_PER_PAGE == 0 ? "## Part " + i + "\n\n" : "")
                    .append(paragraphs.get(i).replaceFirst("council", "**council**")).append("\n\n");
        }
        return text.toString();
    }

    private static String html(List<String> paragraphs) {
        var page = new StringBuilder("<!doctype html><html><head><title>Buses</title>"
                + "<meta property=\"og:site_name\" content=\"The Example Times\"></head><body>"
                + "<nav><a href=\"/\">Home</a></nav><article><h1>Buses before charges</h1>");
        paragraphs.forEach(p -> page.append("<p>").append(p).append("</p>"));
        return page.append("</article><footer>Contact</footer></body></html>").toString();
    }

    private static byte[] pdf(List<String> paragraphs) throws IOException {
        try (var pdf = new PdfSketch()) {
            for (int i = 0; i < paragraphs.size(); i += PARAGRAPHS_PER_PAGE) {
                pdf.page().line(72, 40, 9, "The Example Review");
                var columns = new ArrayList<>(paragraphs.subList(i, Math.min(i + PARAGRAPHS_PER_PAGE, paragraphs.size())));
                float y = 80;
                for (int c = 0; c < columns.size(); c++) {
                    float x = c < PARAGRAPHS_PER_PAGE / 2 ? 72 : 320;
                    y = c == PARAGRAPHS_PER_PAGE / 2 ? 80 : y;
                    y = pdf.paragraph(x, y, 220, 10, columns.get(c)) + 25;
                }
                pdf.line(300, 760, 9, String.valueOf(i / PARAGRAPHS_PER_PAGE + 1));
            }
            return pdf.bytes();
        }
    }

    private static byte[] docx(List<String> paragraphs) throws IOException {
        try (var docx = new DocxSketch().style("Heading1", "heading 1", null)) {
            docx.paragraph("Heading1", "Buses before charges");
            paragraphs.forEach(p -> docx.paragraph(null, p));
            return docx.bytes();
        }
    }
}
