package dev.marsad.cli;

import dev.marsad.crawl.AddressRange;
import dev.marsad.crawl.CrawlConfig;
import dev.marsad.crawl.CrawlRun;
import dev.marsad.crawl.CrawlState;
import dev.marsad.crawl.CrawlSummary;
import dev.marsad.crawl.SourceList;
import dev.marsad.crawl.SourceRegistry;
import dev.marsad.ingest.DataFolder;
import dev.marsad.ingest.IngestPipeline;
import dev.marsad.ingest.Ingestion;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad crawl [--sources FILE]}: one crawl of the sources into the data folder, the sources
 * of {@code FILE} when given (they are not recorded in the data folder's registry), else those of
 * {@code <data>/sources.json} ({@code marsad sources}).
 */
@Command(
        name = "crawl",
        mixinStandardHelpOptions = true,
        description =
                "Crawl feeds, news sitemaps and section pages of the sources, then extract, analyze, link and index"
                        + " every new article. Resumes where an interrupted crawl stopped; Ctrl-C stops after the pages"
                        + " in flight and keeps everything stored.")
final class CrawlCommand implements Callable<Integer> {

    @Option(
            names = "--sources",
            description = "JSON sources file: {\"sources\":[{\"id\",\"name\",\"feeds\",\"sitemaps\",\"startPages\","
                    + "\"delayMillis\"}]} (default: the data folder's sources, see `marsad sources`).")
    Path sources;

    @Mixin
    DataOption data;

    @Mixin
    AddressOption addresses;

    @Option(
            names = "--max-pages",
            description = "Pages to fetch at most in this run (default: ${DEFAULT-VALUE}).",
            defaultValue = "1000")
    int maxPages;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        DataFolder folder = data.directory();
        SourceList list = sources != null ? SourceList.read(sources) : registered(folder);
        try (var stop = StopSignal.install();
                var ingestion = Ingestion.openFetchingImages(folder, config(folder, maxPages, addresses.allowed()));
                var state = CrawlState.open(folder.crawlDatabase())) {
            CrawlSummary summary = crawl(folder, list, state, ingestion.pipeline(), maxPages, addresses.allowed(), out);
            out.println(ingestion.pipeline().tally().summary());
            ingestion.images().drain();
            out.println(ingestion.images().summary());
            if (stop.isSignalled()) out.println("stopped: everything stored so far is kept; run again to resume");
            return summary.total() > 0 || summary.listingsRead() > 0 ? 0 : 1;
        }
    }

    /** The sources of the data folder's registry; at least one. */
    private static SourceList registered(DataFolder folder) {
        var registry = new SourceRegistry(folder.sources());
        SourceList list = registry.read();
        if (list.sources().isEmpty())
            throw new IllegalArgumentException("no sources in " + registry.file()
                    + ": add some with `marsad sources add URL` or name a file with --sources");
        return list;
    }

    /** The crawl's settings: the defaults with a page budget and the addresses allowed beyond the public ones. */
    static CrawlConfig config(DataFolder folder, int maxPages, List<AddressRange> allowed) {
        return CrawlConfig.builder(folder.root())
                .maxPages(maxPages)
                .allowedAddresses(allowed)
                .build();
    }

    /** One crawl run of the sources through the pipeline. */
    static CrawlSummary crawl(
            DataFolder folder,
            SourceList sources,
            CrawlState state,
            IngestPipeline pipeline,
            int maxPages,
            List<AddressRange> allowed,
            PrintWriter out) {
        CrawlConfig config = config(folder, maxPages, allowed);
        out.printf(
                Locale.ROOT, "crawling %d sources into %s%n", sources.sources().size(), folder.root());
        return new CrawlRun(config, state, pipeline.pageHandler(), new ConsoleProgress(out)).run(sources.sources());
    }
}
