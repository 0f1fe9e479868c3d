package dev.marsad.bench;

import dev.marsad.cli.Main;
import dev.marsad.index.LuceneArticleIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad bench ingest}: the time {@code marsad demo --no-serve} takes to crawl the bundled
 * newsroom into a fresh data folder (fetch, WARC, extract, analyze, link, index), and the time of
 * a second run over the same folder (conditional requests, nothing new), several runs each.
 */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = "Demo ingest time and articles per second, fresh and repeated, through the real CLI path.")
final class DemoIngestBench implements Callable<Integer> {

    @Option(names = "--runs", defaultValue = "3", description = "Fresh runs to time (default: ${DEFAULT-VALUE}).")
    int runs;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        var fresh = new ArrayList<Double>();
        var again = new ArrayList<Double>();
        long articles = 0;
        for (int run = 0; run < runs; run++) {
            Path data = Files.createTempDirectory("marsad-ingest-bench");
            try {
                fresh.add(timeDemo(data));
                try (var index = LuceneArticleIndex.openReadOnly(data.resolve("index"))) {
                    articles = index.articleCount();
                }
                again.add(timeDemo(data));
            } finally {
                TempFolder.delete(data);
            }
        }
        double best = fresh.stream().min(Double::compare).orElseThrow();
        double median = median(fresh);
        out.printf(Locale.ROOT, "demo ingest, %d runs: %d articles stored per run%n", runs, articles);
        out.printf(
                Locale.ROOT,
                "  fresh data folder: median %.2f s, best %.2f s -> %.1f articles/s (median)%n",
                median,
                best,
                articles / median);
        out.printf(Locale.ROOT, "  second run, same folder: median %.2f s (nothing new to fetch)%n", median(again));
        return 0;
    }

    /** Runs {@code marsad demo --no-serve} in this JVM, on free site ports, and returns its seconds. */
    private static double timeDemo(Path data) {
        var sink = new PrintWriter(new StringWriter(), true);
        long start = System.nanoTime();
        int code = Main.run(
                new String[] {"demo", "--no-serve", "--sites-port", "0", "--data", data.toString()}, sink, sink);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (code != 0) throw new IllegalStateException("marsad demo exited with " + code);
        return seconds;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
