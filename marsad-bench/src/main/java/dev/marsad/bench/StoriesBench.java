package dev.marsad.bench;

import dev.marsad.bench.CopyPairs.Pair;
import dev.marsad.index.IndexLocation;
import dev.marsad.index.IndexedArticle;
import dev.marsad.index.LocalSolrCloud;
import dev.marsad.index.LuceneArticleIndex;
import dev.marsad.index.SolrArticleIndex;
import dev.marsad.link.ArticleIds;
import dev.marsad.link.ArticleLinker;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad bench stories}: story clustering (B-cubed) and near-duplicate detection (pair
 * precision and recall) on the labelled arabic-stories set, on its development and held-out parts
 * ({@link StoriesData}) each linked on its own, over several article orders, beside the
 * all-singletons, title-similarity and TF-IDF single-link baselines ({@link StoryBaselines}).
 * Articles go through analyze and link exactly as crawled pages do.
 */
@Command(
        name = "stories",
        mixinStandardHelpOptions = true,
        description = "Story clustering and near-duplicate detection on ../shared/data/arabic-stories.")
final class StoriesBench implements Callable<Integer> {

    @Option(
            names = "--data",
            defaultValue = "../shared/data/arabic-stories",
            description = "Folder with articles.jsonl, gold.jsonl, near-duplicates.tsv.")
    Path data;

    @Option(
            names = "--orders",
            defaultValue = "5",
            description =
                    "Article orders linked per part: publication order, then shuffles with seeds 1, 2, … (default 5).")
    int orders;

    @Option(
            names = "--errors",
            description =
                    "Also list the development part's story errors in publication order (never the held-out part's).")
    boolean errors;

    @Option(
            names = "--part",
            description = "Link only this part: DEVELOPMENT or HELD_OUT (default: both, side by side).")
    HeldOutSplit.Part only;

    @Option(
            names = "--workers",
            defaultValue = "1",
            description = "Also link each part with this many workers at once into one index, split by domain as"
                    + " 'marsad run --worker K/N' splits sources, once per order, and"
                    + " compare with one worker (default: 1, no such run).")
    int workers;

    @Option(
            names = "--turn",
            defaultValue = "8",
            description =
                    "Articles a worker links per turn of the link lock with --workers (default: ${DEFAULT-VALUE}).")
    int turn;

    @Option(
            names = "--solr",
            description = "Run the --workers runs on a throwaway 2-node SolrCloud (child JVM) instead of one embedded"
                    + " index: each worker its own connection and link-turn holder (the lease document).")
    boolean solr;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** What linking one part in one order gave. */
    private record Run(Map<String, String> story, Set<Pair> pairs, double seconds) {}

    /** A scorer's B-cubed figures over the orders of one part. */
    private record Scored(List<StoryScores.BCubed> byOrder) {
        double meanF1() {
            return byOrder.stream()
                    .mapToDouble(StoryScores.BCubed::f1)
                    .average()
                    .orElse(0);
        }

        double minF1() {
            return byOrder.stream().mapToDouble(StoryScores.BCubed::f1).min().orElse(0);
        }

        double maxF1() {
            return byOrder.stream().mapToDouble(StoryScores.BCubed::f1).max().orElse(0);
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isRegularFile(data.resolve("articles.jsonl"))) {
            out.println("skipped: " + data.resolve("articles.jsonl") + " not found");
            return 0;
        }
        if (orders < 1) throw new IllegalArgumentException("--orders must be at least 1, got " + orders);
        if (workers < 1 || turn < 1)
            throw new IllegalArgumentException(
                    "--workers and --turn must be at least 1, got " + workers + " and " + turn);
        StoriesData all = StoriesData.read(data);
        var parts = new TreeMap<HeldOutSplit.Part, StoriesData>();
        for (HeldOutSplit.Part p : HeldOutSplit.Part.values()) if (only == null || only == p) parts.put(p, all.part(p));
        out.printf(
                Locale.ROOT,
                "articles: %d; development %d (%d stories), held-out %d (%d stories); %d orders: publication order%s%n",
                all.articles().size(),
                all.part(HeldOutSplit.Part.DEVELOPMENT).articles().size(),
                StoryScores.clusters(all.part(HeldOutSplit.Part.DEVELOPMENT).goldStory())
                        .size(),
                all.part(HeldOutSplit.Part.HELD_OUT).articles().size(),
                StoryScores.clusters(all.part(HeldOutSplit.Part.HELD_OUT).goldStory())
                        .size(),
                orders,
                orders > 1 ? ", then shuffles with seeds 1–" + (orders - 1) : "");
        var marsad = new TreeMap<HeldOutSplit.Part, Scored>();
        var runs = new TreeMap<HeldOutSplit.Part, List<Run>>();
        double seconds = 0;
        for (var part : parts.entrySet()) {
            var scores = new ArrayList<StoryScores.BCubed>();
            for (int order = 0; order < orders; order++) {
                Run run = link(ordered(part.getValue().articles(), order));
                seconds += run.seconds();
                scores.add(StoryScores.bcubed(part.getValue().goldStory(), run.story()));
                runs.computeIfAbsent(part.getKey(), k -> new ArrayList<>()).add(run);
            }
            marsad.put(part.getKey(), new Scored(scores));
        }
        out.printf(
                Locale.ROOT, "stories, B-cubed F1: mean over the orders [lowest–highest] (P / R, publication order)%n");
        out.printf(
                Locale.ROOT,
                "  %-20s %s%n",
                "",
                String.join(
                        " ",
                        parts.keySet().stream()
                                .map(p -> String.format(Locale.ROOT, "%-36s", label(p)))
                                .toList()));
        row(out, "marsad", marsad);
        row(out, "all singletons", baseline(parts, articles -> singletons(articles)));
        row(out, "title similarity", baseline(parts, StoryBaselines::byTitle));
        row(out, "TF-IDF single link", baseline(parts, StoryBaselines::byTfIdf));
        for (var part : parts.entrySet()) copies(out, part.getKey(), part.getValue(), runs.get(part.getKey()));
        out.printf(
                Locale.ROOT,
                "link (after analysis): %d articles in %.1f s (%.0f articles/s)%n",
                all.articles().size() * orders,
                seconds,
                all.articles().size() * orders / seconds);
        if (workers > 1) workers(out, parts, marsad);
        if (errors && parts.containsKey(HeldOutSplit.Part.DEVELOPMENT))
            errors(
                    out,
                    parts.get(HeldOutSplit.Part.DEVELOPMENT),
                    runs.get(HeldOutSplit.Part.DEVELOPMENT).getFirst());
        return 0;
    }

    /**
     * Each part linked by {@link #workers} workers at once, {@link #orders} times (the interleaving of
     * their turns differs from run to run), beside one worker linking in publication order.
     */
    private void workers(
            PrintWriter out, Map<HeldOutSplit.Part, StoriesData> parts, Map<HeldOutSplit.Part, Scored> oneWorker)
            throws IOException {
        out.printf(
                Locale.ROOT,
                "%d workers at once into one %s (split by domain, %d articles per link turn), B-cubed F1 over %d"
                        + " runs: mean [lowest–highest]; one worker in publication order; difference of the means%n",
                workers,
                solr ? "SolrCloud index (2 nodes, 2 shards × 2 replicas)" : "embedded index",
                turn,
                orders);
        if (!solr) {
            scoreWorkers(out, parts, oneWorker, articles -> ConcurrentLinking.link(articles, workers, turn));
            return;
        }
        try (var cloud = LocalSolrCloud.start(2)) {
            var indexes = new ArrayList<SolrArticleIndex>();
            try {
                for (int k = 0; k < workers; k++)
                    indexes.add(SolrArticleIndex.open(
                            cloud.indexSpec().substring("solr:".length()), IndexLocation.Access.READ_WRITE));
                scoreWorkers(out, parts, oneWorker, articles -> {
                    // every worker deletes (the first empties the collections), so that none holds the
                    // version of a document of the previous run, which would make its first write a conflict
                    for (SolrArticleIndex index : indexes) index.deleteAll();
                    return ConcurrentLinking.link(articles, indexes, turn);
                });
            } finally {
                for (SolrArticleIndex index : indexes) index.close();
            }
        }
    }

    /** One linking of a part by the workers. */
    private interface WorkersRun {
        ConcurrentLinking.Outcome link(List<StoriesData.Labelled> articles) throws IOException;
    }

    /** Each part linked {@link #orders} times by the workers, scored beside one worker. */
    private void scoreWorkers(
            PrintWriter out,
            Map<HeldOutSplit.Part, StoriesData> parts,
            Map<HeldOutSplit.Part, Scored> oneWorker,
            WorkersRun linking)
            throws IOException {
        for (var part : parts.entrySet()) {
            var scores = new ArrayList<StoryScores.BCubed>();
            List<Integer> sizes = List.of();
            long turns = 0;
            for (int run = 0; run < orders; run++) {
                ConcurrentLinking.Outcome o = linking.link(part.getValue().articles());
                scores.add(StoryScores.bcubed(part.getValue().goldStory(), o.story()));
                sizes = o.sizes();
                turns += o.turns();
            }
            var together = new Scored(scores);
            double alone = oneWorker.get(part.getKey()).byOrder().getFirst().f1();
            out.printf(
                    Locale.ROOT,
                    "  %-12s workers' shares %s, %.0f turns a run: %.3f [%.3f–%.3f]; one worker %.3f; %+.3f%n",
                    part.getKey().label,
                    sizes,
                    turns / (double) orders,
                    together.meanF1(),
                    together.minF1(),
                    together.maxF1(),
                    alone,
                    together.meanF1() - alone);
        }
    }

    /** The articles in publication order (order 0) or shuffled with the order as seed. */
    private static List<StoriesData.Labelled> ordered(List<StoriesData.Labelled> articles, int order) {
        var copy = new ArrayList<>(articles);
        if (order > 0) Collections.shuffle(copy, new Random(order));
        return copy;
    }

    /** Links the articles in the given order into a fresh in-memory index and reads back each one's story and original. */
    private static Run link(List<StoriesData.Labelled> articles) throws IOException {
        Map<String, String> story = new HashMap<>();
        Map<String, String> byMarsadId = new HashMap<>();
        long start = System.nanoTime();
        try (var index = LuceneArticleIndex.inMemory()) {
            var linker = new ArticleLinker(index, Clock.systemUTC());
            for (StoriesData.Labelled a : articles) {
                IndexedArticle linked = linker.link(a.analyzed()).article();
                byMarsadId.put(linked.id(), a.id());
            }
            index.refresh();
            for (StoriesData.Labelled a : articles) {
                String id = ArticleIds.of(a.analyzed().article().canonicalUrl());
                IndexedArticle stored = index.article(id)
                        .orElseThrow(() -> new IllegalStateException("article " + a.id() + " was not stored"));
                story.put(a.id(), stored.storyId());
            }
            return new Run(story, CopyPairsReport.recorded(index, byMarsadId), (System.nanoTime() - start) / 1e9);
        }
    }

    private static Map<HeldOutSplit.Part, Scored> baseline(
            Map<HeldOutSplit.Part, StoriesData> parts,
            Function<List<StoriesData.Labelled>, Map<String, String>> clustering) {
        var result = new TreeMap<HeldOutSplit.Part, Scored>();
        // every baseline is order-free: one run stands for all orders
        parts.forEach((p, d) ->
                result.put(p, new Scored(List.of(StoryScores.bcubed(d.goldStory(), clustering.apply(d.articles()))))));
        return result;
    }

    private static Map<String, String> singletons(List<StoriesData.Labelled> articles) {
        var labels = new HashMap<String, String>();
        for (StoriesData.Labelled a : articles) labels.put(a.id(), a.id());
        return labels;
    }

    private static String label(HeldOutSplit.Part part) {
        return part.label;
    }

    private static void row(PrintWriter out, String name, Map<HeldOutSplit.Part, Scored> byPart) {
        var cells = new ArrayList<String>();
        for (Scored s : byPart.values()) {
            StoryScores.BCubed publication = s.byOrder().getFirst();
            cells.add(String.format(
                    Locale.ROOT,
                    "%.3f [%.3f–%.3f] (%.3f / %.3f)",
                    s.meanF1(),
                    s.minF1(),
                    s.maxF1(),
                    publication.precision(),
                    publication.recall()));
        }
        cells.replaceAll(c -> String.format(Locale.ROOT, "%-36s", c));
        out.printf(Locale.ROOT, "  %-20s %s%n", name, String.join(" ", cells));
    }

    /** The near-duplicate pairs of one part ({@link CopyPairsReport}): publication order, the orders, the baselines. */
    private static void copies(PrintWriter out, HeldOutSplit.Part part, StoriesData data, List<Run> runs) {
        var report = report(data);
        out.printf(Locale.ROOT, "near-duplicate pairs, %s part: %s%n", part.label, report.counts());
        report.print(out, runs.stream().map(Run::pairs).toList());
    }

    private static CopyPairsReport report(StoriesData data) {
        Map<String, List<String>> paragraphs = new HashMap<>();
        for (StoriesData.Labelled a : data.articles())
            paragraphs.put(a.id(), a.analyzed().article().paragraphs());
        return new CopyPairsReport(paragraphs, data.goldPairs());
    }

    /** The development part's story errors and near-duplicate errors, publication order. */
    private static void errors(PrintWriter out, StoriesData development, Run run) {
        StoryErrors.print(out, development, run.story());
        Map<String, String> described = new HashMap<>();
        for (StoriesData.Labelled a : development.articles())
            described.put(
                    a.id(),
                    a.id() + " " + a.analyzed().article().siteName().orElse("") + " "
                            + a.analyzed().article().title());
        out.println("development near-duplicate errors (publication order):");
        report(development).printErrors(out, run.pairs(), described);
    }
}
