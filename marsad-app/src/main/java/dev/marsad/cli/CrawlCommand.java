package dev.marsad.cli;

import dev.marsad.crawl.CrawlConfig;
import dev.marsad.crawl.CrawlRun;
import dev.marsad.crawl.CrawlState;
import dev.marsad.crawl.CrawlSummary;
import dev.marsad.crawl.SourceList;
import dev.marsad.crawl.SourceRegistry;
import java.io.PrintWriter;
import java.nio.file.Path;
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
                        + " every new article. Resumes where an interrupted crawl stopped.")
final class CrawlCommand implements Callable<Integer> {

    @Option(
            names = "--sources",
            description = "JSON sources file: {\"sources\":[{\"id\",\"name\",\"feeds\",\"sitemaps\",\"startPages\","
                    + "\"delayMillis\"}]} (default: the data folder's sources, see `marsad sources`).")
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
        var dir = data.directory();
        SourceList list = sources != null ? SourceList.read(sources) : registered(dir);
        try (var session = IngestSession.open(dir, SiteNames.of(list.sources()));
                var state = CrawlState.open(dir.crawlDatabase())) {
            CrawlSummary summary = crawl(dir, list, state, session, maxPages, out);
            out.println(session.summary());
            return summary.total() > 0 || summary.listingsRead() > 0 ? 0 : 1;
        }
    }

    /** The sources of the data folder's registry; at least one. */
    private static SourceList registered(DataDirectory dir) {
        var registry = SourceRegistry.inDataFolder(dir.root());
        SourceList list = registry.read();
        if (list.sources().isEmpty())
            throw new IllegalArgumentException("no sources in " + registry.file()
                    + ": add some with `marsad sources add URL` or name a file with --sources");
        return list;
    }

    /** One crawl run of the sources through the session's pipeline. */
    static CrawlSummary crawl(
            DataDirectory dir,
            SourceList sources,
            CrawlState state,
            IngestSession session,
            int maxPages,
            PrintWriter out) {
        CrawlConfig config = CrawlConfig.builder(dir.root()).maxPages(maxPages).build();
        out.printf(
                java.util.Locale.ROOT,
                "crawling %d sources into %s%n",
                sources.sources().size(),
                dir.root());
        return new CrawlRun(config, state, session.handler(), new ConsoleProgress(out)).run(sources.sources());
    }
}
