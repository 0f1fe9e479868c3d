package dev.marsad.cli;

import dev.marsad.crawl.CrawlConfig;
import dev.marsad.crawl.CrawlRun;
import dev.marsad.crawl.CrawlState;
import dev.marsad.crawl.CrawlSummary;
import dev.marsad.crawl.SourceList;
import dev.marsad.ingest.DataFolder;
import dev.marsad.ingest.IngestPipeline;
import dev.marsad.ingest.Ingestion;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad crawl --sources FILE}: crawls the sources into the data folder. */
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
            required = true,
            description =
                    "JSON sources file: {\"sources\":[{\"id\",\"name\",\"feeds\",\"sitemaps\",\"startPages\",\"delayMillis\"}]}.")
    Path sources;

    @Mixin
    DataOption data;

    @Option(
            names = "--max-pages",
            description = "Pages to fetch at most in this run (default: ${DEFAULT-VALUE}).",
            defaultValue = "1000")
    int maxPages;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        SourceList list = SourceList.read(sources);
        DataFolder folder = data.directory();
        try (var stop = StopSignal.install();
                var ingestion = Ingestion.open(folder);
                var state = CrawlState.open(folder.crawlDatabase())) {
            CrawlSummary summary = crawl(folder, list, state, ingestion.pipeline(), maxPages, out);
            out.println(ingestion.pipeline().tally().summary());
            if (stop.isSignalled()) out.println("stopped: everything stored so far is kept; run again to resume");
            return summary.total() > 0 || summary.listingsRead() > 0 ? 0 : 1;
        }
    }

    /** One crawl run of the sources through the pipeline. */
    static CrawlSummary crawl(
            DataFolder folder,
            SourceList sources,
            CrawlState state,
            IngestPipeline pipeline,
            int maxPages,
            PrintWriter out) {
        CrawlConfig config =
                CrawlConfig.builder(folder.root()).maxPages(maxPages).build();
        out.printf(
                Locale.ROOT, "crawling %d sources into %s%n", sources.sources().size(), folder.root());
        return new CrawlRun(config, state, pipeline.pageHandler(), new ConsoleProgress(out)).run(sources.sources());
    }
}
