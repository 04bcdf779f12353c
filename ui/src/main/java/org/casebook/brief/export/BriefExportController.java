package org.casebook.brief.export;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.casebook.brief.BriefDocument;
import org.casebook.brief.BriefService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stable URLs for a brief's exports: {@code GET /briefs/{id}/export.pdf} and {@code /briefs/{id}/export.docx}
 * answer the file as a download; an unknown or malformed id answers 404 "not found".
 *
 * <p>Only signed-in people reach these URLs (Spring Security), and {@link BriefService#document} applies the same
 * rules as the editor: a brief the caller may not see (another student's, another team's, another class's) answers
 * the same 404 as one that does not exist, never its content.
 */
@RestController
class BriefExportController {
    private final BriefService briefs;
    private final BriefExporter exporter;

    BriefExportController(BriefService briefs, BriefExporter exporter) {
        this.briefs = briefs;
        this.exporter = exporter;
    }

    @GetMapping("/briefs/{id}/export.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable("id") String id) {
        return export(id, ExportFormat.PDF);
    }

    @GetMapping("/briefs/{id}/export.docx")
    ResponseEntity<byte[]> docx(@PathVariable("id") String id) {
        return export(id, ExportFormat.DOCX);
    }

    private ResponseEntity<byte[]> export(String id, ExportFormat format) {
        Optional<BriefDocument> brief = parse(id).flatMap(briefs::document);
        if (brief.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                    .body("not found".getBytes(StandardCharsets.UTF_8));
        }
        byte[] bytes = exporter.export(brief.get(), format);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(format.fileName(brief.get()), StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }

    private static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
