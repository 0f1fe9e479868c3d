package dev.marsad.cli;

import dev.marsad.crawl.AddressRange;
import dev.marsad.crawl.Capture;
import dev.marsad.crawl.CrawlConfig;
import dev.marsad.crawl.CrawlRun;
import dev.marsad.crawl.CrawlState;
import dev.marsad.crawl.WarcArchive;
import dev.marsad.ingest.DataFolder;
import dev.marsad.ingest.IngestPipeline;
import dev.marsad.ingest.Ingestion;
import dev.marsad.ingest.Rebuild;
import dev.marsad.ingest.Verdict;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
        description = "Extract, analyze, link and index pages from HTML files, folders of them, WARC files (.warc,"
                + " .warc.gz) or folders of WARC files, and URLs. WARC files written by Marsad are replayed as the"
                + " crawl saw them: its order, its sources, and what it rejected stays rejected.")
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH|URL", description = "Files, folders, WARC files or http(s) URLs.")
    List<String> inputs;

    @Mixin
    DataOption data;

    @Mixin
    AddressOption addresses;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        DataFolder folder = data.directory();
        for (String input : inputs)
            if (!PageInputs.isUrl(input) && !Files.exists(Path.of(input)))
                throw new IllegalArgumentException("no such file or folder: " + input);
        try (var stop = StopSignal.install();
                var ingestion = Ingestion.open(folder)) {
            IngestPipeline pipeline = ingestion.pipeline();
            List<URI> urls =
                    inputs.stream().filter(PageInputs::isUrl).map(URI::create).toList();
            if (!urls.isEmpty()) fetchUrls(folder, urls, addresses.allowed(), pipeline, out);
            for (String input : inputs) {
                if (Thread.currentThread().isInterrupted()) break;
                if (!PageInputs.isUrl(input)) ingest(Path.of(input), pipeline, out);
            }
            pipeline.flush();
            out.println(pipeline.tally().summary());
            return pipeline.tally().storedCount() > 0 ? 0 : 1;
        }
    }

    /**
     * URLs go through the crawler's path: robots.txt, the WARC capture before parsing, and a final
     * state in the crawl database; a URL already fetched is not fetched again.
     */
    private static void fetchUrls(
            DataFolder folder, List<URI> urls, List<AddressRange> allowed, IngestPipeline pipeline, PrintWriter out) {
        try (var state = CrawlState.open(folder.crawlDatabase())) {
            var config =
                    CrawlConfig.builder(folder.root()).allowedAddresses(allowed).build();
            new CrawlRun(config, state, pipeline.pageHandler(), new ConsoleProgress(out)).fetch(urls, Duration.ZERO);
        }
    }

    /** A WARC file, or a folder: its WARC files replayed as one archive, then its HTML files in name order. */
    private static void ingest(Path path, IngestPipeline pipeline, PrintWriter out) throws InterruptedException {
        boolean hasWarc =
                Files.isDirectory(path) ? files(path).stream().anyMatch(WarcArchive::isWarc) : WarcArchive.isWarc(path);
        if (hasWarc) {
            Rebuild.Report report =
                    Rebuild.replay(path, pipeline, v -> report(v.url().toString(), v, out));
            report.problems().forEach(p -> out.println("bad record " + p));
            out.printf(
                    Locale.ROOT,
                    "replayed %d pages of %s (%d the crawl had rejected left out, %d other responses skipped)%n",
                    report.submitted(),
                    path,
                    report.rejectedByCrawl(),
                    report.skipped());
        }
        for (Path file : Files.isDirectory(path) ? files(path) : List.of(path)) {
            if (Thread.currentThread().isInterrupted()) return;
            if (!isHtml(file)) continue;
            String input = file.toString();
            pipeline.submit(Capture.of(PageInputs.file(file, Optional.empty()))).thenAccept(v -> report(input, v, out));
        }
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder + ": " + e.getMessage(), e);
        }
    }

    private static boolean isHtml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }

    private static void report(String input, Verdict verdict, PrintWriter out) {
        synchronized (out) {
            switch (verdict) {
                case Verdict.Stored s ->
                    out.printf(
                            Locale.ROOT,
                            "stored   %s  %s  (%s)%n",
                            s.link().article().id(),
                            input,
                            s.link().outcome().name().toLowerCase(Locale.ROOT));
                case Verdict.Rejected r ->
                    out.printf(
                            Locale.ROOT,
                            "rejected %s  %s: %s%n",
                            input,
                            r.reason().code(),
                            r.detail());
                case Verdict.Failed f ->
                    out.printf(
                            Locale.ROOT,
                            "failed   %s  %s: %s%n",
                            input,
                            f.stage().label(),
                            f.detail());
            }
        }
    }
}
