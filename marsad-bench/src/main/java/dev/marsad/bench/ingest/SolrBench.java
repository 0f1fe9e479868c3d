package dev.marsad.bench.ingest;

import dev.marsad.analyze.Entity;
import dev.marsad.bench.TempFolder;
import dev.marsad.bench.arabic.EvaluationPart;
import dev.marsad.bench.arabic.SearchCommand;
import dev.marsad.bench.arabic.SearchCommand.KnownItem;
import dev.marsad.crawl.Capture;
import dev.marsad.index.ArticleIndex;
import dev.marsad.index.IndexLocation;
import dev.marsad.index.LocalSolrCloud;
import dev.marsad.index.LuceneArticleIndex;
import dev.marsad.index.QueryRejected;
import dev.marsad.index.SearchQuery;
import dev.marsad.index.SearchResult;
import dev.marsad.index.SearchTimedOut;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.apache.solr.common.SolrException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad bench solr}: the SolrCloud backend measured beside the embedded index and beside a
 * plain Solr collection on Lucene's stock Arabic chain ({@link StockArabicCollection}), on one fixed
 * subset of SaudiNewsNet (every k-th article by date) rendered in the demo layouts.
 *
 * <ol>
 *   <li>Ingest rate through the whole pipeline: embedded index and SolrCloud (a throwaway 2-node
 *       cluster in a child JVM, {@link LocalSolrCloud}, 2 shards × 2 replicas), one worker and two
 *       ({@link WorkerIngest}: split by domain, the link turn shared).
 *   <li>Search: {@code bench search}'s known-item queries (headlines rewritten as readers type them,
 *       development and unseen parts), each asked of the three with facets and highlighting, one
 *       warm-up pass then one measured pass, the backends interleaved query by query, in an order
 *       drawn anew for each query, so that the machine's load and what one backend leaves behind fall
 *       on all alike: p50/p99 latency and recall@10 per part. Marsad's collection and the stock peer
 *       it is compared with ({@code stock chain, every word}) are each asked a query once; the stock
 *       chain's other pages and queries ask a copy of their own ({@link #PEERS}), since a request right
 *       after another for the same query on the same collection is faster.
 * </ol>
 */
@Command(
        name = "solr",
        mixinStandardHelpOptions = true,
        description = "SolrCloud vs the embedded index vs a stock-Arabic Solr collection: ingest rate (1 and 2"
                + " workers) and search latency p50/p99 with facets, known-item recall@10 (SaudiNewsNet subset).")
public final class SolrBench implements Callable<Integer> {

    /**
     * The suffix of the stock collection's copy that the stock chain's other pages and queries ask (any
     * word, the pages without caches, the spellcheck in the search), apart from the peer that Marsad's
     * ratio is taken against ({@code stock chain, every word}).
     */
    static final String PEERS = "-peers";

    @Option(
            names = "--data",
            description = "Shared data folder with saudinewsnet/ (default: the nearest ../shared/data).")
    Path data;

    @Option(
            names = "--articles",
            defaultValue = "3000",
            description = "Articles of the subset, every k-th by date (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(
            names = "--queries",
            defaultValue = "150",
            description = "Known-item queries per part, development and unseen (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(
            names = "--seed",
            defaultValue = "20230920",
            description = "Seed of the queries, as bench search's (default: ${DEFAULT-VALUE}).")
    long seed;

    /** How the SolrCloud backend is filled with the subset. */
    enum Fill {
        /** Its own run of the whole pipeline (timed: the ingest rate). */
        PIPELINE,
        /** Written alongside the embedded index's run ({@link MirroredIndex}): the same articles, untimed. */
        MIRROR,
        /**
         * Copied after the embedded index's run ({@link WrittenRecords}): every stored article, story and
         * storyline read back from the embedded index and written through the backend's normal write path in
         * batches; the same records, at a bulk load's rate.
         */
        COPY
    }

    @Option(
            names = "--fill",
            defaultValue = "PIPELINE",
            description = "How SolrCloud is filled: PIPELINE (its own timed ingest), MIRROR (written alongside the"
                    + " embedded index's run) or COPY (the embedded index's records copied after its run; for all of"
                    + " SaudiNewsNet); default: ${DEFAULT-VALUE}.")
    Fill fill;

    @Option(names = "--skip-two-workers", description = "Leave out the two-worker ingests (embedded and SolrCloud).")
    boolean skipTwoWorkers;

    @Option(
            names = "--passes",
            defaultValue = "1",
            description =
                    "Measured search passes after the warm-up, each reported on its own (default: ${DEFAULT-VALUE}).")
    int passes;

    @Option(
            names = "--force-merge",
            description = "After the measured passes, merge Marsad's articles collection and the stock one into one"
                    + " segment per shard and measure again (the stock collection is bulk-loaded, Marsad's written in"
                    + " many commits).")
    boolean forceMerge;

    @Option(
            names = "--solr-heap",
            defaultValue = "256",
            description = "Heap of the local SolrCloud's JVM in MB (default: ${DEFAULT-VALUE}).")
    int solrHeap;

    @Option(
            names = "--pages-to",
            description = "Write every page Marsad's two backends answer (each pass: the search of every query, and"
                    + " after a miss the page: relaxed hits with their missing words, respelling; totals, ids, scores,"
                    + " passages, facets) to DIR/embedded.tsv and DIR/solrcloud.tsv, to compare two builds' answers.")
    Path pagesTo;

    @Option(
            names = "--hold",
            description = "After the collections are filled, write the index spec, the stock collections' names and"
                    + " the queries to FILE and wait until FILE is deleted, so that the held cluster can be asked by"
                    + " hand (debug=timing, another build's requests); the searches follow.")
    Path hold;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** One backend's answers: the corpus ids of its first ten hits. */
    private interface Searcher {
        /** The ids, or empty when the search ran past its time budget and was cancelled. */
        Optional<List<String>> top10(String text);

        /**
         * After {@link #top10} found nothing for {@code text}, what the backend's page asks beyond the
         * search: Marsad's articles holding most of the words and its respelling ({@link
         * ArticleIndex#searchAndSuggest}'s steps after the search), or Solr's spellcheck collation; the
         * nanoseconds it took; empty for a backend that does nothing more after a miss.
         */
        default Optional<Respelling> respell(String text) {
            return Optional.empty();
        }

        /**
         * Keeps the page of the last {@link #top10} answer for {@code --pages-to}, when it is given; called
         * after the clock stopped, so that no backend's timed search pays for keeping its page.
         */
        default void keepLastPage() {}
    }

    /**
     * The pages {@code --pages-to} writes: kept only when it is given, each formatted when kept (after
     * the clock stopped).
     */
    private static final class PageLog {
        private final boolean kept;
        private final List<String> lines = new ArrayList<>();

        private PageLog(boolean kept) {
            this.kept = kept;
        }

        static PageLog keptWhen(Optional<Path> to) {
            return new PageLog(to.isPresent());
        }

        void add(String pass, String text, String what, SearchResult result) {
            if (kept) lines.add(pageLine(pass, text, what, result));
        }

        List<String> lines() {
            return lines;
        }
    }

    /**
     * What a backend's page adds after its miss: the nanoseconds it took, the respelt text if any, and
     * the ids of the ten hits that hold most of the words if the page shows some instead of nothing
     * (Marsad: {@link SearchResult#relaxed()}), each followed by the copies folded into it.
     */
    record Respelling(long nanos, Optional<String> text, List<String> relaxed) {
        Respelling(long nanos, Optional<String> text) {
            this(nanos, text, List.of());
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Optional<Path> found = SnnSubset.folder(data, out);
        if (found.isEmpty()) return 0;
        Path snn = found.get();
        SnnSubset.requireSizes(articles, queries, passes);
        out.println("solr bench: " + RunInfo.describe());
        List<SnnArticle> corpus = SnnArticle.readAll(snn);
        var subset = SnnSubset.of(corpus, articles);
        List<SnnArticle> chosen = subset.chosen();
        int step = subset.step();
        List<Capture> pages = subset.pages();
        Map<String, String> idByUrl = subset.idByUrl();
        var parts = knownItems(subset.titles());
        out.printf(
                Locale.ROOT,
                "subset: %d of %d SaudiNewsNet articles (every %d-th by date); queries: %d development + %d unseen"
                        + " (bench search's known items, seed %d)%n",
                chosen.size(),
                corpus.size(),
                step,
                parts.get(EvaluationPart.DEVELOPMENT).size(),
                parts.get(EvaluationPart.UNSEEN).size(),
                seed);
        try (var tmp = TempFolder.create("marsad-bench-solr");
                var embedded = LuceneArticleIndex.open(tmp.path().resolve("one"));
                var cloud = LocalSolrCloud.start(2, solrHeap);
                ArticleIndex solr = IndexLocation.parse(cloud.indexSpec()).open(IndexLocation.Access.READ_WRITE)) {
            out.println("ingest through the whole pipeline (pages/s, wall time, stored/other):");
            switch (fill) {
                case MIRROR -> {
                    ingest(
                            out,
                            "embedded, 1 worker (+Solr)",
                            pages,
                            List.of(new MirroredIndex(embedded, write -> write.applyTo(solr))));
                    solr.commit();
                    out.printf(
                            Locale.ROOT,
                            "  SolrCloud filled alongside the embedded run: %d articles (the same writes)%n",
                            solr.articleCount());
                }
                case COPY -> {
                    var written = new WrittenRecords();
                    ingest(out, "embedded, 1 worker", pages, List.of(new MirroredIndex(embedded, written)));
                    WrittenRecords.Copied c = written.copy(embedded, solr);
                    out.printf(
                            Locale.ROOT,
                            "  SolrCloud filled with the embedded index's records: %d articles, %d stories, %d storylines"
                                    + " in %.1f s (%.0f records/s); SolrCloud holds %d articles, the embedded index %d%n",
                            c.articles(),
                            c.stories(),
                            c.storylines(),
                            c.seconds(),
                            c.perSecond(),
                            solr.articleCount(),
                            embedded.articleCount());
                }
                case PIPELINE -> ingest(out, "embedded, 1 worker", pages, List.of(embedded));
            }
            long bytes = folderBytes(tmp.path().resolve("one"));
            out.printf(
                    Locale.ROOT,
                    "  embedded index on disk: %.1f MB, %.1f KB per stored article (for sizing)%n",
                    bytes / 1e6,
                    bytes / 1e3 / embedded.articleCount());
            if (!skipTwoWorkers)
                try (var shared = LuceneArticleIndex.open(tmp.path().resolve("two"))) {
                    ingest(out, "embedded, 2 workers", pages, List.of(shared, shared));
                }
            if (fill == Fill.PIPELINE) ingest(out, "SolrCloud, 1 worker", pages, List.of(solr));
            if (!skipTwoWorkers) twoSolrWorkers(out, pages, solrHeap);
            var marsadLayout = SegmentLayout.of(cloud.nodeUrls(), dev.marsad.index.SolrCollections.ARTICLES);
            // three copies of the stock collection: the peer Marsad is measured against, asked each query
            // once as Marsad's collection is; the same written in as many commits as Marsad's articles
            // have segments, so that the searches as ingested are also compared at one layout (the bulk
            // load ends in one); and the stock chain's other pages and queries (PEERS), apart from the
            // peer: on a held cluster, a stock request right after another one for the same query on the
            // same collection was 0.07-0.19 ms faster at p50 (docs/benchmarks/solr-peers.md)
            try (StockArabicCollection stock =
                            StockArabicCollection.create(cloud.nodeUrls().getFirst(), 2, 2);
                    StockArabicCollection layered = StockArabicCollection.create(
                            cloud.nodeUrls().getFirst(), StockArabicCollection.NAME + "-layered", 2, 2);
                    StockArabicCollection stockPeers = StockArabicCollection.create(
                            cloud.nodeUrls().getFirst(), StockArabicCollection.NAME + PEERS, 2, 2)) {
                Map<String, StockArabicCollection.Labels> labels = labels(embedded, idByUrl);
                long start = System.nanoTime();
                stock.index(chosen, 1, labels);
                out.printf(
                        Locale.ROOT,
                        "  %-26s %7.1f docs/s (bulk load of title and body: no extraction, analysis or" + " linking)%n",
                        "stock Arabic collection",
                        chosen.size() / ((System.nanoTime() - start) / 1e9));
                stockPeers.index(chosen, 1, labels);
                int commits = Math.max(1, marsadLayout.most());
                layered.index(chosen, commits);
                out.printf(
                        Locale.ROOT,
                        "Marsad's tags and entities given to the stock collection for %d articles (%d tags, %d entities)"
                                + " for the page with Marsad's facets%n"
                                + "segments as ingested: %s; %s; %s; %s (written in %d commits, one after each run)%n",
                        labels.size(),
                        labels.values().stream().mapToInt(l -> l.tags().size()).sum(),
                        labels.values().stream()
                                .mapToInt(l -> l.entities().size())
                                .sum(),
                        marsadLayout,
                        SegmentLayout.of(cloud.nodeUrls(), stock.name()),
                        SegmentLayout.of(cloud.nodeUrls(), stockPeers.name()),
                        SegmentLayout.of(cloud.nodeUrls(), layered.name()),
                        commits);
                if (hold != null)
                    holdUntilDeleted(
                            out, cloud.indexSpec(), List.of(stock.name(), layered.name(), stockPeers.name()), parts);
                var searchers = new LinkedHashMap<String, Searcher>();
                long[] embeddedMisses = new long[2];
                long[] solrMisses = new long[2];
                Map<String, List<String>> folded = foldedCopies(embedded, idByUrl);
                reportFolded(out, parts, folded);
                // every miss's respelling on each backend, by pass and query: both should agree in each pass
                var pass = new java.util.concurrent.atomic.AtomicReference<>("warm-up");
                var embeddedRespelt = new LinkedHashMap<String, Map<String, Optional<String>>>();
                var solrRespelt = new LinkedHashMap<String, Map<String, Optional<String>>>();
                var embeddedPages = PageLog.keptWhen(Optional.ofNullable(pagesTo));
                var solrPages = PageLog.keptWhen(Optional.ofNullable(pagesTo));
                searchers.put(
                        "embedded index",
                        marsad(embedded, idByUrl, folded, embeddedMisses, pass, embeddedRespelt, embeddedPages));
                searchers.put(
                        "Marsad on SolrCloud", marsad(solr, idByUrl, folded, solrMisses, pass, solrRespelt, solrPages));
                // the stock peers: a request that Solr fails is counted and told, not the end of the run
                // (one with cache=false once met Solr's "key's equals or hashCode was modified while
                // residing in the cache", docs/benchmarks/solr-order.md); Marsad's own are not guarded
                var peers = new LinkedHashMap<String, Searcher>();
                long[] stockMisses = new long[2];
                peers.put("stock chain, every word", stockWithSpellcheck(stock, stockMisses));
                peers.put("stock, every word, layered", stockWithSpellcheck(layered, new long[2]));
                // the stock page and Marsad's page on the stock chain, each without Solr's caches: asked
                // one after the other with the same query, the second would find the first one's hits
                // and matches cached; these four share their copy, and warm it for each other
                peers.put(
                        "stock, plain, uncached",
                        stockWithSpellcheck(stockPeers, new long[2], StockArabicCollection.Page.PLAIN, false));
                peers.put(
                        "stock, Marsad's, uncached",
                        stockWithSpellcheck(stockPeers, new long[2], StockArabicCollection.Page.MARSADS, false));
                peers.put("stock, spellcheck inside", stockSpellingInTheSearch(stockPeers));
                peers.put(
                        "stock chain, any word",
                        t -> Optional.of(stockPeers.search(t, StockArabicCollection.Words.ANY)));
                var failures = new LinkedHashMap<String, List<String>>();
                peers.forEach((name, searcher) -> searchers.put(name, guarded(name, searcher, failures)));
                // one order of the backends per query, the same in every run of this seed
                var order = new Random(seed);
                search(out, parts, searchers, passes, pass, "", order);
                if (forceMerge) {
                    long merging = System.nanoTime();
                    stock.forceMerge(
                            stock.name(), layered.name(), stockPeers.name(), dev.marsad.index.SolrCollections.ARTICLES);
                    out.printf(
                            Locale.ROOT,
                            "the collections merged to one segment per shard (%.1f s: %s; %s); searched again:%n",
                            (System.nanoTime() - merging) / 1e9,
                            SegmentLayout.of(cloud.nodeUrls(), dev.marsad.index.SolrCollections.ARTICLES),
                            SegmentLayout.of(cloud.nodeUrls(), layered.name()));
                    search(out, parts, searchers, passes, pass, "after the merge, ", order);
                }
                failures.forEach((name, failed) -> out.printf(
                        Locale.ROOT,
                        "  %-26s %d requests failed in all passes, warm-up and respellings included (each search"
                                + " that failed counts as timed out, its time kept); the first: %s%n",
                        name,
                        failed.size(),
                        failed.getFirst()));
                if (solr instanceof dev.marsad.index.SolrArticleIndex cloudIndex)
                    out.println("  SolrCloud's respelling vocabulary: "
                            + cloudIndex
                                    .respellingVocabulary()
                                    .map(v -> String.format(
                                            Locale.ROOT,
                                            "%d terms of title and body, %.1f MB in memory%s",
                                            v.terms(),
                                            v.bytes() / 1e6,
                                            v.cut() ? ", cut at the cap" : ""))
                                    .orElse("not in memory (not read yet, or older than the collection)"));
                out.printf(
                        Locale.ROOT,
                        "searches that found nothing, all passes: embedded %d (%d with a respelling), SolrCloud %d"
                                + " (%d with a respelling)%n",
                        embeddedMisses[0],
                        embeddedMisses[1],
                        solrMisses[0],
                        solrMisses[1]);
                out.printf(
                        Locale.ROOT,
                        "  stock chain, every word, with Solr's spellcheck component after a miss: %d misses, %d with a"
                                + " collation%n",
                        stockMisses[0],
                        stockMisses[1]);
                reportRespellings(out, embeddedRespelt, solrRespelt);
                if (pagesTo != null) {
                    Files.createDirectories(pagesTo);
                    Files.write(pagesTo.resolve("embedded.tsv"), embeddedPages.lines());
                    Files.write(pagesTo.resolve("solrcloud.tsv"), solrPages.lines());
                    out.println("pages written to " + pagesTo);
                }
            }
        }
        return 0;
    }

    /**
     * {@code --hold}: writes what a hand needs to ask the held cluster (the index spec, the stock
     * collections, then each query as "part TAB text") to the file and waits until it is deleted.
     */
    private void holdUntilDeleted(
            PrintWriter out, String spec, List<String> stock, Map<EvaluationPart, List<KnownItem>> parts)
            throws IOException {
        var lines = new ArrayList<String>();
        lines.add(spec);
        lines.add(String.join(",", stock));
        parts.forEach((part, items) -> items.forEach(i -> lines.add(part + "\t" + i.query())));
        Files.write(hold, lines);
        out.println("held: " + spec + "; delete " + hold + " to go on");
        out.flush();
        while (Files.exists(hold))
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("held cluster interrupted");
            }
    }

    /**
     * One line of {@code --pages-to}: the pass, the query, what answered ("search", or "page" after a
     * miss), then the total, relaxed, respelling, every hit (id, score, missing words, passage) and every
     * facet value (value, label, count); tabs and line breaks in text become spaces.
     */
    static String pageLine(String pass, String text, String what, SearchResult result) {
        var line = new StringBuilder();
        line.append(pass).append('\t').append(text).append('\t').append(what);
        line.append('\t').append(result.total()).append('\t').append(result.relaxed());
        line.append('\t').append(result.suggestion().orElse("-"));
        for (SearchResult.Hit h : result.hits())
            line.append('\t')
                    .append(h.article().id())
                    .append(' ')
                    .append(h.score())
                    .append(' ')
                    .append(h.missing())
                    .append(' ')
                    .append(h.snippet());
        result.facets().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(f -> {
            line.append('\t').append(f.getKey()).append(':');
            for (SearchResult.FacetCount c : f.getValue())
                line.append(' ')
                        .append(c.value())
                        .append('=')
                        .append(c.label())
                        .append('=')
                        .append(c.count());
        });
        return line.toString().replace('\n', ' ').replace('\r', ' ');
    }

    /** For each pass, the queries that found nothing and those whose respelling differs between the backends. */
    private static void reportRespellings(
            PrintWriter out,
            Map<String, Map<String, Optional<String>>> embedded,
            Map<String, Map<String, Optional<String>>> solr) {
        for (var pass : embedded.entrySet()) {
            Map<String, Optional<String>> mine = pass.getValue();
            Map<String, Optional<String>> theirs = solr.getOrDefault(pass.getKey(), Map.of());
            List<String> differ = mine.keySet().stream()
                    .filter(t -> !mine.get(t).equals(theirs.get(t)))
                    .sorted()
                    .toList();
            out.printf(
                    Locale.ROOT,
                    "  %s: queries that found nothing %d; their respelling differs between the backends for %d%n",
                    pass.getKey(),
                    mine.size(),
                    differ.size());
            for (String t : differ.subList(0, Math.min(5, differ.size())))
                out.printf(
                        Locale.ROOT,
                        "    '%s': embedded %s, SolrCloud %s%n",
                        t,
                        mine.get(t).orElse("-"),
                        Optional.ofNullable(theirs.get(t)).flatMap(o -> o).orElse("(found something or timed out)"));
        }
    }

    private Map<EvaluationPart, List<KnownItem>> knownItems(Map<String, String> titles) {
        var parts = new EnumMap<EvaluationPart, List<KnownItem>>(EvaluationPart.class);
        for (EvaluationPart part : EvaluationPart.values())
            parts.put(part, SearchCommand.knownItems(titles, part, queries, seed));
        return parts;
    }

    /** Two workers, each with its own connection (and link lock holder) to a second fresh cluster. */
    private static void twoSolrWorkers(PrintWriter out, List<Capture> pages, int heap) throws IOException {
        try (var cloud = LocalSolrCloud.start(2, heap);
                ArticleIndex first = IndexLocation.parse(cloud.indexSpec()).open(IndexLocation.Access.READ_WRITE);
                ArticleIndex second = IndexLocation.parse(cloud.indexSpec()).open(IndexLocation.Access.READ_WRITE)) {
            ingest(out, "SolrCloud, 2 workers", pages, List.of(first, second));
        }
    }

    private static void ingest(PrintWriter out, String label, List<Capture> pages, List<ArticleIndex> indexes) {
        WorkerIngest.Result r = WorkerIngest.run(pages, indexes);
        out.printf(
                Locale.ROOT,
                "  %-26s %7.1f pages/s  %6.1f s  %d/%d  shares %s  other %s%n",
                label,
                r.perSecond(pages.size()),
                r.seconds(),
                r.stored(),
                r.other(),
                r.shares(),
                r.others());
        out.flush();
    }

    /**
     * The copies Marsad folded into each original, as SaudiNewsNet ids: original → its copies. Marsad's
     * search lists originals only (a copy is shown on its original's page, under "نشره أيضاً"), so a
     * known item that was folded is found when its original is.
     */
    static Map<String, List<String>> foldedCopies(LuceneArticleIndex index, Map<String, String> idByUrl) {
        var ids = new ArrayList<String>();
        index.forEachArticleId(ids::add);
        var urlById = new HashMap<String, String>();
        var originalOf = new HashMap<String, String>();
        for (String id : ids)
            index.article(id).ifPresent(a -> {
                urlById.put(id, a.analyzed().article().url().toString());
                a.duplicateOf().ifPresent(original -> originalOf.put(id, original));
            });
        var folded = new HashMap<String, List<String>>();
        originalOf.forEach((copy, original) -> {
            String c = idByUrl.get(urlById.get(copy));
            String o = idByUrl.get(urlById.get(original));
            if (c != null && o != null)
                folded.computeIfAbsent(o, k -> new ArrayList<>()).add(c);
        });
        return folded;
    }

    /**
     * Marsad's tags and entities of each article, as its facets count them (the reader's tags and the
     * page's, by key; entities by id), by SaudiNewsNet id: for the stock page with Marsad's facets.
     */
    static Map<String, StockArabicCollection.Labels> labels(LuceneArticleIndex index, Map<String, String> idByUrl) {
        var ids = new ArrayList<String>();
        index.forEachArticleId(ids::add);
        var labels = new HashMap<String, StockArabicCollection.Labels>();
        for (String id : ids)
            index.article(id).ifPresent(a -> {
                String snnId = idByUrl.get(a.analyzed().article().url().toString());
                if (snnId == null) return;
                var tags = new LinkedHashSet<String>();
                a.analyzed().readerTags().forEach(t -> tags.add(t.key()));
                a.analyzed().tags().forEach(t -> tags.add(t.key()));
                labels.put(
                        snnId,
                        new StockArabicCollection.Labels(
                                List.copyOf(tags),
                                a.analyzed().entities().stream()
                                        .map(Entity::id)
                                        .distinct()
                                        .toList()));
            });
        return labels;
    }

    private static void reportFolded(
            PrintWriter out, Map<EvaluationPart, List<KnownItem>> parts, Map<String, List<String>> folded) {
        var copies = new java.util.HashSet<String>();
        folded.values().forEach(copies::addAll);
        out.printf(Locale.ROOT, "  copies folded into an original by Marsad's linker: %d articles%n", copies.size());
        for (var part : parts.entrySet())
            out.printf(
                    Locale.ROOT,
                    "  known items of the %s part that are folded copies: %d of %d (Marsad's R@10 counts one as"
                            + " found when its original is in the ten)%n",
                    part.getKey().name().toLowerCase(Locale.ROOT),
                    part.getValue().stream()
                            .filter(k -> copies.contains(k.targetId()))
                            .count(),
                    part.getValue().size());
    }

    /**
     * Marsad's search on one index, each hit followed by the copies folded into it, and its respelling
     * after a miss ({@link ArticleIndex#suggest}, timed apart); {@code misses} counts the respellings
     * asked (0) and those that found one (1); {@code respelt} keeps each such query's respelling by the
     * pass named in {@code pass} then.
     */
    private static Searcher marsad(
            ArticleIndex index,
            Map<String, String> idByUrl,
            Map<String, List<String>> folded,
            long[] misses,
            java.util.concurrent.atomic.AtomicReference<String> pass,
            Map<String, Map<String, Optional<String>>> respelt,
            PageLog pages) {
        return new Searcher() {
            /** The last search's answer: the miss that {@link #respell} follows. */
            private Optional<SearchResult> last = Optional.empty();
            /** The last search's text and answer, not kept for {@code --pages-to} yet. */
            private Optional<Map.Entry<String, SearchResult>> unkept = Optional.empty();

            @Override
            public Optional<List<String>> top10(String text) {
                last = Optional.empty();
                try {
                    SearchResult result = index.search(SearchQuery.of(text));
                    last = Optional.of(result);
                    unkept = Optional.of(Map.entry(text, result));
                    return Optional.of(ids(result));
                } catch (QueryRejected e) {
                    return Optional.of(List.of());
                } catch (SearchTimedOut e) {
                    return Optional.empty();
                }
            }

            @Override
            public void keepLastPage() {
                unkept.ifPresent(page -> pages.add(pass.get(), page.getKey(), "search", page.getValue()));
                unkept = Optional.empty();
            }

            /** The hits' corpus ids, each followed by the copies folded into it. */
            private List<String> ids(SearchResult result) {
                var ids = new ArrayList<String>();
                for (SearchResult.Hit h : result.hits()) {
                    String id = idByUrl.getOrDefault(h.article().url().toString(), "?");
                    ids.add(id);
                    ids.addAll(folded.getOrDefault(id, List.of()));
                }
                return ids;
            }

            /** What {@link ArticleIndex#searchAndSuggest} asks after the miss on page 1 ({@link ArticleIndex#afterMiss}). */
            @Override
            public Optional<Respelling> respell(String text) {
                if (last.isEmpty() || !last.get().query().text().equals(text)) return Optional.empty();
                long start = System.nanoTime();
                SearchResult page;
                try {
                    page = index.afterMiss(last.get().query(), last.get());
                } catch (QueryRejected | SearchTimedOut e) {
                    return Optional.empty();
                }
                long took = System.nanoTime() - start;
                pages.add(pass.get(), text, "page", page);
                Optional<String> suggestion = page.suggestion();
                List<String> relaxed = page.relaxed() ? ids(page) : List.of();
                misses[0]++;
                if (suggestion.isPresent()) misses[1]++;
                respelt.computeIfAbsent(pass.get(), p -> new LinkedHashMap<>()).put(text, suggestion);
                return Optional.of(new Respelling(took, suggestion, relaxed));
            }
        };
    }

    /**
     * {@code searcher} with a failed request (Solr's error, or no answer) kept in {@code failures}
     * under {@code name} and answered as a search cut short: empty.
     */
    private static Searcher guarded(String name, Searcher searcher, Map<String, List<String>> failures) {
        return new Searcher() {
            @Override
            public Optional<List<String>> top10(String text) {
                try {
                    return searcher.top10(text);
                } catch (UncheckedIOException | SolrException e) {
                    return failed(text, e);
                }
            }

            @Override
            public Optional<Respelling> respell(String text) {
                try {
                    return searcher.respell(text);
                } catch (UncheckedIOException | SolrException e) {
                    return failed(text, e);
                }
            }

            @Override
            public void keepLastPage() {
                searcher.keepLastPage();
            }

            private <T> Optional<T> failed(String text, RuntimeException e) {
                failures.computeIfAbsent(name, n -> new ArrayList<>()).add("'" + text + "': " + e);
                return Optional.empty();
            }
        };
    }

    /**
     * The stock chain with every word required, and after a miss Solr's own "did you mean" (the
     * spellcheck component's collation, {@link StockArabicCollection#suggest}), timed apart as
     * Marsad's respelling is; {@code misses} counts the collations asked (0) and found (1).
     */
    private static Searcher stockWithSpellcheck(StockArabicCollection stock, long[] misses) {
        return stockWithSpellcheck(stock, misses, StockArabicCollection.Page.PLAIN, true);
    }

    /**
     * {@link #stockWithSpellcheck(StockArabicCollection, long[])} with what {@code shown} asks beside the
     * hits, and Solr's caches used or not ({@code cached}).
     */
    private static Searcher stockWithSpellcheck(
            StockArabicCollection stock, long[] misses, StockArabicCollection.Page shown, boolean cached) {
        return new Searcher() {
            @Override
            public Optional<List<String>> top10(String text) {
                return Optional.of(stock.search(text, StockArabicCollection.Words.EVERY, shown, cached));
            }

            @Override
            public Optional<Respelling> respell(String text) {
                long start = System.nanoTime();
                Optional<String> collation = stock.suggest(text);
                long took = System.nanoTime() - start;
                misses[0]++;
                if (collation.isPresent()) misses[1]++;
                return Optional.of(new Respelling(took, collation));
            }
        };
    }

    /**
     * The stock chain with every word required and Solr's spellcheck in the same request ({@link
     * StockArabicCollection#searchAndSpell}), as a site hooks it into its search handler: a miss's
     * collation costs no request of its own, so its respelling adds nothing to the page's time.
     */
    private static Searcher stockSpellingInTheSearch(StockArabicCollection stock) {
        return new Searcher() {
            private Optional<String> lastCollation = Optional.empty();

            @Override
            public Optional<List<String>> top10(String text) {
                StockArabicCollection.Answer answer = stock.searchAndSpell(text);
                lastCollation = answer.collation();
                return Optional.of(answer.ids());
            }

            @Override
            public Optional<Respelling> respell(String text) {
                return Optional.of(new Respelling(0, lastCollation));
            }
        };
    }

    /**
     * Every query on every backend: a warm-up pass, then {@code passes} measured passes, each
     * reported on its own, backends interleaved; {@code label} names the pass under way ({@code
     * prefix} before its name). The backends take each query in an order drawn from {@code order}
     * ({@link #shuffled}).
     */
    private static void search(
            PrintWriter out,
            Map<EvaluationPart, List<KnownItem>> parts,
            Map<String, Searcher> searchers,
            int passes,
            java.util.concurrent.atomic.AtomicReference<String> label,
            String prefix,
            Random order) {
        var all = new ArrayList<KnownItem>();
        parts.values().forEach(all::addAll);
        label.set(prefix + "warm-up");
        for (KnownItem item : all)
            for (Searcher s : shuffled(searchers, order).values()) {
                boolean missed = s.top10(item.query()).filter(List::isEmpty).isPresent();
                s.keepLastPage();
                if (missed) s.respell(item.query());
            }
        for (int pass = 1; pass <= passes; pass++) {
            label.set(prefix + "pass " + pass);
            out.printf(
                    Locale.ROOT,
                    "measured pass %d of %d, %s, load average %.2f at its start%n",
                    pass,
                    passes,
                    java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                    RunInfo.loadAverage());
            measure(out, parts, all, searchers, order);
        }
    }

    /**
     * The backends in a random order, drawn anew for every query. In a fixed order each backend
     * always follows the same one, and what that one leaves behind falls on it alone: on a held
     * cluster (docs/benchmarks/solr-order.md), both Solr backends answered 0.6–0.8 ms slower at p50
     * right after the embedded index's search (in this process) than after another backend's, and in
     * the fixed order only Marsad on SolrCloud came after it.
     */
    static <T> Map<String, T> shuffled(Map<String, T> backends, Random order) {
        var names = new ArrayList<>(backends.keySet());
        Collections.shuffle(names, order);
        var result = new LinkedHashMap<String, T>();
        for (String name : names) result.put(name, backends.get(name));
        return result;
    }

    private static void measure(
            PrintWriter out,
            Map<EvaluationPart, List<KnownItem>> parts,
            List<KnownItem> all,
            Map<String, Searcher> searchers,
            Random order) {
        var nanos = new LinkedHashMap<String, long[]>();
        // per backend and query: whether it took the query right after the embedded index (the first searcher)
        var afterFirst = new LinkedHashMap<String, boolean[]>();
        var found = new LinkedHashMap<String, Map<EvaluationPart, Integer>>();
        var timedOut = new HashMap<String, Integer>();
        // the queries that find nothing on Marsad's embedded index (the first searcher): one set of
        // queries over which every backend's search and page are reported (each misses its own)
        var missed = new boolean[all.size()];
        // each backend's respelling after its own miss, timed apart from the search (-1: none asked)
        var respelling = new LinkedHashMap<String, long[]>();
        // per backend: its misses respelt, and how many of those respellings find the known item
        var rescued = new LinkedHashMap<String, int[]>();
        // per backend: its misses whose page shows the hits holding most of the words, and how many of
        // those hold the known item in their ten
        var relaxedPages = new LinkedHashMap<String, int[]>();
        // per backend and query: whether its page leads to the known item (in its first 10; after a miss,
        // in the ten holding most of the words it shows, else in those of its respelling)
        var leads = new LinkedHashMap<String, boolean[]>();
        var partOf = new EvaluationPart[all.size()];
        String marsadFirst = searchers.keySet().iterator().next();
        searchers.keySet().forEach(name -> {
            nanos.put(name, new long[all.size()]);
            long[] none = new long[all.size()];
            Arrays.fill(none, -1);
            respelling.put(name, none);
            rescued.put(name, new int[2]);
            relaxedPages.put(name, new int[2]);
            leads.put(name, new boolean[all.size()]);
            found.put(name, new EnumMap<>(EvaluationPart.class));
            afterFirst.put(name, new boolean[all.size()]);
        });
        int q = 0;
        // the backend asked last, across queries: the first of a query follows the last of the one before
        String previous = "";
        for (EvaluationPart part : parts.keySet())
            for (KnownItem item : parts.get(part)) {
                partOf[q] = part;
                for (var s : shuffled(searchers, order).entrySet()) {
                    afterFirst.get(s.getKey())[q] = previous.equals(marsadFirst);
                    previous = s.getKey();
                    long start = System.nanoTime();
                    Optional<List<String>> top = s.getValue().top10(item.query());
                    nanos.get(s.getKey())[q] = System.nanoTime() - start;
                    s.getValue().keepLastPage();
                    if (s.getKey().equals(marsadFirst))
                        missed[q] = top.isPresent() && top.get().isEmpty();
                    if (top.isPresent() && top.get().isEmpty()) {
                        Optional<Respelling> respelt = s.getValue().respell(item.query());
                        if (respelt.isPresent())
                            respelling.get(s.getKey())[q] = respelt.get().nanos();
                        Optional<String> text = respelt.flatMap(Respelling::text);
                        List<String> relaxed = respelt.map(Respelling::relaxed).orElse(List.of());
                        if (!relaxed.isEmpty()) { // the page shows these, the respelling as a link beside
                            int[] tally = relaxedPages.get(s.getKey());
                            tally[0]++;
                            if (relaxed.contains(item.targetId())) {
                                tally[1]++;
                                leads.get(s.getKey())[q] = true;
                            }
                        } else if (text.isPresent()) { // not timed: does the respelt query find the known item?
                            int[] tally = rescued.get(s.getKey());
                            tally[0]++;
                            boolean leadsThere = s.getValue()
                                    .top10(text.get())
                                    .filter(ids -> ids.contains(item.targetId()))
                                    .isPresent();
                            s.getValue().keepLastPage();
                            if (leadsThere) {
                                tally[1]++;
                                leads.get(s.getKey())[q] = true;
                            }
                        }
                    }
                    if (top.isEmpty()) timedOut.merge(s.getKey(), 1, Integer::sum);
                    else if (top.get().contains(item.targetId())) {
                        found.get(s.getKey()).merge(part, 1, Integer::sum);
                        leads.get(s.getKey())[q] = true;
                    }
                }
                q++;
            }
        Map<String, long[]> pages = MissCosts.pages(nanos, respelling);
        out.printf(
                Locale.ROOT,
                "search: %d queries, first page of 10 with facets and highlighting (after a warm-up pass); a search past"
                        + " Marsad's 1 s budget counts as a miss; page = the search, plus after the backend's own miss"
                        + " what its page asks then (Marsad: the search with most words required, and the"
                        + " respelling; stock: the spellcheck); R@10 = the search's ten (every word required)%n"
                        + "  %-26s %8s %8s %8s %8s %12s %12s %10s%n",
                all.size(),
                "backend",
                "page p50",
                "page p99",
                "srch p50",
                "srch p99",
                "R@10 dev",
                "R@10 unseen",
                "timed out");
        for (String name : searchers.keySet()) {
            double[] page = percentiles(pages.get(name));
            double[] search = percentiles(nanos.get(name));
            out.printf(
                    Locale.ROOT,
                    "  %-26s %8.1f %8.1f %8.1f %8.1f %12.3f %12.3f %10d%n",
                    name,
                    page[0],
                    page[1],
                    search[0],
                    search[1],
                    found.get(name).getOrDefault(EvaluationPart.DEVELOPMENT, 0)
                            / (double) parts.get(EvaluationPart.DEVELOPMENT).size(),
                    found.get(name).getOrDefault(EvaluationPart.UNSEEN, 0)
                            / (double) parts.get(EvaluationPart.UNSEEN).size(),
                    timedOut.getOrDefault(name, 0));
        }
        reportOrder(out, searchers.keySet(), marsadFirst, nanos, afterFirst);
        reportMisses(out, searchers.keySet(), nanos, pages, missed);
        MissCosts.report(out, pages, respelling);
        rescued.forEach((name, tally) -> {
            if (tally[0] > 0)
                out.printf(
                        Locale.ROOT,
                        "  %-26s respellings after its misses (those whose page shows no relaxed hits): %d, of which %d"
                                + " find the known item in their first 10%n",
                        name,
                        tally[0],
                        tally[1]);
        });
        relaxedPages.forEach((name, tally) -> {
            if (tally[0] > 0)
                out.printf(
                        Locale.ROOT,
                        "  %-26s misses whose page shows the articles holding most words: %d, of which %d"
                                + " hold the known item in their first 10%n",
                        name,
                        tally[0],
                        tally[1]);
        });
        leads.forEach((name, led) -> out.printf(
                Locale.ROOT,
                "  %-26s page R@10 (what the reader's page shows: the search's ten, or after a miss the ten"
                        + " holding most words, else the respelling's ten): dev %.3f, unseen %.3f%n",
                name,
                pageRecall(led, partOf, EvaluationPart.DEVELOPMENT),
                pageRecall(led, partOf, EvaluationPart.UNSEEN)));
        int[] common = IntStream.range(0, all.size()).filter(i -> missed[i]).toArray();
        leads.forEach((name, led) -> out.printf(
                Locale.ROOT,
                "  %-26s pages leading to the known item (first 10 of the search; after a miss, of the hits"
                        + " holding most words, else of the respelling) over the embedded index's %d misses:"
                        + " %d%n",
                name,
                common.length,
                java.util.Arrays.stream(common).filter(i -> led[i]).count()));
        List<String> names = List.copyOf(searchers.keySet());
        for (String peer : names.subList(2, names.size())) {
            double[] page = ratio(percentiles(pages.get(names.get(1))), percentiles(pages.get(peer)));
            double[] search = ratio(percentiles(nanos.get(names.get(1))), percentiles(nanos.get(peer)));
            out.printf(
                    Locale.ROOT,
                    "  Marsad on SolrCloud / %s, page: p50 ×%.2f, p99 ×%.2f (goal: at most ×1.5)%n"
                            + "  %-26s search only (what a hit costs): p50 ×%.2f, p99 ×%.2f%n",
                    peer,
                    page[0],
                    page[1],
                    "",
                    search[0],
                    search[1]);
        }
    }

    /**
     * Each backend's search p50 when it took the query right after {@code first} (the embedded index,
     * whose search runs in this process) and after any other backend: what a fixed order would have
     * put on the backend that always follows it ({@link #shuffled}).
     */
    private static void reportOrder(
            PrintWriter out,
            Set<String> names,
            String first,
            Map<String, long[]> nanos,
            Map<String, boolean[]> afterFirst) {
        out.println("  search p50 ms by the backend asked just before (order drawn per query): right after the " + first
                + " / after another");
        for (String name : names) {
            if (name.equals(first)) continue;
            boolean[] after = afterFirst.get(name);
            out.printf(
                    Locale.ROOT,
                    "  %-26s %s / %s%n",
                    name,
                    p50Of(nanos.get(name), after, true),
                    p50Of(nanos.get(name), after, false));
        }
    }

    /** "p50 (n=…)" of the times at the queries whose {@code chosen} is {@code which}; "-" when none. */
    private static String p50Of(long[] times, boolean[] chosen, boolean which) {
        long[] picked = picked(times, chosen, which);
        return picked.length == 0 ? "-" : String.format(Locale.ROOT, "%.1f (n=%d)", at(picked, 0.50), picked.length);
    }

    /** The times at the queries whose {@code chosen} is {@code which}, sorted. */
    private static long[] picked(long[] times, boolean[] chosen, boolean which) {
        return IntStream.range(0, times.length)
                .filter(i -> chosen[i] == which)
                .mapToLong(i -> times[i])
                .sorted()
                .toArray();
    }

    /** The share of {@code part}'s queries whose page leads to the known item. */
    private static double pageRecall(boolean[] led, EvaluationPart[] partOf, EvaluationPart part) {
        long asked = java.util.Arrays.stream(partOf).filter(part::equals).count();
        long found = IntStream.range(0, led.length)
                .filter(i -> partOf[i] == part && led[i])
                .count();
        return asked == 0 ? 0 : found / (double) asked;
    }

    /** p50 and p99 of nanoseconds, in milliseconds. */
    private static double[] percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new double[] {at(sorted, 0.50), at(sorted, 0.99)};
    }

    private static double[] ratio(double[] mine, double[] theirs) {
        return new double[] {mine[0] / theirs[0], mine[1] / theirs[1]};
    }

    /**
     * Every backend's search and page (search plus its own respelling, if it missed too) over one
     * common set of queries, those Marsad's embedded index found nothing for, and its search over the
     * others, p50 / p99 with the number of queries beside (with a few dozen, p99 is the slowest).
     */
    private static void reportMisses(
            PrintWriter out,
            Set<String> names,
            Map<String, long[]> nanos,
            Map<String, long[]> pages,
            boolean[] missed) {
        int misses = 0;
        for (boolean m : missed) if (m) misses++;
        out.printf(
                Locale.ROOT,
                "  queries the embedded index finds nothing for: %d of %d; p50 / p99 ms over them (search, page)"
                        + " and over the others (search):%n",
                misses,
                missed.length);
        for (String name : names)
            out.printf(
                    Locale.ROOT,
                    "  %-26s those n=%d: search %s, page %s; the others n=%d: search %s%n",
                    name,
                    misses,
                    p50p99(nanos.get(name), missed, true),
                    p50p99(pages.get(name), missed, true),
                    missed.length - misses,
                    p50p99(nanos.get(name), missed, false));
    }

    /** "p50 / p99" of the times at the queries whose {@code missed} is {@code which}; "-" when none. */
    private static String p50p99(long[] times, boolean[] missed, boolean which) {
        long[] chosen = picked(times, missed, which);
        if (chosen.length == 0) return "-";
        return String.format(Locale.ROOT, "%.1f / %.1f", at(chosen, 0.5), at(chosen, 0.99));
    }

    private static long folderBytes(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            long total = 0;
            for (Path f : files.filter(Files::isRegularFile).toList()) total += Files.size(f);
            return total;
        }
    }

    /** The {@code q} quantile of sorted nanoseconds, in milliseconds (the nearest rank below). */
    static double at(long[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))] / 1e6;
    }
}
