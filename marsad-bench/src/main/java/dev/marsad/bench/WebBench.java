package dev.marsad.bench;

import dev.marsad.index.IndexedArticle;
import dev.marsad.index.LuceneArticleIndex;
import dev.marsad.index.SearchQuery;
import dev.marsad.web.WebConfig;
import dev.marsad.web.WebServer;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad bench web}: the reader pages and the API over HTTP (server, rendering, JSON) against
 * the same index calls made in-process, measured in the same run on a synthetic newsroom. The ratio
 * is what the web layer costs on top of the index.
 */
@Command(
        name = "web",
        mixinStandardHelpOptions = true,
        description =
                "Pages and API over HTTP vs. the same index calls in-process (synthetic articles, no data set needed).")
final class WebBench implements Callable<Integer> {

    @Option(
            names = "--articles",
            defaultValue = "2000",
            description = "Synthetic articles to index (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(
            names = "--seconds",
            defaultValue = "5",
            description = "Measured seconds per scenario and side (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(
            names = "--rounds",
            defaultValue = "3",
            description =
                    "Rounds alternating the two sides; the best round of each counts (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--clients", defaultValue = "4", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Warm-up before each measurement, so the JIT and Lucene's caches are settled. */
    static final Duration WARM_UP = Duration.ofSeconds(2);

    /** One operation, run by many clients; it throws when the answer is wrong. */
    private interface Operation {
        void run() throws Exception;
    }

    /** What a reader or program asks for. */
    private enum Scenario {
        ARTICLE_PAGE("article page"),
        SEARCH_PAGE("search page"),
        API_SEARCH("api search"),
        HOME_PAGE("home page");

        final String label;

        Scenario(String label) {
            this.label = label;
        }
    }

    /** Throughput and latency of one side of one scenario. */
    private record Measured(double perSecond, double p50Millis, double p99Millis) {}

    @Override
    public Integer call() throws Exception {
        if (articles < 10 || seconds < 1 || clients < 1 || rounds < 1)
            throw new IllegalArgumentException(
                    "--articles must be 10 or more, --seconds, --clients and --rounds 1 or more");
        PrintWriter out = spec.commandLine().getOut();
        SyntheticNewsroom newsroom = new SyntheticNewsroom(20230920L);
        try (LuceneArticleIndex index = LuceneArticleIndex.inMemory()) {
            List<IndexedArticle> stored = newsroom.fill(index, articles);
            try (WebServer server =
                    WebServer.start(index, new InetSocketAddress("127.0.0.1", 0), WebConfig.defaults())) {
                HttpClient http = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .build();
                out.printf(
                        Locale.ROOT,
                        "web bench: %d synthetic articles, %d clients, best of %d rounds of %d s per side, JDK %s,"
                                + " %d cores, load average %.1f%n",
                        articles,
                        clients,
                        rounds,
                        seconds,
                        Runtime.version(),
                        Runtime.getRuntime().availableProcessors(),
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                out.printf(
                        Locale.ROOT,
                        "%-14s %12s %9s %9s %14s %9s%n",
                        "scenario",
                        "http req/s",
                        "p50 ms",
                        "p99 ms",
                        "in-process/s",
                        "ratio");
                for (Scenario scenario : Scenario.values()) {
                    Operation viaHttp = overHttp(http, server.baseUri(), scenario, stored, newsroom);
                    Operation inProcess = inProcess(index, scenario, stored, newsroom);
                    // alternate the sides so that a change in the machine's load hits both alike
                    Measured h = null;
                    Measured p = null;
                    for (int r = 0; r < rounds; r++) {
                        h = best(h, measure(viaHttp));
                        p = best(p, measure(inProcess));
                    }
                    out.printf(
                            Locale.ROOT,
                            "%-14s %12.0f %9.2f %9.2f %14.0f %8.1fx%n",
                            scenario.label,
                            h.perSecond(),
                            h.p50Millis(),
                            h.p99Millis(),
                            p.perSecond(),
                            p.perSecond() / h.perSecond());
                }
            }
        }
        return 0;
    }

    private static Operation overHttp(
            HttpClient http, URI base, Scenario scenario, List<IndexedArticle> stored, SyntheticNewsroom words) {
        return () -> {
            String path = switch (scenario) {
                case ARTICLE_PAGE -> "/article/" + pick(stored).id();
                case SEARCH_PAGE -> "/search?q=" + URLEncoder.encode(words.word(), StandardCharsets.UTF_8);
                case API_SEARCH -> "/api/search?q=" + URLEncoder.encode(words.word(), StandardCharsets.UTF_8);
                case HOME_PAGE -> "/";
            };
            HttpResponse<byte[]> response = http.send(
                    HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200)
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        };
    }

    /** The index calls the page or endpoint makes, without HTTP, templates or JSON. */
    private static Operation inProcess(
            LuceneArticleIndex index, Scenario scenario, List<IndexedArticle> stored, SyntheticNewsroom words) {
        return () -> {
            switch (scenario) {
                case ARTICLE_PAGE -> {
                    IndexedArticle a = index.article(pick(stored).id()).orElseThrow();
                    index.copiesOf(a.duplicateOf().orElse(a.id()));
                    index.similarTo(a, 10);
                    index.story(a.storyId());
                }
                // the same page size as the site's search page and API
                case SEARCH_PAGE, API_SEARCH ->
                    index.search(SearchQuery.of(words.word())
                            .withPage(1, WebConfig.defaults().pageSize()));
                case HOME_PAGE ->
                    index.latestStories(1, WebConfig.defaults().pageSize())
                            .forEach(s -> index.article(s.articleIds().getFirst()));
            }
        };
    }

    private static Measured best(Measured a, Measured b) {
        return a == null || b.perSecond() > a.perSecond() ? b : a;
    }

    private static IndexedArticle pick(List<IndexedArticle> stored) {
        return stored.get(ThreadLocalRandom.current().nextInt(stored.size()));
    }

    private Measured measure(Operation operation) throws Exception {
        run(operation, WARM_UP);
        long start = System.nanoTime();
        long[] latencies = run(operation, Duration.ofSeconds(seconds));
        double elapsed = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latencies);
        return new Measured(latencies.length / elapsed, percentile(latencies, 0.50), percentile(latencies, 0.99));
    }

    /** Runs the operation from every client until the time is up; returns every latency in ns. */
    private long[] run(Operation operation, Duration duration) throws Exception {
        long deadline = System.nanoTime() + duration.toNanos();
        List<Future<long[]>> clientsDone = new ArrayList<>();
        try (ExecutorService pool = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("web-bench-client-", 0).factory())) {
            for (int c = 0; c < clients; c++) {
                clientsDone.add(pool.submit(() -> {
                    long[] own = new long[1024];
                    int n = 0;
                    while (System.nanoTime() < deadline) {
                        long t = System.nanoTime();
                        operation.run();
                        if (n == own.length) own = Arrays.copyOf(own, n * 2);
                        own[n++] = System.nanoTime() - t;
                    }
                    return Arrays.copyOf(own, n);
                }));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> f : clientsDone) all.add(f.get());
            return all.stream().flatMapToLong(Arrays::stream).toArray();
        }
    }

    private static double percentile(long[] sorted, double q) {
        if (sorted.length == 0) return Double.NaN;
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))] / 1e6;
    }
}
