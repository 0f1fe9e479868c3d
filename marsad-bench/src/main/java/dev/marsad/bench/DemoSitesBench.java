package dev.marsad.bench;

import dev.marsad.demo.DemoArticle;
import dev.marsad.demo.DemoNewsroom;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad bench demo-sites}: how fast the demo newsroom starts (corpus read, every page
 * rendered, four ports bound) and serves its article pages to one sequential JDK client. The demo
 * sites are a fixture, not a product part, so there is no peer: the figure to watch is the time a
 * page takes, which a crawl of the demo pays for every page.
 */
@Command(
        name = "demo-sites",
        mixinStandardHelpOptions = true,
        description = "Start time and sequential page time of the demo newsroom's sites.")
public final class DemoSitesBench implements Runnable {

    @Option(
            names = "--runs",
            description = "Starts and fetch rounds; the median is reported, default ${DEFAULT-VALUE}.")
    int runs = 5;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        if (runs < 1) throw new IllegalArgumentException("--runs must be at least 1, got " + runs);
        double[] startMillis = new double[runs];
        double[] pageMillis = new double[runs];
        int pages = 0;
        try (HttpClient client = HttpClient.newHttpClient()) {
            for (int run = 0; run < runs; run++) {
                long t0 = System.nanoTime();
                try (DemoNewsroom newsroom = DemoNewsroom.start()) {
                    startMillis[run] = (System.nanoTime() - t0) / 1e6;
                    pages = newsroom.articleCount();
                    long t1 = System.nanoTime();
                    for (DemoArticle article : newsroom.articles()) fetch(client, article);
                    pageMillis[run] = (System.nanoTime() - t1) / 1e6 / pages;
                }
            }
        }
        out.printf(
                Locale.ROOT,
                "demo newsroom: %d article pages; start (median of %d) %.0f ms; one page (median) %.2f ms = %.0f pages/s"
                        + " (sun.net.httpserver.nodelay=%s)%n",
                pages,
                runs,
                median(startMillis),
                median(pageMillis),
                1000 / median(pageMillis),
                System.getProperty("sun.net.httpserver.nodelay"));
    }

    private static void fetch(HttpClient client, DemoArticle article) {
        try {
            HttpResponse<byte[]> response =
                    client.send(HttpRequest.newBuilder(article.url()).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200)
                throw new IllegalStateException("demo page " + article.url() + " answered " + response.statusCode());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot fetch demo page " + article.url(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted fetching " + article.url(), e);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
