package org.casebook.ingest.source;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.jspecify.annotations.Nullable;

/**
 * Downloads an article from an http or https URL. Follows up to {@link ReaderSettings#maxRedirects()} redirects
 * itself (so each hop's scheme is checked), gives each request {@link ReaderSettings#readTimeout()} from sending
 * to the body's last byte, and stops reading as soon as the body exceeds {@link ReaderSettings#maxBytes()}.
 * Accepts HTML, plain text, Markdown, PDF and DOCX media types, plus a missing or generic binary type (the
 * content is sniffed later); refuses others before reading their body. Every failure is an
 * {@link UnreadableInputException} naming the URL: unknown host, refused connection, timeout, HTTP error status,
 * too many redirects, too large, unsupported type. Thread-safe; one instance can serve many fetches.
 */
public final class UrlFetcher {
    private static final Set<String> ACCEPTED = Set.of("text/html", "application/xhtml+xml", "text/plain",
            "text/markdown", "text/x-markdown", "application/pdf", "application/x-pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/octet-stream");
    private static final String USER_AGENT = "Casebook/0.1 (debate preparation; article reader)";
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final ReaderSettings settings;
    private final HttpClient client;

    public UrlFetcher(ReaderSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public FetchedDocument fetch(URI uri) {
        String input = uri.toString();
        URI current = checked(uri, input);
        for (int redirects = 0; ; redirects++) {
            HttpResponse<byte[]> response = send(current, input);
            int status = response.statusCode();
            if (REDIRECTS.contains(status)) {
                if (redirects >= settings.maxRedirects()) {
                    throw new UnreadableInputException(input,
                            "redirects too many times (more than " + settings.maxRedirects() + ")");
                }
                String location = response.headers().firstValue("Location").orElseThrow(
                        () -> new UnreadableInputException(input, "redirects (HTTP " + status + ") without a Location"));
                current = checked(current.resolve(location.strip()), input);
                continue;
            }
            if (status == 404 || status == 410) {
                throw new UnreadableInputException(input, "was not found (HTTP " + status + ")");
            }
            if (status < 200 || status > 299) {
                throw new UnreadableInputException(input, "could not be fetched: the server answered HTTP " + status);
            }
            String type = mediaType(response.headers().firstValue("Content-Type").orElse(null));
            if (type != null && !ACCEPTED.contains(type)) {
                throw new UnreadableInputException(input, "is served as " + type + ", which is not an article format"
                        + " (HTML, text, Markdown, PDF or DOCX)");
            }
            if (tooLarge(response.headers().firstValueAsLong("Content-Length").orElse(-1))) {
                throw tooLargeError(input);
            }
            return new FetchedDocument(current, type, response.body());
        }
    }

    private HttpResponse<byte[]> send(URI uri, String input) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(settings.readTimeout())
                .header("User-Agent", USER_AGENT)
                .header("Accept", "text/html, application/xhtml+xml, application/pdf, "
                        + "application/vnd.openxmlformats-officedocument.wordprocessingml.document, text/*;q=0.8")
                .GET()
                .build();
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, this::bodyHandler);
        try {
            return future.get(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            future.cancel(true);
            throw new UnreadableInputException(input, "did not answer within " + seconds(settings.readTimeout()), slow);
        } catch (InterruptedException interrupted) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new UnreadableInputException(input, "was not fetched: the download was interrupted", interrupted);
        } catch (ExecutionException failed) {
            throw failure(failed.getCause(), uri, input);
        }
    }

    /** Reads the body only of responses that will be used; others are cut off after their headers. */
    private HttpResponse.BodySubscriber<byte[]> bodyHandler(HttpResponse.ResponseInfo info) {
        String type = mediaType(info.headers().firstValue("Content-Type").orElse(null));
        boolean wanted = info.statusCode() >= 200 && info.statusCode() <= 299
                && (type == null || ACCEPTED.contains(type))
                && !tooLarge(info.headers().firstValueAsLong("Content-Length").orElse(-1));
        return wanted ? new CappedBodySubscriber(settings.maxBytes()) : CappedBodySubscriber.discarding();
    }

    private UnreadableInputException failure(@Nullable Throwable cause, URI uri, String input) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof CappedBodySubscriber.TooLargeException) {
                return tooLargeError(input);
            }
            if (t instanceof HttpConnectTimeoutException) {
                return new UnreadableInputException(input,
                        "could not be fetched: connecting timed out after " + seconds(settings.connectTimeout()), t);
            }
            if (t instanceof HttpTimeoutException) {
                return new UnreadableInputException(input, "did not answer within " + seconds(settings.readTimeout()), t);
            }
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return new UnreadableInputException(input, "could not be fetched: unknown host " + uri.getHost(), t);
            }
            if (t instanceof SSLException) {
                return new UnreadableInputException(input, "could not be fetched: secure connection failed ("
                        + t.getMessage() + ")", t);
            }
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return new UnreadableInputException(input,
                        "could not be fetched: no connection to " + uri.getHost() + " (refused or unreachable)", t);
            }
        }
        String detail = cause == null ? "unknown error" : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return new UnreadableInputException(input, "could not be fetched (" + detail + ")", cause);
    }

    private static URI checked(URI uri, String input) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new UnreadableInputException(input, "is not an http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new UnreadableInputException(input, "has no host name");
        }
        return uri;
    }

    private boolean tooLarge(long contentLength) {
        return contentLength > settings.maxBytes();
    }

    private UnreadableInputException tooLargeError(String input) {
        return new UnreadableInputException(input, "is too large (over " + Sizes.describe(settings.maxBytes()) + ")");
    }

    static @Nullable String mediaType(@Nullable String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
