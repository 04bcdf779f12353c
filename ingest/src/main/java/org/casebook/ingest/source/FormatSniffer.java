package org.casebook.ingest.source;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Tells the format of an input from its content: the {@code %PDF-} signature, a ZIP holding
 * {@code word/document.xml}, or HTML markup near the start. Only when the content is plain text does the name's
 * extension (or a {@code text/markdown} media type) decide between Markdown and plain text. Refuses known
 * binary formats it cannot read (images, other ZIPs, legacy or password-protected Office files). Thread-safe.
 */
final class FormatSniffer {
    private static final int SNIFF_CHARS = 2048;
    private static final Pattern LEADING_NOISE =
            Pattern.compile("\\A(?:\\s|\uFEFF|<\\?xml[^>]*>|<!--.*?-->)*", Pattern.DOTALL);
    private static final Pattern MARKUP_NEAR_START = Pattern.compile(
            "<(?:body|head|title|meta|article|main|div|section|p|h[1-6]|br)(?:\\s[^>]*)?/?>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKDOWN_NAME =
            Pattern.compile("(?i).*\\.(?:md|markdown|mdown|mkd|mkdn)(?:[?#].*)?");

    Format sniff(byte[] content, String location, @Nullable String mediaType) {
        if (indexOf(content, "%PDF-".getBytes(StandardCharsets.US_ASCII), 1024) >= 0) {
            return Format.PDF;
        }
        if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
            if (indexOf(content, "word/document.xml".getBytes(StandardCharsets.US_ASCII), content.length) >= 0) {
                return Format.DOCX;
            }
            throw new UnreadableInputException(location, "is a ZIP archive, not a Word (.docx) document");
        }
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            throw new UnreadableInputException(location,
                    "is a legacy (.doc) or password-protected Office file, which cannot be read; save it as .docx");
        }
        if (isImage(content)) {
            throw new UnreadableInputException(location, "is an image, not a document");
        }
        String start = LEADING_NOISE.matcher(TextDecoder.decodeLeniently(content, SNIFF_CHARS)).replaceFirst("");
        String lower = start.toLowerCase(Locale.ROOT);
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html")) {
            return Format.HTML;
        }
        boolean markdown = MARKDOWN_NAME.matcher(location).matches()
                || (mediaType != null && mediaType.toLowerCase(Locale.ROOT).contains("markdown"));
        if (markdown) {
            return Format.MARKDOWN;
        }
        if (lower.startsWith("<") && MARKUP_NEAR_START.matcher(start).find()) {
            return Format.HTML;
        }
        return Format.TEXT;
    }

    private static boolean isImage(byte[] b) {
        return startsWith(b, 0x89, 'P', 'N', 'G')
                || startsWith(b, 0xFF, 0xD8, 0xFF)
                || startsWith(b, 'G', 'I', 'F', '8')
                || startsWith(b, 'I', 'I', 0x2A, 0x00)
                || startsWith(b, 'M', 'M', 0x00, 0x2A)
                || (startsWith(b, 'R', 'I', 'F', 'F') && b.length > 12 && b[8] == 'W' && b[9] == 'E');
    }

    private static boolean startsWith(byte[] content, int... signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((content[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] content, byte[] needle, int limit) {
        int last = Math.min(content.length, limit) - needle.length;
        outer:
        for (int i = 0; i <= last; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (content[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
