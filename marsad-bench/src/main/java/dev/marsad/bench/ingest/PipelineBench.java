package dev.marsad.bench.ingest;

import dev.marsad.analyze.ArticleAnalyzer;
import dev.marsad.bench.AnalyzeBenchData;
import dev.marsad.bench.TempFolder;
import dev.marsad.bench.extract.GoldFiles;
import dev.marsad.bench.extract.GoldPage;
import dev.marsad.crawl.Capture;
import dev.marsad.crawl.Page;
import dev.marsad.extract.ArticleExtractor;
import dev.marsad.extract.ExtractionOutcome;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.jsoup.Jsoup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad bench pipeline}: the ingest rate against its limits, on the same pages in one run.
 * SaudiNewsNet articles rendered in the demo's four publisher layouts (and the real HTML sets) go
 * through jsoup's parser alone, the extractor alone (1 and 2 threads), extract + analyze (2
 * threads) and the whole pipeline into a fresh on-disk index; the figure is the ratio of the
 * whole pipeline to the 2-thread extract-only rate (issue 9's goal: at least 0.5).
 */
@Command(
        name = "pipeline",
        mixinStandardHelpOptions = true,
        description = {
            "Ingest rate against its limits, same pages, one run: jsoup parse only and extract only (1 and 2"
                    + " threads), extract + analyze (2 threads), and the full pipeline (IngestPipeline, default"
                    + " settings, into a fresh on-disk Lucene index, every verdict durable, final commit"
                    + " included). Pages/s, CPU ms per page and cores busy for each; ratios full/extract and"
                    + " full/parse (2 threads).",
            "Pages: --articles SaudiNewsNet articles (every k-th by date) rendered in the demo's four"
                    + " publisher layouts, then the real HTML sets arabic-news-html and wcxb-articles when present."
        })
public final class PipelineBench implements Callable<Integer> {

    /** Threads of the multi-threaded stage runs: the machine's cores, as the pipeline's default. */
    private static final int CORES = Runtime.getRuntime().availableProcessors();

    @Option(
            names = "--data",
            description = "Shared data folder with saudinewsnet/, arabic-news-html/, wcxb-articles/"
                    + " (default: the nearest ../shared/data).")
    Path data;

    @Option(
            names = "--articles",
            defaultValue = "3000",
            description = "SaudiNewsNet articles (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(
            names = "--warm-up",
            defaultValue = "300",
            description = "Pages run through every stage and a throw-away pipeline first (default: ${DEFAULT-VALUE}).")
    int warmUp;

    @Option(
            names = "--min-seconds",
            defaultValue = "5",
            description = "Pure stages repeat passes over the pages until this long (default: ${DEFAULT-VALUE}).")
    int minSeconds;

    @Option(
            names = "--rounds",
            defaultValue = "1",
            description = "Rounds of all modes; the best of each is reported (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--no-real", description = "Leave out the real HTML sets.")
    boolean noReal;

    @Option(names = "--jfr", description = "Record the full-pipeline runs with JFR (profile settings) into this file.")
    Optional<Path> jfr;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final ArticleExtractor extractor = new ArticleExtractor();
    private final ArticleAnalyzer analyzer = new ArticleAnalyzer();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (articles < 1 || rounds < 1)
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--articles and --rounds must be at least 1");
        Path shared = data != null ? data : AnalyzeBenchData.resolve(".");
        Path snn = shared.resolve("saudinewsnet");
        if (!Files.isDirectory(snn)) {
            out.println("skipped: " + snn + " not found");
            return 0;
        }
        out.println("pipeline bench: " + RunInfo.describe());
        List<Capture> pages = saudiPages(snn, out);
        warmUp(pages.subList(0, Math.min(warmUp, pages.size())), out);
        report(out, measure(pages, jfr));
        if (!noReal) realSets(shared, out);
        return 0;
    }

    /** Every k-th article by date, k chosen to give about {@code --articles}, rendered. */
    private List<Capture> saudiPages(Path snn, PrintWriter out) {
        List<SnnArticle> corpus = SnnArticle.readAll(snn);
        int step = Math.max(1, corpus.size() / articles);
        List<SnnArticle> chosen = new ArrayList<>();
        for (int i = 0; i < corpus.size() && chosen.size() < articles; i += step) chosen.add(corpus.get(i));
        Stopwatch render = Stopwatch.start();
        List<Capture> pages = new NewsroomPages(corpus).captures(chosen, 0);
        Span rendered = render.stop(pages.size());
        long bytes = pages.stream().mapToLong(c -> c.page().byteCount()).sum();
        Map<String, Long> bySite =
                pages.stream().collect(Collectors.groupingBy(Capture::sourceId, TreeMap::new, Collectors.counting()));
        out.printf(
                Locale.ROOT,
                "pages: %d SaudiNewsNet articles (every %d-th of %d by date) in the demo layouts %s, %.1f MB of HTML"
                        + " (rendered in %.1f s, not timed)%n",
                pages.size(),
                step,
                corpus.size(),
                bySite,
                bytes / 1e6,
                rendered.wallNanos() / 1e9);
        return pages;
    }

    private void warmUp(List<Capture> pages, PrintWriter out) {
        List<Page> raw = pages.stream().map(Capture::page).toList();
        long start = System.nanoTime();
        for (Mode mode : Mode.PURE) stage(mode).run(raw, CORES, 0);
        try (var tmp = TempFolder.create("marsad-pipeline-warm-up")) {
            FullIngest.run(pages, tmp.path().resolve("index"));
        }
        out.printf(
                Locale.ROOT,
                "warm-up: %d pages through every mode, %.1f s%n",
                pages.size(),
                (System.nanoTime() - start) / 1e9);
    }

    /** The modes of one measurement, each with its threads. */
    private enum Mode {
        PARSE_1("jsoup parse only", 1),
        PARSE_N("jsoup parse only", CORES),
        EXTRACT_1("extract only", 1),
        EXTRACT_N("extract only", CORES),
        ANALYZE_N("extract + analyze", CORES),
        FULL("full pipeline into the index", CORES);

        static final List<Mode> PURE = List.of(PARSE_N, EXTRACT_N, ANALYZE_N);

        final String label;
        final int threads;

        Mode(String label, int threads) {
            this.label = label;
            this.threads = threads;
        }
    }

    /** The fastest span of each mode, and what the full pipeline's fastest run stored and where its CPU went. */
    private record Measured(Map<Mode, Span> spans, FullIngest.Result full) {}

    /**
     * Every mode, {@code --rounds} times; the fastest span of each mode is kept. The full-pipeline
     * runs are recorded into {@code profile} when given.
     */
    private Measured measure(List<Capture> pages, Optional<Path> profile) throws IOException {
        List<Page> raw = pages.stream().map(Capture::page).toList();
        Map<Mode, Span> best = new LinkedHashMap<>();
        FullIngest.Result full = null;
        for (int round = 0; round < rounds; round++) {
            for (Mode mode : Mode.values()) {
                Span span;
                if (mode == Mode.FULL) {
                    FullIngest.Result result = full(pages, profile);
                    span = result.span();
                    if (full == null || span.pagesPerSecond() > full.span().pagesPerSecond()) full = result;
                } else {
                    span = stage(mode).run(raw, mode.threads, minSeconds * 1_000_000_000L);
                }
                best.merge(mode, span, (a, b) -> a.pagesPerSecond() >= b.pagesPerSecond() ? a : b);
            }
        }
        return new Measured(best, full);
    }

    private static FullIngest.Result full(List<Capture> pages, Optional<Path> profile) throws IOException {
        try (var tmp = TempFolder.create("marsad-pipeline-bench");
                Recording recording =
                        profile.isPresent() ? new Recording(Configuration.getConfiguration("profile")) : null) {
            if (recording != null) recording.start();
            FullIngest.Result result = FullIngest.run(pages, tmp.path().resolve("index"));
            if (recording != null) {
                recording.stop();
                recording.dump(profile.get());
            }
            return result;
        } catch (java.text.ParseException e) {
            throw new IllegalStateException("JFR's profile settings cannot be read: " + e.getMessage(), e);
        }
    }

    private StageRun<Page> stage(Mode mode) {
        return switch (mode) {
            case PARSE_1, PARSE_N -> new StageRun<>("parse", PipelineBench::parse);
            case EXTRACT_1, EXTRACT_N -> new StageRun<>("extract", this::extract);
            case ANALYZE_N -> new StageRun<>("analyze", this::extractAndAnalyze);
            case FULL -> throw new IllegalArgumentException("the full pipeline is no pure stage");
        };
    }

    /** jsoup's parser alone, charset from the bytes (BOM or meta tag) as a browser finds it. */
    private static long parse(Page page) {
        try {
            return Jsoup.parse(
                            new ByteArrayInputStream(page.body()),
                            null,
                            page.url().toString())
                    .getAllElements()
                    .size();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + page.url(), e);
        }
    }

    private long extract(Page page) {
        return switch (extractor.extract(page)) {
            case ExtractionOutcome.Extracted e -> e.article().plainText().length();
            case ExtractionOutcome.Rejected r -> r.reason().ordinal();
        };
    }

    private long extractAndAnalyze(Page page) {
        return switch (extractor.extract(page)) {
            case ExtractionOutcome.Extracted e ->
                analyzer.analyze(e.article()).tags().size();
            case ExtractionOutcome.Rejected r -> r.reason().ordinal();
        };
    }

    private void report(PrintWriter out, Measured measured) {
        out.printf(Locale.ROOT, "%-30s %7s  %s%n", "mode", "threads", "best of " + rounds + " round(s)");
        measured.spans()
                .forEach((mode, span) ->
                        out.printf(Locale.ROOT, "%-30s %7d  %s%n", mode.label, mode.threads, span.describe()));
        out.println("full pipeline: " + measured.full().tally().summary());
        out.println("full pipeline: " + measured.full().describeCpu());
        double full = measured.spans().get(Mode.FULL).pagesPerSecond();
        out.printf(
                Locale.ROOT,
                "ratio full / extract only (%d threads): %.3f (goal >= 0.5)%n",
                CORES,
                full / measured.spans().get(Mode.EXTRACT_N).pagesPerSecond());
        out.printf(
                Locale.ROOT,
                "ratio full / parse only (%d threads): %.4f%n",
                CORES,
                full / measured.spans().get(Mode.PARSE_N).pagesPerSecond());
    }

    /** The same modes on the real HTML sets, when present: their own pages, their own limits. */
    private void realSets(Path shared, PrintWriter out) throws IOException {
        List<GoldPage> gold = new ArrayList<>();
        Path arabic = shared.resolve("arabic-news-html");
        Path wcxb = shared.resolve("wcxb-articles");
        if (Files.isRegularFile(arabic.resolve("ground-truth.json"))) gold.addAll(GoldFiles.scrapinghub(arabic));
        if (Files.isDirectory(wcxb.resolve("ground-truth"))) gold.addAll(GoldFiles.wcxb(wcxb));
        if (gold.isEmpty()) {
            out.println("skipped: real HTML sets (arabic-news-html, wcxb-articles) not found in " + shared);
            return;
        }
        List<Capture> pages = gold.stream()
                .map(g -> Capture.of(Page.of(g.url(), g.html(), "text/html")))
                .toList();
        out.printf(
                Locale.ROOT,
                "%nreal HTML sets: %d pages (arabic-news-html and wcxb-articles), %.1f MB%n",
                pages.size(),
                pages.stream().mapToLong(c -> c.page().byteCount()).sum() / 1e6);
        report(out, measure(pages, Optional.empty()));
    }
}
