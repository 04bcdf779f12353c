package org.casebook.ingest.source;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits for reading sources. {@code maxBytes} caps both files and downloads; the timeouts apply to URL fetches
 * ({@code readTimeout} bounds each request from sending it to the last byte of its body); {@code maxRedirects} is
 * how many redirects a fetch follows before giving up. Invalid values are rejected on construction.
 */
public record ReaderSettings(long maxBytes, Duration connectTimeout, Duration readTimeout, int maxRedirects) {
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;
    /** Largest array the JVM reliably allocates. */
    static final long LARGEST_ARRAY = Integer.MAX_VALUE - 8;

    public ReaderSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (maxBytes <= 0 || maxBytes > LARGEST_ARRAY) {
            throw new IllegalArgumentException("maxBytes " + maxBytes + " is not in 1.." + LARGEST_ARRAY);
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("connectTimeout " + connectTimeout + " is not positive");
        }
        if (readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("readTimeout " + readTimeout + " is not positive");
        }
        if (maxRedirects < 0 || maxRedirects > 20) {
            throw new IllegalArgumentException("maxRedirects " + maxRedirects + " is not in 0..20");
        }
    }

    /** 50 MB, 10 s to connect, 30 s to read, 5 redirects. */
    public static ReaderSettings defaults() {
        return new ReaderSettings(DEFAULT_MAX_BYTES, Duration.ofSeconds(10), Duration.ofSeconds(30), 5);
    }

    public ReaderSettings withMaxBytes(long bytes) {
        return new ReaderSettings(bytes, connectTimeout, readTimeout, maxRedirects);
    }

    public ReaderSettings withTimeouts(Duration connect, Duration read) {
        return new ReaderSettings(maxBytes, connect, read, maxRedirects);
    }

    public ReaderSettings withMaxRedirects(int redirects) {
        return new ReaderSettings(maxBytes, connectTimeout, readTimeout, redirects);
    }
}
