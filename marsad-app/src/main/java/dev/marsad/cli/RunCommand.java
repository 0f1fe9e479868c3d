package dev.marsad.cli;

import dev.marsad.crawl.CrawlConfig;
import dev.marsad.crawl.PollPolicy;
import dev.marsad.crawl.SourceList;
import dev.marsad.crawl.SourceRegistry;
import dev.marsad.crawl.WorkerShare;
import dev.marsad.ingest.DataFolder;
import dev.marsad.ingest.LiveService;
import dev.marsad.media.ImageStore;
import dev.marsad.web.WebConfig;
import dev.marsad.web.WebServer;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad run}: one long-running process that serves the site and keeps every registered source
 * fresh. Ctrl-C or SIGTERM stops it after the pages in flight, with everything stored kept.
 */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = "Serve the reader site, the API and the feeds, and keep every source of the data folder's"
                + " registry fresh: each feed, sitemap and start page is polled on its own schedule (a source that"
                + " rarely changes is polled less), new articles appear on the site within seconds of being stored,"
                + " and sources added with 'marsad sources add' are picked up while it runs.")
final class RunCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Mixin
    AddressOption addresses;

    @Mixin
    AccessOptions access;

    @Option(
            names = "--host",
            defaultValue = "127.0.0.1",
            description = "Address of the reader site (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(
            names = "--port",
            defaultValue = "8080",
            description = "Port of the reader site; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--sources",
            description = "A JSON sources file or OPML file to add to the registry before starting (merged by id).")
    Path sources;

    @Option(
            names = "--poll-min",
            description = "The shortest interval between two polls of one feed, sitemap or start page, as an"
                    + " ISO-8601 duration (default: ${DEFAULT-VALUE}).",
            defaultValue = "PT1M")
    Duration pollMin;

    @Option(
            names = "--poll-max",
            description = "The longest interval between two polls of one listing (default: ${DEFAULT-VALUE}).",
            defaultValue = "PT1H")
    Duration pollMax;

    @Option(
            names = "--status-every",
            defaultValue = "PT30S",
            description = "How often the console shows what the service is doing, as an ISO-8601 duration"
                    + " (default: 30 s).")
    Duration statusEvery;

    @Option(
            names = "--worker",
            defaultValue = "1/1",
            paramLabel = "K/N",
            description = "This process's share of the sources when N processes crawl into one shared index:"
                    + " the K-th of N workers. Every politeness domain is crawled by exactly one worker; each"
                    + " worker keeps its own --data folder (crawl state, WARC files) (default: ${DEFAULT-VALUE},"
                    + " all sources).")
    String worker;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        WorkerShare share = WorkerShare.parse(worker);
        if (port < 0 || port > 65_535) throw new IllegalArgumentException("--port must be 0 to 65535, got " + port);
        if (statusEvery.isNegative() || statusEvery.isZero())
            throw new IllegalArgumentException("--status-every must be positive, got " + statusEvery);
        PrintWriter out = spec.commandLine().getOut();
        DataFolder folder = data.directory();
        if (share.workers() > 1 && folder.indexLocation().isEmbedded())
            throw new IllegalArgumentException("--worker " + share + " needs an index the workers share, such as"
                    + " --index solr:<url>[,<url>…]; the embedded index (" + folder.indexLocation()
                    + ") is written by one process only");
        var registry = new SourceRegistry(folder.sources());
        if (sources != null) registry.merge(readSources(sources).sources());
        int registered = share.select(registry.read().sources()).size();
        if (registered == 0)
            out.println("no sources yet in " + registry.file() + ": add one with 'marsad sources add URL'; it is"
                    + " picked up while this runs");
        serve(
                folder,
                crawlConfig(folder),
                new InetSocketAddress(host, port),
                WebConfig.defaults().withLimits(access.limits()),
                statusEvery,
                out,
                share,
                registered);
        return 0;
    }

    /**
     * The service until a stop signal: the continuous crawl of the folder's registered sources, the
     * reader site on {@code bind}, and a status line on the console every {@code statusEvery}.
     */
    static void serve(
            DataFolder folder,
            CrawlConfig config,
            InetSocketAddress bind,
            WebConfig web,
            Duration statusEvery,
            PrintWriter out,
            WorkerShare share,
            int registered) {
        try (var stop = StopSignal.install();
                var service = LiveService.start(folder, config, share, new ConsoleProgress(out));
                var server = WebServer.start(
                        service.index(),
                        bind,
                        web,
                        () -> Optional.of(service.status()),
                        Optional.of(ImageStore.open(folder.images())))) {
            String of = share.workers() > 1 ? " (worker " + share + ": its share of the sources)" : "";
            out.println("Marsad runs " + registered + " sources" + of + " into " + folder.root() + " and serves "
                    + server.baseUri() + "  (Ctrl-C stops it)");
            out.flush();
            try {
                while (true) {
                    Thread.sleep(statusEvery);
                    out.println(service.status().line());
                    out.flush();
                }
            } catch (InterruptedException signal) {
                // The stop signal: close everything below with the interrupt cleared, so that the
                // server, the crawl and the index can finish their work and files.
            }
            out.println("stopping: finishing the pages in flight and committing …");
            out.flush();
        }
        out.println("stopped; everything stored is kept");
    }

    /** The crawl defaults with the poll bounds of the options. */
    private CrawlConfig crawlConfig(DataFolder folder) {
        if (pollMin.isNegative() || pollMin.isZero() || pollMax.compareTo(pollMin) < 0)
            throw new IllegalArgumentException(
                    "--poll-min must be positive and at most --poll-max, got " + pollMin + " and " + pollMax);
        PollPolicy defaults = CrawlConfig.DEFAULT_POLL_POLICY;
        Duration initial = clamp(defaults.initial(), pollMin, pollMax);
        Duration recheck = defaults.recheck().compareTo(pollMin) < 0 ? defaults.recheck() : pollMin;
        var policy = new PollPolicy(initial, pollMin, pollMax, defaults.slowdown(), defaults.speedup(), recheck);
        return CrawlConfig.builder(folder.root())
                .pollPolicy(policy)
                .allowedAddresses(addresses.allowed())
                .build();
    }

    private static Duration clamp(Duration value, Duration min, Duration max) {
        return value.compareTo(min) < 0 ? min : value.compareTo(max) > 0 ? max : value;
    }

    private static SourceList readSources(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".opml") || name.endsWith(".xml")
                ? new SourceList(dev.marsad.crawl.Opml.read(file).sources())
                : SourceList.read(file);
    }
}
