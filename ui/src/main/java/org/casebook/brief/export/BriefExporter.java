package org.casebook.brief.export;

import org.casebook.brief.BriefDocument;
import org.springframework.stereotype.Component;

/** Exports a brief in a chosen format, through the format's renderer. Thread-safe. */
@Component
public class BriefExporter {
    private final BriefPdfRenderer pdf;
    private final BriefDocxRenderer docx;

    public BriefExporter(BriefPdfRenderer pdf, BriefDocxRenderer docx) {
        this.pdf = pdf;
        this.docx = docx;
    }

    public byte[] export(BriefDocument brief, ExportFormat format) {
        return switch (format) {
            case PDF -> pdf.render(brief);
            case DOCX -> docx.render(brief);
        };
    }
}
