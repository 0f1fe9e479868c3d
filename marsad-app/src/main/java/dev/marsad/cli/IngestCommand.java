package dev.marsad.cli;

import dev.marsad.crawl.CrawlConfig;
import dev.marsad.crawl.CrawlRun;
import dev.marsad.crawl.CrawlState;
import dev.marsad.crawl.Page;
import dev.marsad.crawl.WarcPages;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marsad ingest PATH|URL…}: reads pages from files, folders, WARC archives and URLs into the index. */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description =
                "Extract, analyze, link and index pages from HTML files, folders of them, WARC files (.warc, .warc.gz) and URLs.")
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH|URL", description = "Files, folders, WARC files or http(s) URLs.")
    List<String> inputs;

    @Mixin
    DataOption data;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        var dir = data.directory();
        try (var session = IngestSession.open(dir)) {
            List<URI> urls =
                    inputs.stream().filter(PageInputs::isUrl).map(URI::create).toList();
            if (!urls.isEmpty()) fetchUrls(dir, urls, session, out);
            for (String input : inputs) if (!PageInputs.isUrl(input)) ingest(input, session, out);
            out.println(session.summary());
            return session.storedCount() > 0 ? 0 : 1;
        }
    }

    /**
     * URLs go through the crawler's path: robots.txt, the WARC capture before parsing, and a final
     * state in the crawl database; a URL already fetched is not fetched again.
     */
    private static void fetchUrls(DataDirectory dir, List<URI> urls, IngestSession session, PrintWriter out) {
        try (var state = CrawlState.open(dir.crawlDatabase())) {
            var config = CrawlConfig.builder(dir.root()).build();
            new CrawlRun(config, state, session.handler(), new ConsoleProgress(out)).fetch(urls, Duration.ZERO);
        }
    }

    private void ingest(String input, IngestSession session, PrintWriter out) {
        Path path = Path.of(input);
        if (!Files.exists(path)) throw new IllegalArgumentException("no such file or folder: " + input);
        try (Stream<Path> files = Files.isDirectory(path) ? Files.walk(path) : Stream.of(path)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) ingestFile(file, session, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + input + ": " + e.getMessage(), e);
        }
    }

    private static void ingestFile(Path file, IngestSession session, PrintWriter out) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
            try (var pages = WarcPages.open(file)) {
                for (Page page : pages) report(page.url().toString(), session.ingest(page), out);
            }
        } else if (name.endsWith(".html") || name.endsWith(".htm")) {
            report(file.toString(), session.ingest(PageInputs.file(file, java.util.Optional.empty())), out);
        }
    }

    private static void report(String input, PagePipeline.Result result, PrintWriter out) {
        switch (result) {
            case PagePipeline.Stored s ->
                out.printf(
                        Locale.ROOT,
                        "stored   %s  %s  (%s)%n",
                        s.link().article().id(),
                        input,
                        s.link().outcome().name().toLowerCase(Locale.ROOT));
            case PagePipeline.Rejected r ->
                out.printf(
                        Locale.ROOT,
                        "rejected %s  %s: %s%n",
                        input,
                        r.reason().name().toLowerCase(Locale.ROOT),
                        r.detail());
        }
    }
}
