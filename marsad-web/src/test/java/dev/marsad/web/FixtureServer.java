package dev.marsad.web;

import dev.marsad.index.IndexedArticle;
import dev.marsad.index.LuceneArticleIndex;
import dev.marsad.media.ArticleImages;
import dev.marsad.media.ImageKind;
import dev.marsad.media.ImageRejected;
import dev.marsad.media.ImageStore;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The web server on a free loopback port over a real Lucene index filled with {@link WebFixtures},
 * for the tests that call it over HTTP.
 */
final class FixtureServer implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final LuceneArticleIndex index;
    private final WebServer server;

    private FixtureServer(LuceneArticleIndex index, WebServer server) {
        this.index = index;
        this.server = server;
    }

    /**
     * Opens the index in {@code dir}/index, fills it and starts the server with the default
     * configuration but no request rate: the tests call it many times a second from one address
     * (AccessLimitsTest tests the rate).
     */
    static FixtureServer start(Path dir) throws IOException {
        return start(
                dir, WebConfig.defaults().withLimits(AccessLimits.defaults().withoutRate()));
    }

    /** Opens the index in {@code dir}/index, fills it and starts the server with this configuration. */
    static FixtureServer start(Path dir, WebConfig config) throws IOException {
        LuceneArticleIndex index = LuceneArticleIndex.open(dir.resolve("index"));
        try {
            WebFixtures.fill(index);
            return new FixtureServer(index, WebServer.start(index, new InetSocketAddress("127.0.0.1", 0), config));
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
    }

    /**
     * Starts as {@link #start(Path)} does, plus the article {@link WebFixtures#PICTURED_ID} in a
     * story of its own, whose lead image and site icon are in a picture cache in {@code dir}/images:
     * its cards show a thumbnail and an icon, its page the lead image.
     */
    static FixtureServer startWithPictures(Path dir) throws IOException {
        LuceneArticleIndex index = LuceneArticleIndex.open(dir.resolve("index"));
        try {
            WebFixtures.fill(index);
            IndexedArticle pictured = WebFixtures.pictured(
                    WebFixtures.PICTURED_ID, WebFixtures.PICTURED_IMAGE, Optional.of(WebFixtures.PICTURED_CAPTION));
            index.put(pictured);
            index.put(WebFixtures.story(
                    pictured.storyId(), pictured.analyzed().article().title(), List.of(pictured)));
            index.commit();
            ImageStore images = ImageStore.open(dir.resolve("images"));
            Instant now = Instant.now();
            images.put(WebFixtures.PICTURED_IMAGE, WebFixtures.picture(800, 600, "jpeg"), ImageKind.PHOTO, now);
            URI icon =
                    ArticleImages.siteIcon(pictured.analyzed().article().url()).orElseThrow();
            images.put(icon, WebFixtures.picture(48, 48, "png"), ImageKind.ICON, now);
            WebConfig config =
                    WebConfig.defaults().withLimits(AccessLimits.defaults().withoutRate());
            InetSocketAddress bind = new InetSocketAddress("127.0.0.1", 0);
            return new FixtureServer(index, WebServer.start(index, bind, config, Optional::empty, Optional.of(images)));
        } catch (ImageRejected e) {
            index.close();
            throw new IllegalStateException("the picture cache refused a fixture picture: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
    }

    /** The index the server reads; tests may write to it and commit. */
    LuceneArticleIndex index() {
        return index;
    }

    /** The server's base URI, ending in '/'. */
    URI baseUri() {
        return server.baseUri();
    }

    /** GETs a path of the server; the body as text. */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(baseUri().resolve(path)));
    }

    /** Sends a request, with a timeout, to any server under test; the body as text. */
    static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GETs an absolute URL; the body as bytes. */
    static HttpResponse<byte[]> sendBytes(URI url) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Stops the server, then closes the index. */
    @Override
    public void close() throws IOException {
        server.close();
        index.close();
    }
}
