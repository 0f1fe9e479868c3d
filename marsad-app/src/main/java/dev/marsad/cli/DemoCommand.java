package dev.marsad.cli;

import dev.marsad.crawl.AddressRange;
import dev.marsad.crawl.CrawlConfig;
import dev.marsad.crawl.CrawlState;
import dev.marsad.crawl.CrawlSummary;
import dev.marsad.crawl.SourceList;
import dev.marsad.crawl.SourceRegistry;
import dev.marsad.demo.DemoNewsroom;
import dev.marsad.demo.Site;
import dev.marsad.ingest.DataFolder;
import dev.marsad.ingest.Ingestion;
import dev.marsad.web.WebConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad demo}: starts the bundled newsroom (four fictional publishers on 127.0.0.1),
 * crawls it through the same path as any real source, then serves the reader site.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Start the bundled demo newsroom, crawl it (feeds, sitemaps → pages → extract → analyze → link →"
                + " index) and serve the reader site. Running it again reuses the data folder and duplicates nothing.")
final class DemoCommand implements Callable<Integer> {

    /** How often the serving demo shows what it is doing. */
    private static final java.time.Duration STATUS_EVERY = java.time.Duration.ofMinutes(1);

    /** More than the demo serves, so one run crawls all of it. */
    private static final int MAX_PAGES = 1000;

    @Mixin
    DataOption data;

    @Option(
            names = "--port",
            description = "Port of the reader site (default: ${DEFAULT-VALUE}).",
            defaultValue = "8080")
    int port;

    @Option(
            names = "--host",
            description = "Address of the reader site (default: ${DEFAULT-VALUE}).",
            defaultValue = "127.0.0.1")
    String host;

    @Option(
            names = "--sites-port",
            description = "First port of the four demo publisher sites; fixed so that a restart finds the same URLs"
                    + " (default: ${DEFAULT-VALUE}).",
            defaultValue = "8181")
    int sitesPort;

    @Option(names = "--no-serve", description = "Crawl the demo and exit without serving.")
    boolean noServe;

    @Option(
            names = "--no-train",
            description = "Do not train the models the data folder lacks, even when ../shared/data is present.")
    boolean noTrain;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        var dir = data.directory();
        trainModels(dir, out);
        out.println("starting the demo newsroom …");
        try (var newsroom = DemoNewsroom.start(java.net.InetAddress.getLoopbackAddress(), sitesPort)) {
            for (Site site : newsroom.sites())
                out.printf(Locale.ROOT, "  %-10s %s  %s%n", site.id(), site.base(), site.name());
            SourceList sources = writeSources(newsroom, dir);
            try (var stop = StopSignal.install();
                    var ingestion =
                            Ingestion.openFetchingImages(dir, CrawlCommand.config(dir, MAX_PAGES, ownSites(newsroom)));
                    var state = CrawlState.open(dir.crawlDatabase())) {
                CrawlSummary summary = CrawlCommand.crawl(
                        dir, sources, state, ingestion.pipeline(), MAX_PAGES, ownSites(newsroom), out);
                out.println(ingestion.pipeline().tally().summary());
                ingestion.images().drain();
                out.println(ingestion.images().summary());
                out.printf(
                        Locale.ROOT,
                        "the index holds %d articles (%.1f s for this crawl)%n",
                        ingestion.index().articleCount(),
                        summary.elapsed().toMillis() / 1000.0);
                if (noServe || stop.isSignalled()) return 0;
            }
            // Caught up: from here the demo is 'marsad run' on its folder, polling the newsroom on
            // the schedule each listing earns while serving the site.
            new SourceRegistry(dir.sources()).merge(sources.sources());
            RunCommand.serve(
                    dir,
                    CrawlConfig.builder(dir.root())
                            .allowedAddresses(ownSites(newsroom))
                            .build(),
                    new InetSocketAddress(host, port),
                    WebConfig.defaults(),
                    STATUS_EVERY,
                    out,
                    dev.marsad.crawl.WorkerShare.ALL,
                    sources.sources().size());
        }
        return 0;
    }

    /**
     * Trains, from samples of ../shared/data, the models the data folder lacks (section classifier,
     * keyphrase frequencies, word clusters, entity tagger), so that the demo shows what they do;
     * without the data the demo uses the bundled rules and word lists.
     */
    private void trainModels(DataFolder dir, PrintWriter out) {
        if (noTrain) return;
        if (!ModelTraining.hasSharedData()) {
            out.println("no ../shared/data: no models trained, sections and entities come from the bundled rules");
            return;
        }
        out.println("training the models the data folder lacks from samples of ../shared/data (--no-train skips) …");
        new ModelTraining(dir, out, spec.commandLine().getErr())
                .train(ModelTraining.Size.QUICK, ModelTraining.Existing.KEEP);
    }

    /**
     * The demo's allow-list: the address and port of each of its own sites, and nothing else (not the
     * reader site, not any other local service).
     */
    static List<AddressRange> ownSites(DemoNewsroom newsroom) {
        return newsroom.sites().stream()
                .map(site -> AddressRange.parse(
                        site.base().getHost() + ":" + site.base().getPort()))
                .toList();
    }

    /** Writes the newsroom's sources file into the data folder and reads it back as crawl sources. */
    static SourceList writeSources(DemoNewsroom newsroom, DataFolder dir) {
        Path sources = dir.root().resolve("demo-sources.json");
        try {
            Files.writeString(sources, newsroom.sourcesJson(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + sources + ": " + e.getMessage(), e);
        }
        return SourceList.read(sources);
    }
}
