package org.casebook.ingest.source;

import java.net.URI;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a URL served: the URI it was finally read from (after redirects), the media type it declared (without
 * parameters, lower case; null when the server sent none) and the body. The content array is copied in and out,
 * so the record stays immutable.
 */
public record FetchedDocument(URI uri, @Nullable String mediaType, byte[] content) {
    public FetchedDocument {
        Objects.requireNonNull(uri, "uri");
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof FetchedDocument that && uri.equals(that.uri)
                && Objects.equals(mediaType, that.mediaType) && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(uri, mediaType, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "FetchedDocument[uri=" + uri + ", mediaType=" + mediaType + ", " + content.length + " bytes]";
    }
}
