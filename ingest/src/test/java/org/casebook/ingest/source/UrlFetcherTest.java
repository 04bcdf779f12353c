package org.casebook.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.casebook.ingest.model.ArticleText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fetches from a real HTTP server on 127.0.0.1 that the test starts. */
class UrlFetcherTest {
    private static final String PAGE = "<!doctype html><html><head><title>Buses first</title></head><body><article>"
            + "<p>" + Prose.paragraph(0, 3) + "</p><p>" + Prose.paragraph(1, 3) + "</p></article></body></html>";
    private static final ReaderSettings SETTINGS = ReaderSettings.defaults()
            .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(500))
            .withMaxBytes(64 * 1024);

    private static HttpServer server;
    private static ExecutorService executor;
    private static byte[] pdf;

    private final UrlFetcher fetcher = new UrlFetcher(SETTINGS);

    @BeforeAll
    static void startServer() throws IOException {
        try (var sketch = new PdfSketch().page()) {
            sketch.paragraph(72, 100, 468, 11, Prose.paragraph(2, 3));
            pdf = sketch.bytes();
        }
        executor = Executors.newCachedThreadPool();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(executor);
        server.createContext("/article", e -> respond(e, 200, "text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8)));
        server.createContext("/paper", e -> respond(e, 200, "application/pdf", pdf));
        server.createContext("/moved", e -> redirect(e, "/article"));
        server.createContext("/hop", e -> redirect(e, "/moved"));
        server.createContext("/loop", e -> redirect(e, "/loop"));
        server.createContext("/ftp", e -> redirect(e, "ftp://127.0.0.1/file"));
        server.createContext("/gone", e -> respond(e, 404, "text/plain", "not here".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/broken", e -> respond(e, 500, "text/plain", "oops".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/photo", e -> respond(e, 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
        server.createContext("/big", e -> respond(e, 200, "text/plain", new byte[200 * 1024]));
        server.createContext("/stream", UrlFetcherTest::streamWithoutLength);
        server.createContext("/agent", e -> respond(e, 200, "text/plain",
                e.getRequestHeaders().getFirst("User-Agent").getBytes(StandardCharsets.UTF_8)));
        server.createContext("/slow", e -> {
            sleep(3000);
            respond(e, 200, "text/plain", "late".getBytes(StandardCharsets.UTF_8));
        });
        server.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        } catch (IOException clientLeft) {
            // The fetcher hangs up on bodies it refuses; that is the point of some tests.
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static void streamWithoutLength(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/plain");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            for (int i = 0; i < 1000; i++) {
                out.write(new byte[8192]);
            }
        } catch (IOException clientLeft) {
            // Expected: the fetcher stops reading at the size limit.
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void fetchesAPageWithItsMediaType() {
        FetchedDocument document = fetcher.fetch(url("/article"));

        assertThat(document.mediaType()).isEqualTo("text/html");
        assertThat(new String(document.content(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
    }

    @Test
    void followsRedirectsAndReportsTheFinalUri() {
        FetchedDocument document = fetcher.fetch(url("/hop"));

        assertThat(document.uri()).isEqualTo(url("/article"));
    }

    @Test
    void refusesTooManyRedirects() {
        assertThatThrownBy(() -> fetcher.fetch(url("/loop"))).isInstanceOf(UnreadableInputException.class)
                .hasMessage(url("/loop") + " redirects too many times (more than 5)");
    }

    @Test
    void refusesARedirectToAnotherScheme() {
        assertThatThrownBy(() -> fetcher.fetch(url("/ftp"))).isInstanceOf(UnreadableInputException.class)
                .hasMessage(url("/ftp") + " is not an http or https URL");
    }

    @Test
    void reportsAMissingPage() {
        assertThatThrownBy(() -> fetcher.fetch(url("/gone"))).isInstanceOf(UnreadableInputException.class)
                .hasMessage(url("/gone") + " was not found (HTTP 404)");
    }

    @Test
    void reportsAServerError() {
        assertThatThrownBy(() -> fetcher.fetch(url("/broken"))).isInstanceOf(UnreadableInputException.class)
                .hasMessageEndingWith("the server answered HTTP 500");
    }

    @Test
    void givesUpOnASlowServer() {
        long start = System.nanoTime();

        assertThatThrownBy(() -> fetcher.fetch(url("/slow"))).isInstanceOf(UnreadableInputException.class)
                .hasMessage(url("/slow") + " did not answer within 500 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void refusesABodyDeclaredLargerThanTheLimit() {
        assertThatThrownBy(() -> fetcher.fetch(url("/big"))).isInstanceOf(UnreadableInputException.class)
                .hasMessage(url("/big") + " is too large (over 64 KB)");
    }

    @Test
    void stopsReadingAStreamedBodyAtTheLimit() {
        assertThatThrownBy(() -> fetcher.fetch(url("/stream"))).isInstanceOf(UnreadableInputException.class)
                .hasMessage(url("/stream") + " is too large (over 64 KB)");
    }

    @Test
    void refusesAnUnsupportedContentType() {
        assertThatThrownBy(() -> fetcher.fetch(url("/photo"))).isInstanceOf(UnreadableInputException.class)
                .hasMessageStartingWith(url("/photo") + " is served as image/png, which is not an article format");
    }

    @Test
    void refusesAnUnknownHost() {
        URI unknown = URI.create("http://no-such-host.invalid/article");

        assertThatThrownBy(() -> fetcher.fetch(unknown)).isInstanceOf(UnreadableInputException.class)
                .hasMessage(unknown + " could not be fetched: unknown host no-such-host.invalid");
    }

    @Test
    void reportsARefusedConnection() throws IOException {
        int port;
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        URI closed = URI.create("http://127.0.0.1:" + port + "/article");

        assertThatThrownBy(() -> fetcher.fetch(closed)).isInstanceOf(UnreadableInputException.class)
                .hasMessage(closed + " could not be fetched: no connection to 127.0.0.1 (refused or unreachable)");
    }

    @Test
    void sendsItsOwnUserAgent() {
        assertThat(new String(fetcher.fetch(url("/agent")).content(), StandardCharsets.UTF_8)).startsWith("Casebook/");
    }

    @Test
    void refusesANonHttpUrl() {
        URI file = URI.create("file:///etc/passwd");

        assertThatThrownBy(() -> fetcher.fetch(file)).isInstanceOf(UnreadableInputException.class)
                .hasMessage("file:///etc/passwd is not an http or https URL");
    }

    @Test
    void readsAnArticleFromAUrlWithTheUrlAsLocation() {
        ArticleText article = new ArticleReader(SETTINGS).read(url("/moved"));

        assertThat(article.location()).isEqualTo(url("/moved").toString());
        assertThat(article.metadata().title()).isEqualTo("Buses first");
        assertThat(article.blocks()).hasSize(2);
    }

    @Test
    void readsAPdfFromAUrl() {
        ArticleText article = new ArticleReader(SETTINGS).read(url("/paper"));

        assertThat(article.body()).isEqualTo(Prose.paragraph(2, 3));
    }
}
