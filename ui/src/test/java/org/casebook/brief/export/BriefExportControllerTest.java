package org.casebook.brief.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.casebook.brief.BriefService;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** The stable export URLs' answers, over a stubbed brief service. */
class BriefExportControllerTest {
    private final BriefService briefs = mock(BriefService.class);
    private final BriefExportController controller = new BriefExportController(briefs,
            new BriefExporter(new BriefPdfRenderer(), new BriefDocxRenderer()));

    @Test
    void answersThePdfAsAnAttachmentNamedAfterTheBrief() {
        when(briefs.document(7)).thenReturn(Optional.of(ExportBriefs.sample()));

        var response = controller.pdf("7");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).hasToString("application/pdf");
        assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .contains("attachment").contains("sample-brief-foreign-aid-to-central-america.pdf");
        assertThat(new String(response.getBody(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void answersTheDocx() {
        when(briefs.document(7)).thenReturn(Optional.of(ExportBriefs.sample()));

        var response = controller.docx("7");

        assertThat(response.getHeaders().getContentType()).hasToString(ExportFormat.DOCX.contentType());
        assertThat(new String(response.getBody(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
    }

    @Test
    void anUnknownOrMalformedIdIsNotFound() {
        when(briefs.document(99)).thenReturn(Optional.empty());

        for (var response : new org.springframework.http.ResponseEntity<?>[] {controller.pdf("99"),
                controller.docx("abc")}) {
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(new String((byte[]) response.getBody(), StandardCharsets.UTF_8)).isEqualTo("not found");
        }
    }
}
