package dev.marsad.web;

import dev.marsad.index.LuceneArticleIndex;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;

/**
 * The web server on a free loopback port over a real Lucene index filled with {@link WebFixtures},
 * for the tests that call it over HTTP.
 */
final class FixtureServer implements AutoCloseable {

    private final LuceneArticleIndex index;
    private final WebServer server;

    private FixtureServer(LuceneArticleIndex index, WebServer server) {
        this.index = index;
        this.server = server;
    }

    /** Opens the index in {@code dir}/index, fills it and starts the server with the default configuration. */
    static FixtureServer start(Path dir) throws IOException {
        return start(dir, WebConfig.defaults());
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

    /** The server's base URI, ending in '/'. */
    URI baseUri() {
        return server.baseUri();
    }

    /** Stops the server, then closes the index. */
    @Override
    public void close() throws IOException {
        server.close();
        index.close();
    }
}
