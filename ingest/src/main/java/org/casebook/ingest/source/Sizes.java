package org.casebook.ingest.source;

import java.util.Locale;

/** Byte counts for people: "50 MB", "1.5 KB". */
final class Sizes {
    private Sizes() {}

    static String describe(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        double kb = bytes / 1024.0;
        if (kb < 1024) {
            return format(kb) + " KB";
        }
        return format(kb / 1024) + " MB";
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
