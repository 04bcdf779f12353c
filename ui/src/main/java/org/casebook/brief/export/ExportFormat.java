package org.casebook.brief.export;

import java.text.Normalizer;
import java.util.Locale;
import org.casebook.brief.BriefDocument;

/** A format a brief exports to: its file extension and content type. */
public enum ExportFormat {
    PDF("pdf", "application/pdf"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final String extension;
    private final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** The file name a download of {@code brief} gets: its title in plain ASCII words, joined by hyphens. */
    public String fileName(BriefDocument brief) {
        String ascii = Normalizer.normalize(brief.title(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String words = ascii.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "").toLowerCase(Locale.ROOT);
        if (words.length() > 80) {
            words = words.substring(0, 80).replaceAll("-+$", "");
        }
        return (words.isEmpty() ? "brief-" + brief.id() : words) + "." + extension;
    }
}
