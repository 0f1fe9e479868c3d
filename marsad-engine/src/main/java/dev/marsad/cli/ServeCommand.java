package dev.marsad.cli;

import dev.marsad.index.ArticleIndex;
import dev.marsad.index.LuceneArticleIndex;
import dev.marsad.web.WebConfig;
import dev.marsad.web.WebServer;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad serve}: serves the reader site and the API over the data folder's index. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Serve the reader site, the JSON API and the feeds.")
final class ServeCommand implements Callable<Integer> {

    @Option(
            names = "--data",
            description = "Data folder (default: ${DEFAULT-VALUE}).",
            defaultValue = DataDirectory.DEFAULT)
    Path data;

    @Option(names = "--port", description = "Port to listen on (default: ${DEFAULT-VALUE}).", defaultValue = "8080")
    int port;

    @Option(
            names = "--host",
            description = "Address to listen on (default: ${DEFAULT-VALUE}).",
            defaultValue = "127.0.0.1")
    String host;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var dir = new DataDirectory(data);
        if (!Files.isDirectory(dir.index()))
            throw new IllegalArgumentException(
                    "no index in " + data + ": run 'marsad demo', 'marsad crawl' or 'marsad ingest' first");
        try (var index = LuceneArticleIndex.open(dir.index())) {
            serveUntilStopped(index, host, port, spec.commandLine().getOut());
        }
        return 0;
    }

    /** Starts the server, prints its address and blocks until the process is stopped (Ctrl-C). */
    static void serveUntilStopped(ArticleIndex index, String host, int port, PrintWriter out)
            throws InterruptedException {
        var stopped = new CountDownLatch(1);
        try (var server = WebServer.start(index, new InetSocketAddress(host, port), WebConfig.defaults())) {
            Runtime.getRuntime()
                    .addShutdownHook(Thread.ofPlatform().name("marsad-shutdown").unstarted(stopped::countDown));
            out.println("Marsad is serving " + index.articleCount() + " articles at " + server.baseUri()
                    + "  (Ctrl-C stops it)");
            out.flush();
            stopped.await();
        }
    }
}
