package org.casebook.ingest.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Decodes the bytes of a text file: UTF-16 with a byte-order mark (or with the tell-tale zero bytes of ASCII text
 * in UTF-16), UTF-8 (a BOM is dropped), and Windows-1252 when the bytes are not valid UTF-8. Line endings become
 * {@code \n}. Refuses bytes that decode to control characters: they are binary, and reading them would produce
 * garbage. Stateless and thread-safe.
 */
final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Share of control or replacement characters above which the input is taken as binary. */
    private static final double BINARY_RATIO = 0.01;

    String decode(byte[] bytes, String location) {
        String text = normaliseLineEndings(stripBom(decodeBytes(bytes)));
        if (looksBinary(text)) {
            throw new UnreadableInputException(location, "looks like binary data, not text");
        }
        return text;
    }

    /** Decodes without checks; for sniffing a prefix, where a cut multi-byte character must not fail. */
    static String decodeLeniently(byte[] bytes, int length) {
        int n = Math.min(bytes.length, length);
        Charset charset = bomCharset(bytes);
        if (charset == null) {
            charset = utf16WithoutBom(bytes);
        }
        return new String(bytes, 0, n, charset != null ? charset : StandardCharsets.UTF_8);
    }

    private static String decodeBytes(byte[] bytes) {
        Charset bom = bomCharset(bytes);
        if (bom != null) {
            int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
            return new String(bytes, skip, bytes.length - skip, bom);
        }
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return new String(bytes, utf16);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    static @Nullable Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** ASCII text in UTF-16 has a zero byte in every other position; binary data rarely does. */
    private static @Nullable Charset utf16WithoutBom(byte[] b) {
        int pairs = Math.min(b.length, 4096) / 2;
        if (pairs < 8) {
            return null;
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            zeroEven += b[i] == 0 ? 1 : 0;
            zeroOdd += b[i + 1] == 0 ? 1 : 0;
        }
        if (zeroOdd > pairs * 0.7 && zeroEven < pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (zeroEven > pairs * 0.7 && zeroOdd < pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String normaliseLineEndings(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static boolean looksBinary(String text) {
        int bad = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            boolean control = c < 0x20 && c != '\n' && c != '\t' && c != '\f';
            if (control || c == '\uFFFD' || (c >= 0x7F && c <= 0x9F)) {
                bad++;
            }
        }
        return bad > text.length() * BINARY_RATIO;
    }
}
