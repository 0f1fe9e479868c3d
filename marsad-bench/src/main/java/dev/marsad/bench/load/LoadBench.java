package dev.marsad.bench.load;

import dev.marsad.bench.TempFolder;
import dev.marsad.bench.ingest.InProcessCrawl;
import dev.marsad.bench.ingest.RunInfo;
import dev.marsad.demo.DemoNewsroom;
import dev.marsad.index.LocalSolrCloud;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad bench load}: the served demo newsroom under many readers (issue 10). The demo is
 * crawled in this JVM; {@code marsad serve} runs in a child JVM behind which the clients stand as
 * behind a reverse proxy ({@code --trusted-proxy 127.0.0.1}, each client its own X-Forwarded-For
 * address), with the default access limits. Two phases of {@code --seconds}: readers only, then
 * the same number of clients of which {@code --abusive-share} send expensive queries without
 * pause. A prober asks {@code /health} ten times a second throughout. With {@code --solr} the
 * index is a local 2-node SolrCloud, and a third phase stops the node the server asks first while
 * the readers go on (issue 13: the server's many concurrent searches over HTTP/1.1, and fail-over
 * under load).
 */
@Command(
        name = "load",
        mixinStandardHelpOptions = true,
        description = {
            "Load on the served demo newsroom: 'marsad serve' in a child JVM (its RSS is its own), the demo crawled"
                    + " in this JVM, clients on 127.0.0.1 each with its own X-Forwarded-For address behind the"
                    + " trusted proxy 127.0.0.1.",
            "Phase 1: --clients readers (pages, searches, API calls, a think time between requests) for --seconds.",
            "Phase 2: the same, with --abusive-share of the clients sending expensive queries (wildcards, fuzzy,"
                    + " long OR lists, deep paging) without pause.",
            "With --solr the demo is crawled into a local 2-node SolrCloud and served from it (the RSS is the"
                    + " server's alone, not the nodes'); phase 3: readers again with the node the server asks first"
                    + " stopped.",
            "Prints requests, errors, p50/p99 latency, /health p99 and the server's resident memory, and the"
                    + " goals of issue 10 (0 errors, p99 <= 300 ms, RSS <= 512 MB, /health p99 <= 100 ms under abuse)."
        })
public final class LoadBench implements Callable<Integer> {

    @Option(names = "--clients", defaultValue = "200", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(
            names = "--seconds",
            defaultValue = "60",
            description = "Measured seconds of each phase (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(
            names = "--warmup",
            defaultValue = "10",
            description = "Seconds of reader traffic before measuring (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(
            names = "--think-ms",
            defaultValue = "500",
            description = "A reader's mean pause between two requests, ms; 0 for none (default: ${DEFAULT-VALUE}).")
    int thinkMillis;

    @Option(
            names = "--abusive-share",
            defaultValue = "0.333",
            description = "Share of the clients that send expensive queries in phase 2 (default: ${DEFAULT-VALUE}).")
    double abusiveShare;

    @Option(names = "--heap", defaultValue = "256m", description = "-Xmx of the server (default: ${DEFAULT-VALUE}).")
    String heap;

    @Option(
            names = "--server-arg",
            description = "An extra argument of 'marsad serve' (repeatable), e.g. --server-arg=--rate-limit=0.")
    List<String> serverArgs = new java.util.ArrayList<>();

    @Option(names = "--seed", defaultValue = "20261206", description = "Seed of the request mix.")
    long seed;

    @Option(
            names = "--solr",
            description = "Serve from a local 2-node SolrCloud (2 shards x 2 replicas) instead of the data"
                    + " folder's embedded index, and add a third phase: readers with one node stopped.")
    boolean solr;

    @Option(
            names = "--solr-heap",
            defaultValue = "512",
            description = "Heap of the SolrCloud nodes' JVM, MB, with --solr (default: ${DEFAULT-VALUE}).")
    int solrHeap;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** The longest one request may take before it counts as an error. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    /** How often the prober asks /health. */
    static final Duration PROBE_EVERY = Duration.ofMillis(100);

    /**
     * Statuses an abuser may get without it being an error: answered, refused, limited or turned away,
     * or told that its deep page is past the last one (404, as the site answers every reader).
     */
    static final Set<Integer> ABUSER_ANSWERS = Set.of(200, 400, 404, 429, 503);

    private record Phase(Tally readers, Tally abusers, Tally health, long[] rss) {}

    /** The local SolrCloud the server reads from with {@code --solr}; {@code started} null without it. */
    private record Cloud(LocalSolrCloud started) implements AutoCloseable {

        /** The {@code --index} value of the cluster, if one was started. */
        Optional<String> indexSpec() {
            return Optional.ofNullable(started).map(LocalSolrCloud::indexSpec);
        }

        @Override
        public void close() {
            if (started != null) started.close();
        }
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (clients < 1 || seconds < 1 || warmup < 0 || thinkMillis < 0 || abusiveShare < 0 || abusiveShare >= 1)
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(),
                    "--clients and --seconds must be 1 or more, --warmup and --think-ms not negative,"
                            + " --abusive-share from 0 to below 1");
        if (!solr && spec.commandLine().getParseResult().hasMatchedOption("--solr-heap"))
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--solr-heap sizes the nodes of --solr's cluster: give --solr too");
        if (solrHeap < 128)
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--solr-heap must be 128 MB or more, got " + solrHeap);
        PrintWriter out = spec.commandLine().getOut();
        out.println("load bench: " + RunInfo.describe());
        try (var newsroom = DemoNewsroom.start();
                var tmp = TempFolder.create("marsad-load");
                var cloud = solr ? new Cloud(LocalSolrCloud.start(2, solrHeap)) : new Cloud(null)) {
            Path data = tmp.path().resolve("data");
            Optional<String> index = cloud.indexSpec();
            InProcessCrawl.demo(newsroom, tmp.path().resolve("demo-sources.json"), data, index, out);
            var args = new java.util.ArrayList<>(List.of("--trusted-proxy", "127.0.0.1"));
            index.ifPresent(spec -> args.addAll(List.of("--index", spec)));
            args.addAll(serverArgs);
            try (var server = ServedDemo.start(data, heap, tmp.path().resolve("serve.log"), args);
                    HttpClient http = HttpClient.newBuilder()
                            .version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(REQUEST_TIMEOUT)
                            .build()) {
                RequestMix mix = RequestMix.read(http, server.base());
                long[] startRss = server.residentMegabytes();
                out.printf(
                        Locale.ROOT,
                        "server: marsad serve in a child JVM, -Xmx%s, %s; %d articles; RSS at start %d MB%n",
                        heap,
                        String.join(" ", args),
                        mix.articleCount(),
                        startRss[0]);
                out.flush();
                run(http, server, mix, warmup, 0);
                Phase readers = run(http, server, mix, seconds, 0);
                report(out, "readers", readers, clients, 0);
                int abusers = (int) Math.round(clients * abusiveShare);
                Phase abusive = run(http, server, mix, seconds, abusers);
                report(out, "abusive", abusive, clients - abusers, abusers);
                goals(out, readers, abusive);
                if (cloud.started() != null) {
                    // the node the server's index asks first: the next requests fail over to the other
                    cloud.started().stopNode(0);
                    out.println("SolrCloud node 0 of 2 stopped (the node the server asks first)");
                    Phase oneNode = run(http, server, mix, seconds, 0);
                    report(out, "one node", oneNode, clients, 0);
                    long errors = oneNode.readers().unexpected(Set.of(200))
                            + oneNode.health().unexpected(Set.of(200));
                    out.printf(
                            Locale.ROOT,
                            "goals with one node stopped: 0 errors: %s (%d); reader p99 <= 300 ms: %s (%.1f ms)%n",
                            errors == 0 ? "met" : "missed",
                            errors,
                            oneNode.readers().millis(0.99) <= 300 ? "met" : "missed",
                            oneNode.readers().millis(0.99));
                }
            }
        }
        return 0;
    }

    /** One phase: readers and abusers until the time is up, the prober and the RSS sampler beside them. */
    private Phase run(HttpClient http, ServedDemo server, RequestMix mix, int phaseSeconds, int abusers)
            throws InterruptedException {
        var phase = new Phase(new Tally(), new Tally(), new Tally(), new long[] {0});
        if (phaseSeconds == 0) return phase;
        long deadline = System.nanoTime() + Duration.ofSeconds(phaseSeconds).toNanos();
        URI base = server.base();
        AtomicLong maxRss = new AtomicLong();
        try (ExecutorService pool = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("load-client-", 0).factory())) {
            for (int c = 0; c < clients; c++) {
                boolean abuser = c < abusers;
                String address = String.format(Locale.ROOT, "10.%d.%d.%d", abuser ? 1 : 0, c / 250, c % 250 + 1);
                Random random = new Random(seed * 31 + c);
                pool.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        String path = abuser ? mix.abusivePath(random) : mix.readerPath(random);
                        send(http, base, path, address, abuser ? phase.abusers() : phase.readers());
                        if (!abuser && thinkMillis > 0) Thread.sleep(thinkMillis / 2 + random.nextInt(thinkMillis + 1));
                    }
                    return null;
                });
            }
            pool.submit(() -> {
                while (System.nanoTime() < deadline) {
                    send(http, base, "/health", "", phase.health());
                    Thread.sleep(PROBE_EVERY);
                }
                return null;
            });
            pool.submit(() -> {
                while (System.nanoTime() < deadline) {
                    maxRss.accumulateAndGet(server.residentMegabytes()[0], Math::max);
                    Thread.sleep(Duration.ofSeconds(1));
                }
                return null;
            });
        }
        long[] rss = server.residentMegabytes();
        return new Phase(phase.readers(), phase.abusers(), phase.health(), new long[] {maxRss.get(), rss[1]});
    }

    private static void send(HttpClient http, URI base, String path, String forwardedFor, Tally tally)
            throws InterruptedException {
        var request = HttpRequest.newBuilder(base.resolve(path)).timeout(REQUEST_TIMEOUT);
        if (!forwardedFor.isEmpty()) request.header("X-Forwarded-For", forwardedFor);
        long t = System.nanoTime();
        int status;
        try {
            status = http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            status = 0; // no answer: refused, reset or timed out
        }
        tally.add(System.nanoTime() - t, status);
    }

    private void report(PrintWriter out, String label, Phase phase, int readers, int abusers) {
        Tally r = phase.readers();
        out.printf(
                Locale.ROOT,
                "%-8s %d readers%s, %d s, think %d ms: %d reader requests (%.0f/s), errors %d %s, p50 %.1f ms, p99 %.1f ms;"
                        + " /health p50 %.1f ms, p99 %.1f ms (%d probes, errors %d); server RSS at most %d MB (peak %d MB)%n",
                label,
                readers,
                abusers > 0 ? " + " + abusers + " abusers" : "",
                seconds,
                thinkMillis,
                r.requests(),
                r.requests() / (double) seconds,
                r.unexpected(Set.of(200)),
                r.statuses(),
                r.millis(0.50),
                r.millis(0.99),
                phase.health().millis(0.50),
                phase.health().millis(0.99),
                phase.health().requests(),
                phase.health().unexpected(Set.of(200)),
                phase.rss()[0],
                phase.rss()[1]);
        if (abusers > 0) {
            Tally a = phase.abusers();
            out.printf(
                    Locale.ROOT,
                    "%-8s abusers: %d requests (%.0f/s), answers %s, errors %d, p50 %.1f ms, p99 %.1f ms%n",
                    "",
                    a.requests(),
                    a.requests() / (double) seconds,
                    a.statuses(),
                    a.unexpected(ABUSER_ANSWERS),
                    a.millis(0.50),
                    a.millis(0.99));
        }
        out.flush();
    }

    private static void goals(PrintWriter out, Phase readers, Phase abusive) {
        long errors = readers.readers().unexpected(Set.of(200))
                + abusive.readers().unexpected(Set.of(200))
                + abusive.abusers().unexpected(ABUSER_ANSWERS)
                + readers.health().unexpected(Set.of(200))
                + abusive.health().unexpected(Set.of(200));
        double p99 = readers.readers().millis(0.99);
        long rss = Math.max(readers.rss()[1], abusive.rss()[1]);
        double health = abusive.health().millis(0.99);
        out.printf(
                Locale.ROOT,
                "goals: 0 errors: %s (%d); reader p99 <= 300 ms: %s (%.1f ms); server RSS <= 512 MB: %s (peak %d MB);"
                        + " /health p99 under abuse <= 100 ms: %s (%.1f ms)%n",
                errors == 0 ? "met" : "missed",
                errors,
                p99 <= 300 ? "met" : "missed",
                p99,
                rss <= 512 ? "met" : "missed",
                rss,
                health <= 100 ? "met" : "missed",
                health);
    }
}
