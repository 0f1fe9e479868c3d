package dev.marsad.bench.ingest;

import dev.marsad.bench.AnalyzeBenchData;
import dev.marsad.bench.TempFolder;
import dev.marsad.crawl.Capture;
import dev.marsad.index.LuceneArticleIndex;
import dev.marsad.ingest.IngestPipeline;
import dev.marsad.ingest.IngestSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad bench growth}: how the cost of ingesting grows with the index. One pipeline
 * ingests SaudiNewsNet (rendered in the demo layouts, by date) into one on-disk index, window after
 * window of {@code --window} pages; each window is timed from its first capture submitted until
 * its last verdict is durable. Beyond the corpus, deterministic variants of it ({@link
 * ArticleVariants}) go on up to {@code --to}. The figure is the cost per article at a checkpoint
 * over the cost at 10,000 (issue 9's goal at 100,000: at most 1.2).
 */
@Command(
        name = "growth",
        mixinStandardHelpOptions = true,
        description = {
            "Cost growth: one pipeline (default settings) ingests into one on-disk index, window by window;"
                    + " each window is timed until its verdicts are durable (rendering the next window is not"
                    + " timed). Prints wall and CPU ms per article of every window, the cost at 1k, 10k, 20k,"
                    + " 50k, 100k… (median of the 3 windows up to the checkpoint) and each checkpoint's ratio"
                    + " to the cost at 10k (goal at 100k: <= 1.2).",
            "Pages: all of SaudiNewsNet in the demo's four publisher layouts, by date; with --to beyond the"
                    + " corpus, generated variants (re-dated by the corpus's span, 15 % of content words"
                    + " replaced consistently, so copies stay copies and stories stay stories)."
        })
public final class GrowthBench implements Callable<Integer> {

    /** The index size the other checkpoints are compared with. */
    static final int BASE_CHECKPOINT = 10_000;

    /** Index sizes at which the cost is reported, when the run gets there. */
    static final List<Integer> CHECKPOINTS = List.of(1_000, 10_000, 20_000, 50_000, 100_000, 200_000, 500_000);

    /** Windows whose median is a checkpoint's cost: one noisy window does not move it. */
    static final int WINDOWS_PER_CHECKPOINT = 3;

    @Option(
            names = "--data",
            description = "Shared data folder with saudinewsnet/ (default: the nearest ../shared/data).")
    Path data;

    @Option(
            names = "--to",
            defaultValue = "0",
            description = "Pages to ingest in all; beyond the corpus, generated variants (default: the corpus).")
    int to;

    @Option(
            names = "--window",
            defaultValue = "1000",
            description = "Pages per timed window (default: ${DEFAULT-VALUE}).")
    int window;

    @Option(
            names = "--warm-up",
            defaultValue = "300",
            description = "Pages through a throw-away pipeline first (default: ${DEFAULT-VALUE}).")
    int warmUp;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** One timed window: pages submitted and articles stored after it, its span and its linking thread's CPU. */
    private record Window(int pagesAfter, int storedAfter, Span span, long linkCpuNanos) {

        double linkMillisPerPage() {
            return linkCpuNanos / 1e6 / span.pages();
        }
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (window < 1 || to < 0)
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--window must be at least 1 and --to not negative");
        Path snn = (data != null ? data : AnalyzeBenchData.resolve(".")).resolve("saudinewsnet");
        if (!Files.isDirectory(snn)) {
            out.println("skipped: " + snn + " not found");
            return 0;
        }
        out.println("growth bench: " + RunInfo.describe());
        List<SnnArticle> corpus = SnnArticle.readAll(snn);
        int total = to > 0 ? to : corpus.size();
        var pages = new NewsroomPages(corpus);
        // the vocabulary is counted only when the run goes beyond the corpus (a few seconds)
        Optional<ArticleVariants> variants =
                total > corpus.size() ? Optional.of(new ArticleVariants(corpus)) : Optional.empty();
        out.printf(
                Locale.ROOT,
                "pages: %d (SaudiNewsNet: %d articles%s), windows of %d%n",
                total,
                corpus.size(),
                total > corpus.size() ? ", then generated variants" : "",
                window);
        try (var tmp = TempFolder.create("marsad-growth-warm-up")) {
            FullIngest.run(pages.captures(corpus.subList(0, Math.min(warmUp, corpus.size())), 0), tmp.path());
        }
        List<Window> windows = new ArrayList<>();
        try (var tmp = TempFolder.create("marsad-growth-bench");
                var index = LuceneArticleIndex.open(tmp.path().resolve("index"));
                var pipeline = IngestPipeline.start(index, IngestSettings.defaults(), Clock.systemUTC())) {
            out.printf(
                    Locale.ROOT,
                    "%8s %8s %9s %13s %12s %17s %11s%n",
                    "pages",
                    "stored",
                    "window s",
                    "wall ms/page",
                    "CPU ms/page",
                    "link CPU ms/page",
                    "cores busy");
            for (int first = 0; first < total; first += window) {
                List<SnnArticle> batch = IntStream.range(first, Math.min(total, first + window))
                        .mapToObj(i -> article(corpus, variants, i))
                        .toList();
                Window w = ingest(pipeline, pages.captures(batch, first), first + batch.size());
                windows.add(w);
                out.printf(
                        Locale.ROOT,
                        "%8d %8d %9.1f %13.2f %12.2f %17.2f %11.2f%n",
                        w.pagesAfter(),
                        w.storedAfter(),
                        w.span().wallNanos() / 1e9,
                        w.span().wallMillisPerPage(),
                        w.span().cpuMillisPerPage(),
                        w.linkMillisPerPage(),
                        w.span().coresBusy());
            }
        }
        report(out, windows);
        return 0;
    }

    /** Article {@code i} of the run: the corpus in order, then pass after pass of variants. */
    private static SnnArticle article(List<SnnArticle> corpus, Optional<ArticleVariants> variants, int i) {
        SnnArticle base = corpus.get(i % corpus.size());
        return i < corpus.size() ? base : variants.orElseThrow().variant(base, i / corpus.size());
    }

    private static Window ingest(IngestPipeline pipeline, List<Capture> captures, int pagesAfter)
            throws InterruptedException {
        long link = ThreadCpu.nanos(ThreadCpu.LINK);
        Stopwatch watch = Stopwatch.start();
        for (Capture c : captures) pipeline.submit(c);
        pipeline.flush();
        Span span = watch.stop(captures.size());
        return new Window(pagesAfter, pipeline.tally().storedCount(), span, ThreadCpu.nanos(ThreadCpu.LINK) - link);
    }

    /** Milliseconds per page at a checkpoint: wall, CPU of the process, CPU of the linking thread. */
    private record Cost(double wall, double cpu, double link) {

        /** This cost over {@code base}, each measure formatted: "1.031  1.012  1.020". */
        String ratios(Cost base) {
            return String.format(
                    Locale.ROOT, "%11.3f  %10.3f  %11.3f", wall / base.wall, cpu / base.cpu, link / base.link);
        }
    }

    /** The checkpoints reached, each with its cost and its ratio to the cost at 10,000. */
    private void report(PrintWriter out, List<Window> windows) {
        List<Integer> reached = new ArrayList<>(CHECKPOINTS.stream()
                .filter(c -> windows.stream().anyMatch(w -> w.pagesAfter() == c))
                .toList());
        int last = windows.getLast().pagesAfter();
        if (!reached.contains(last)) reached.add(last);
        Optional<Cost> base = cost(windows, BASE_CHECKPOINT);
        out.printf(
                Locale.ROOT,
                "%ncheckpoint  wall ms/page  CPU ms/page  link CPU ms/page  wall / @10k  CPU / @10k  link / @10k%n");
        for (int checkpoint : reached) {
            Cost cost = cost(windows, checkpoint).orElseThrow();
            out.printf(
                    Locale.ROOT,
                    "%10d  %12.2f  %11.2f  %16.2f  %s%n",
                    checkpoint,
                    cost.wall(),
                    cost.cpu(),
                    cost.link(),
                    base.map(cost::ratios).orElse("(no 10k checkpoint)"));
        }
        out.println("(a checkpoint's cost: the median of the " + WINDOWS_PER_CHECKPOINT
                + " windows up to it; a page is an article but for the few rejected; goal at 100k: <= 1.2 x @10k)");
    }

    /** The cost at a checkpoint, when the run reached it. */
    private static Optional<Cost> cost(List<Window> windows, int checkpoint) {
        int end = -1;
        for (int i = 0; i < windows.size(); i++) if (windows.get(i).pagesAfter() == checkpoint) end = i;
        if (end < 0) return Optional.empty();
        List<Window> around = windows.subList(Math.max(0, end - WINDOWS_PER_CHECKPOINT + 1), end + 1);
        return Optional.of(new Cost(
                median(around.stream().mapToDouble(w -> w.span().wallMillisPerPage())),
                median(around.stream().mapToDouble(w -> w.span().cpuMillisPerPage())),
                median(around.stream().mapToDouble(Window::linkMillisPerPage))));
    }

    private static double median(java.util.stream.DoubleStream values) {
        double[] sorted = values.sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
