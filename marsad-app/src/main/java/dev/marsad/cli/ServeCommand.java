package dev.marsad.cli;

import dev.marsad.index.ArticleIndex;
import dev.marsad.index.IndexLocation;
import dev.marsad.ingest.DataFolder;
import dev.marsad.media.ImageStore;
import dev.marsad.web.WebConfig;
import dev.marsad.web.WebServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad serve}: the reader site, the JSON API and the feeds over the data folder's index,
 * opened read-only, so that another process may crawl or ingest into it meanwhile; what it commits
 * is served within a second, without a restart.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Serve the reader site, the JSON API (/api) and the feeds from the data folder's index.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Mixin
    AccessOptions access;

    @Option(
            names = "--host",
            defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(
            names = "--port",
            defaultValue = "8080",
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--public-url",
            description =
                    "The address readers use, for links in the feed and sitemap (default: the listening address).")
    URI publicUrl;

    @Option(
            names = "--zone",
            defaultValue = "UTC",
            description = "Time zone of the dates shown (default: ${DEFAULT-VALUE}), e.g. Asia/Riyadh.")
    String zone;

    @Spec
    CommandSpec spec;

    /** A running server with its index; closing stops the server, then closes the index. */
    record Serving(WebServer server, ArticleIndex index) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            server.close();
            index.close();
        }
    }

    @Override
    public Integer call() throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        try (Serving serving = start()) {
            PrintWriter out = spec.commandLine().getOut();
            long articles = serving.index().articleCount();
            out.println("Marsad serves " + articles + " articles on "
                    + serving.server().baseUri());
            if (articles == 0)
                out.println("The index is empty for now: articles appear as 'marsad ingest' or 'marsad crawl' store"
                        + " them, without a restart.");
            out.println("Press Ctrl-C to stop.");
            out.flush();
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "marsad-serve-shutdown"));
            stopped.await();
        }
        return 0;
    }

    /** Opens the index read-only and starts the server as the options say. */
    Serving start() {
        if (port < 0 || port > 65_535) throw new IllegalArgumentException("--port must be 0 to 65535, got " + port);
        WebConfig config = new WebConfig(
                        WebConfig.defaults().siteName(),
                        Optional.ofNullable(publicUrl),
                        zoneId(),
                        WebConfig.defaults().pageSize())
                .withLimits(access.limits());
        // read-only: a crawl or ingest may write the index meanwhile; its commits show within a second
        DataFolder folder = data.directory();
        ArticleIndex index = folder.indexLocation().open(IndexLocation.Access.READ_ONLY);
        try {
            // the pictures the crawl fetched into the folder, served from /img/
            var images = Optional.of(ImageStore.open(folder.images()));
            return new Serving(
                    WebServer.start(index, new InetSocketAddress(host, port), config, Optional::empty, images), index);
        } catch (RuntimeException e) {
            closeQuietly(index, e);
            throw e;
        }
    }

    private ZoneId zoneId() {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(
                    "--zone must be a time zone like UTC or Asia/Riyadh, got '" + zone + "'", e);
        }
    }

    private static void closeQuietly(ArticleIndex index, RuntimeException failure) {
        try {
            index.close();
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }
}
