package org.casebook.article;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Unpacks a .zip of articles in memory, safely: nothing is written to disk, folders, hidden files and macOS
 * resource forks are skipped, names that climb out of the archive ({@code ..}, absolute paths) are refused, and the
 * size of each file, of the whole and the number of files are capped, so a zip bomb stops early. Thread-safe.
 */
final class ZipArchive {
    static final Set<String> READABLE = Set.of("txt", "md", "markdown", "html", "htm", "pdf", "docx");

    /** A file in the archive: its bytes, or why it cannot be imported ({@code problem} set, {@code content} null). */
    record Entry(String name, byte @Nullable [] content, @Nullable String problem) {}

    private final long maxEntryBytes;
    private final long maxTotalBytes;
    private final int maxEntries;

    ZipArchive(long maxEntryBytes, long maxTotalBytes, int maxEntries) {
        this.maxEntryBytes = maxEntryBytes;
        this.maxTotalBytes = maxTotalBytes;
        this.maxEntries = maxEntries;
    }

    static boolean isZip(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    /** The archive's files in order; throws {@link IOException} with a readable message when it is not a zip. */
    List<Entry> unpack(byte[] zip) throws IOException {
        if (zip.length < 4 || zip[0] != 'P' || zip[1] != 'K') {
            throw new IOException("is not a zip archive");
        }
        List<Entry> entries = new ArrayList<>();
        long total = 0;
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String name = entry.getName().replace('\\', '/');
                if (entry.isDirectory() || isHiddenOrSystem(name)) {
                    continue;
                }
                if (entries.size() >= maxEntries) {
                    throw new IOException("holds more than " + maxEntries + " files; split it into smaller archives");
                }
                if (climbsOut(name)) {
                    entries.add(new Entry(name, null, "has an unsafe path inside the archive and was skipped"));
                    continue;
                }
                if (!READABLE.contains(extension(name))) {
                    entries.add(new Entry(name, null,
                            "is not a supported file type (txt, md, html, pdf or docx) and was skipped"));
                    continue;
                }
                byte[] content = read(in, maxEntryBytes);
                if (content == null) {
                    entries.add(new Entry(name, null, "is larger than " + maxEntryBytes / (1024 * 1024)
                            + " MB unpacked and was skipped"));
                    continue;
                }
                total += content.length;
                if (total > maxTotalBytes) {
                    throw new IOException("unpacks to more than " + maxTotalBytes / (1024 * 1024) + " MB");
                }
                entries.add(new Entry(name, content, null));
            }
        } catch (IllegalArgumentException | java.util.zip.ZipException e) {
            throw new IOException("is not a readable zip archive", e);
        }
        if (entries.isEmpty()) {
            throw new IOException("holds no files to import (txt, md, html, pdf or docx)");
        }
        return entries;
    }

    private static byte @Nullable [] read(InputStream in, long cap) throws IOException {
        var out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0) {
            if (out.size() + n > cap) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static boolean isHiddenOrSystem(String name) {
        for (String part : name.split("/")) {
            boolean hidden = part.startsWith(".") && !part.equals(".") && !part.equals("..");
            if (hidden || part.equals("__MACOSX")) {
                return true;
            }
        }
        return false;
    }

    private static boolean climbsOut(String name) {
        if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
            return true;
        }
        for (String part : name.split("/")) {
            if (part.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
