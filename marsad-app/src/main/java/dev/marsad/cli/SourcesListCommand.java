package dev.marsad.cli;

import dev.marsad.crawl.CrawlState;
import dev.marsad.crawl.PollTimes;
import dev.marsad.crawl.Source;
import dev.marsad.crawl.SourceList;
import dev.marsad.crawl.SourceRegistry;
import dev.marsad.ingest.DataFolder;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code marsad sources list}: one line per source, with its listings and poll times. */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "List the sources: id, name, feeds, sitemaps and start pages, last poll, next due.")
final class SourcesListCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        DataFolder dir = data.directory();
        var registry = new SourceRegistry(dir.sources());
        SourceList list = registry.read();
        if (list.sources().isEmpty()) {
            out.println("no sources in " + registry.file() + "; add one with: marsad sources add URL");
            return 0;
        }
        Map<String, PollTimes> times = Map.of();
        // The crawl database exists once something has been crawled; listing must not create it.
        if (Files.exists(dir.crawlDatabase())) {
            try (var state = CrawlState.open(dir.crawlDatabase())) {
                times = state.pollTimes(list.sources());
            }
        }
        Instant now = Instant.now();
        for (Source source : list.sources()) {
            PollTimes polled = times.getOrDefault(source.id(), new PollTimes(Optional.empty(), Optional.empty()));
            out.printf(
                    Locale.ROOT,
                    "%s  %s  %s, %s, %s  %s  %s%n",
                    source.id(),
                    source.name(),
                    count(source.feeds().size(), "feed"),
                    count(source.sitemaps().size(), "sitemap"),
                    count(source.startPages().size(), "start page"),
                    polled.lastPoll().map(t -> "last poll " + seconds(t)).orElse("never polled"),
                    polled.nextDue()
                            .filter(t -> t.isAfter(now))
                            .map(t -> "next due " + seconds(t))
                            .orElse("due now"));
        }
        return 0;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String seconds(Instant t) {
        return t.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
