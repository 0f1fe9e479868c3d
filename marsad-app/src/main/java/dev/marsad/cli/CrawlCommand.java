package dev.marsad.cli;

import dev.marsad.crawl.CrawlConfig;
import dev.marsad.crawl.CrawlRun;
import dev.marsad.crawl.CrawlState;
import dev.marsad.crawl.CrawlSummary;
import dev.marsad.crawl.SourceList;
import java.io.PrintWriter;
import java.nio.file.Path;
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
                        + " every new article. Resumes where an interrupted crawl stopped.")
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
        var dir = data.directory();
        try (var session = IngestSession.open(dir, SiteNames.of(list.sources()));
                var state = CrawlState.open(dir.crawlDatabase())) {
            CrawlSummary summary = crawl(dir, list, state, session, maxPages, out);
            out.println(session.summary());
            return summary.total() > 0 || summary.listingsRead() > 0 ? 0 : 1;
        }
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
