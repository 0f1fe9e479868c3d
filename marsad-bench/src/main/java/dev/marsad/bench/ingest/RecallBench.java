package dev.marsad.bench.ingest;

import dev.marsad.bench.arabic.EvaluationPart;
import dev.marsad.bench.arabic.SearchCommand;
import dev.marsad.bench.arabic.SearchCommand.KnownItem;
import dev.marsad.crawl.Capture;
import dev.marsad.index.LuceneArticleIndex;
import dev.marsad.index.QueryRejected;
import dev.marsad.index.SearchQuery;
import dev.marsad.index.SearchResult;
import dev.marsad.index.SearchTimedOut;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad bench recall}: known-item recall of the embedded index on a kept index folder, so
 * that ranking and query changes can be scored without ingesting again.
 *
 * <ol>
 *   <li>The first run ingests the SaudiNewsNet subset ({@code bench solr}'s: every k-th article by
 *       date, rendered in the demo layouts) through the whole pipeline into {@code --index}/marsad;
 *       later runs open it as it is. A change of index-time analysis needs a fresh folder.
 *   <li>The stock chain's peer, Lucene's {@code ArabicAnalyzer} over title and body with every word
 *       required in either (title weighted 2, as the stock Solr collection's edismax), is indexed
 *       once into {@code --index}/stock.
 *   <li>{@code bench solr}'s known-item queries of one part are asked of both with the current
 *       build's query code: recall@10, MRR@10, the search's p50/p99 over {@code --passes} timed
 *       passes, the two interleaved query by query. For the development part only, every failure is
 *       listed (query, target headline, what ranked above it); the unseen part gives figures only.
 *   <li>Marsad is scored twice: its search alone (every word required), and the reader's page ({@link
 *       dev.marsad.index.ArticleIndex#searchAndSuggest}): after a search that finds nothing, the
 *       articles that hold most of the words, else the ten of the respelling; the misses' search and
 *       page times are printed apart. The failures listed are the page's.
 * </ol>
 */
@Command(
        name = "recall",
        mixinStandardHelpOptions = true,
        description = "Known-item recall@10 and MRR of the embedded index against Lucene's stock Arabic chain on a"
                + " kept index of a SaudiNewsNet subset (ingested on the first run), with the development part's"
                + " failures listed.")
public final class RecallBench implements Callable<Integer> {

    @Option(
            names = "--data",
            description = "Shared data folder with saudinewsnet/ (default: the nearest ../shared/data).")
    Path data;

    @Option(
            names = "--index",
            required = true,
            description = "Folder that keeps the ingested index (marsad/) and the stock peer (stock/) between runs.")
    Path index;

    @Option(
            names = "--articles",
            defaultValue = "22905",
            description = "Articles of the subset, every k-th by date, as bench solr (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(
            names = "--queries",
            defaultValue = "150",
            description = "Known-item queries of the part (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(
            names = "--seed",
            defaultValue = "20230920",
            description = "Seed of the queries, as bench solr's (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--part",
            defaultValue = "DEVELOPMENT",
            description = "DEVELOPMENT (failures listed) or UNSEEN (figures only); default: ${DEFAULT-VALUE}.")
    EvaluationPart part;

    @Option(
            names = "--passes",
            defaultValue = "3",
            description = "Timed passes after a warm-up (default: ${DEFAULT-VALUE}).")
    int passes;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Ten results at most per query. */
    private static final int PAGE = 10;

    /**
     * One query's outcome: the 1-based rank of the known item in the ten (0: not there), the ten, and
     * whether the search was rejected or ran out of time (counted as a miss, and reported).
     */
    private record Outcome(int rank, List<String> ids, boolean failed, How how) {
        Outcome(int rank, List<String> ids) {
            this(rank, ids, false, How.EVERY_WORD);
        }

        int hitCount() {
            return ids.size();
        }
    }

    /** Where a page's ten came from. */
    private enum How {
        /** The search with every word required (or the stock chain's search). */
        EVERY_WORD,
        /** After a miss, the articles that hold most of the words. */
        MOST_WORDS,
        /** After a miss with nothing holding most of the words, the respelling's search. */
        RESPELT,
        /** After a miss, nothing: no article holds most of the words and no respelling. */
        NOTHING
    }

    /** What built a kept index folder; a later run reuses the folder only when it matches. */
    static final String MANIFEST = "manifest.txt";

    /**
     * The manifest's line naming what Marsad's index holds: raised whenever a change alters what is
     * indexed, so that a folder ingested before it is refused instead of measured. 2: originals carry
     * the headlines of the copies folded into them (issue 13, {@code copy_headlines}); a folder of an
     * earlier build has no such line.
     */
    static final String INDEX_FORMAT = "index=2 (originals carry their copies' headlines)";

    /**
     * Words whose analysis a change of marsad-arabic is likely to move (clitics, stems, letters'
     * variants, a name): their terms are written into the manifest, so that an index ingested with
     * another analysis is not reused by mistake. A change that moves none of them is not caught.
     */
    static final String ANALYSIS_PROBE =
            "والسلام وبالمفاوضات للسلطة فالحكومة وسيقول بلادنا حكومته ولمنزلنا وفقراء ووزير الإلكتروني"
                    + " أذربيجان اذربيجان قره باخ كاراباخ مستشفيات المدارس يتراجعون الرياض";

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Optional<Path> found = SnnSubset.folder(data, out);
        if (found.isEmpty()) return 0;
        Path snn = found.get();
        SnnSubset.requireSizes(articles, queries, passes);
        out.println("recall bench: " + RunInfo.describe());
        var subset = SnnSubset.of(SnnArticle.readAll(snn), articles);
        List<SnnArticle> chosen = subset.chosen();
        List<Capture> pages = subset.pages();
        Map<String, String> idByUrl = subset.idByUrl();
        Map<String, String> titleById = subset.titles();
        // drawn as bench solr draws each part (the same seed for each)
        List<KnownItem> items = SearchCommand.knownItems(titleById, part, queries, seed);
        Path marsadDir = index.resolve("marsad");
        String manifest = manifest(snn);
        Path manifestFile = index.resolve(MANIFEST);
        if (Files.isDirectory(marsadDir)) requireSameBuild(manifestFile, manifest);
        else {
            out.printf(Locale.ROOT, "ingesting %d pages into %s%n", pages.size(), marsadDir);
            out.flush();
            try (var fresh = LuceneArticleIndex.open(marsadDir)) {
                WorkerIngest.Result r = WorkerIngest.run(pages, List.of(fresh));
                out.printf(
                        Locale.ROOT,
                        "  %.1f pages/s, %.1f s, %d stored, other %s%n",
                        r.perSecond(pages.size()),
                        r.seconds(),
                        r.stored(),
                        r.others());
            }
        }
        Path stockDir = index.resolve("stock");
        if (!Files.isDirectory(stockDir)) indexStock(chosen, stockDir);
        if (!Files.exists(manifestFile)) Files.writeString(manifestFile, manifest); // both complete
        try (var marsad = LuceneArticleIndex.open(marsadDir);
                var stockDirectory = FSDirectory.open(stockDir);
                var stockReader = DirectoryReader.open(stockDirectory);
                var analyzer = new ArabicAnalyzer()) {
            Map<String, List<String>> folded = SolrBench.foldedCopies(marsad, idByUrl);
            var stock = new IndexSearcher(stockReader);
            out.printf(
                    Locale.ROOT,
                    "%d articles, %d known items of the %s part (seed %d); embedded index holds %d%n",
                    chosen.size(),
                    items.size(),
                    part.label(),
                    seed,
                    marsad.articleCount());
            boolean[] isFolded = new boolean[items.size()];
            for (int q = 0; q < items.size(); q++) {
                String target = items.get(q).targetId();
                isFolded[q] = folded.values().stream().anyMatch(c -> c.contains(target));
            }
            long foldedItems =
                    IntStream.range(0, items.size()).filter(q -> isFolded[q]).count();
            out.printf(
                    Locale.ROOT,
                    "  %d of the known items are folded copies (found on Marsad when their original is in the ten)%n",
                    foldedItems);
            var marsadOutcomes = new Outcome[items.size()];
            var pageOutcomes = new Outcome[items.size()];
            // the page as it was before it showed the articles holding most words: after a miss, the
            // respelling's ten only
            var respeltOutcomes = new Outcome[items.size()];
            var stockOutcomes = new Outcome[items.size()];
            Map<String, String> originalOf = originalOf(folded);
            long[][] marsadNanos = new long[passes][items.size()];
            long[][] pageNanos = new long[passes][items.size()];
            // after a miss, the respelling alone, timed apart: the page's time less the search's and
            // this is what the search with most words required costs
            long[][] respellingNanos = new long[passes][items.size()];
            // and the search with most words required alone, timed apart too
            long[][] mostWordsNanos = new long[passes][items.size()];
            long[][] stockNanos = new long[passes][items.size()];
            for (int pass = -1; pass < passes; pass++)
                for (int q = 0; q < items.size(); q++) {
                    KnownItem item = items.get(q);
                    long start = System.nanoTime();
                    marsadOutcomes[q] = marsad(marsad, item, idByUrl, folded);
                    long between = System.nanoTime();
                    stockOutcomes[q] = stock(stock, analyzer, item);
                    long end = System.nanoTime();
                    // the reader's page: after a miss, the page's own call (its search again, the hits
                    // holding most words, the respelling), timed on its own
                    long pageStart = System.nanoTime();
                    pageOutcomes[q] = marsadOutcomes[q].hitCount() > 0 || marsadOutcomes[q].failed()
                            ? marsadOutcomes[q]
                            : page(marsad, item, idByUrl, folded);
                    long pageEnd = System.nanoTime();
                    Optional<String> suggestion =
                            pageOutcomes[q] != marsadOutcomes[q] ? respell(marsad, item) : Optional.empty();
                    long respelt = System.nanoTime();
                    if (pageOutcomes[q] != marsadOutcomes[q]) mostWords(marsad, item);
                    long relaxed = System.nanoTime();
                    respeltOutcomes[q] = pageOutcomes[q] == marsadOutcomes[q]
                            ? marsadOutcomes[q]
                            : respelt(marsad, suggestion, item, idByUrl, folded);
                    if (pass >= 0) {
                        marsadNanos[pass][q] = between - start;
                        stockNanos[pass][q] = end - between;
                        pageNanos[pass][q] =
                                marsadOutcomes[q] == pageOutcomes[q] ? between - start : pageEnd - pageStart;
                        respellingNanos[pass][q] = respelt - pageEnd;
                        mostWordsNanos[pass][q] = relaxed - respelt;
                    }
                }
            out.printf(
                    Locale.ROOT,
                    "  %-28s %7s %7s %s%n",
                    "",
                    "R@10",
                    "MRR@10",
                    String.format(
                            Locale.ROOT, "search p50 / p99 ms per pass (load %.2f at the end)", RunInfo.loadAverage()));
            out.println(
                    "  search = every word required; page = what the reader's page shows: the search's ten, or"
                            + " after a miss the ten that hold most of the words, else the respelling's ten; respelling only ="
                            + " the page before it showed the articles holding most words (after a miss, the respelling's ten)");
            report(out, "Marsad embedded, search", marsadOutcomes, marsadNanos);
            report(out, "Marsad embedded, page", pageOutcomes, pageNanos);
            report(out, "  page, respelling only", respeltOutcomes, new long[0][]);
            report(out, "stock ArabicAnalyzer, AND", stockOutcomes, stockNanos);
            reportFolded(out, isFolded, marsadOutcomes, pageOutcomes, stockOutcomes);
            reportMisses(out, marsadOutcomes, pageOutcomes, marsadNanos, pageNanos, respellingNanos, mostWordsNanos);
            if (part == EvaluationPart.DEVELOPMENT)
                listFailures(out, items, pageOutcomes, stockOutcomes, titleById, originalOf);
        }
        return 0;
    }

    /**
     * How many of the known items that are folded copies each side finds in its ten: Marsad by their
     * original (which carries their headlines since issue 13's copy headlines), the stock chain by the
     * copy itself.
     */
    private static void reportFolded(
            PrintWriter out, boolean[] isFolded, Outcome[] search, Outcome[] page, Outcome[] stock) {
        int all = 0;
        int[] found = new int[3];
        for (int q = 0; q < isFolded.length; q++) {
            if (!isFolded[q]) continue;
            all++;
            if (search[q].rank() > 0) found[0]++;
            if (page[q].rank() > 0) found[1]++;
            if (stock[q].rank() > 0) found[2]++;
        }
        out.printf(
                Locale.ROOT,
                "  known items that are folded copies: %d; in the ten of Marsad's search %d, of its page %d;"
                        + " of the stock chain %d%n",
                all,
                found[0],
                found[1],
                found[2]);
    }

    private static void report(PrintWriter out, String name, Outcome[] outcomes, long[][] nanos) {
        int found = 0;
        double reciprocal = 0;
        for (Outcome o : outcomes)
            if (o.rank() > 0) {
                found++;
                reciprocal += 1.0 / o.rank();
            }
        var times = new StringBuilder();
        for (long[] pass : nanos) {
            long[] sorted = pass.clone();
            Arrays.sort(sorted);
            times.append(
                    String.format(Locale.ROOT, " %.2f / %.2f;", SolrBench.at(sorted, 0.5), SolrBench.at(sorted, 0.99)));
        }
        long failed = Arrays.stream(outcomes).filter(Outcome::failed).count();
        out.printf(
                Locale.ROOT,
                "  %-28s %7.3f %7.3f %s%s%n",
                name,
                found / (double) outcomes.length,
                reciprocal / outcomes.length,
                times,
                failed == 0 ? "" : " (" + failed + " rejected or timed out in the last pass: counted as misses)");
    }

    /**
     * What this run would build: the index format ({@link #INDEX_FORMAT}), the subset, the data it
     * comes from, and the analysis of {@link #ANALYSIS_PROBE}.
     */
    private String manifest(Path snn) {
        try (var analyzer = new dev.marsad.arabic.lucene.MarsadArabicAnalyzer()) {
            return manifestOf(articles, snn, String.join(" ", SearchCommand.terms(analyzer, ANALYSIS_PROBE)));
        }
    }

    static String manifestOf(int articles, Path snn, String analysis) {
        return INDEX_FORMAT + "\narticles=" + articles + "\ndata="
                + snn.toAbsolutePath().normalize() + "\nanalysis=" + analysis + "\n";
    }

    /** Refuses a kept folder that another subset, data folder or analysis built, or whose ingest did not finish. */
    static void requireSameBuild(Path manifestFile, String expected) throws IOException {
        if (!Files.exists(manifestFile))
            throw new IllegalStateException("the index folder " + manifestFile.getParent() + " has no " + MANIFEST
                    + ": its ingest did not finish, or an older bench made it; delete it");
        String found = Files.readString(manifestFile);
        String format = expected.lines().findFirst().orElse("");
        if (found.lines().noneMatch(format::equals))
            throw new IllegalStateException("the index folder " + manifestFile.getParent()
                    + " was written by an older build of Marsad's index (its manifest lacks '" + format
                    + "'); delete it to ingest again");
        if (!found.equals(expected))
            throw new IllegalStateException("the index folder " + manifestFile.getParent()
                    + " was built with other settings or another analysis; delete it to ingest again\n  it has:  "
                    + found.replace("\n", "; ") + "\n  this run: " + expected.replace("\n", "; "));
    }

    private static void listFailures(
            PrintWriter out,
            List<KnownItem> items,
            Outcome[] marsad,
            Outcome[] stock,
            Map<String, String> titleById,
            Map<String, String> originalOf) {
        out.println("development failures of Marsad (rank: 0 = not in the ten; stock's rank beside):");
        for (int q = 0; q < items.size(); q++) {
            if (marsad[q].rank() > 0 && marsad[q].rank() <= 3) continue;
            KnownItem item = items.get(q);
            out.printf(
                    Locale.ROOT,
                    "- marsad %d, stock %d, hits %d: '%s'%n    target: %s%n",
                    marsad[q].rank(),
                    stock[q].rank(),
                    marsad[q].ids().size(),
                    item.query(),
                    titleById.get(item.targetId()));
            String original = originalOf.get(item.targetId());
            if (original != null)
                out.printf(
                        Locale.ROOT,
                        "    a folded copy; its original: %s%n",
                        titleById.getOrDefault(original, original));
            int above = marsad[q].rank() > 0
                    ? marsad[q].rank() - 1
                    : Math.min(3, marsad[q].ids().size());
            for (String id : marsad[q].ids().subList(0, above))
                out.printf(Locale.ROOT, "    above: %s%n", titleById.getOrDefault(id, id));
        }
    }

    /** Each folded copy's original, as SaudiNewsNet ids: the inverse of {@link SolrBench#foldedCopies}. */
    static Map<String, String> originalOf(Map<String, List<String>> folded) {
        var originalOf = new java.util.HashMap<String, String>();
        folded.forEach((original, copies) -> copies.forEach(c -> originalOf.put(c, original)));
        return originalOf;
    }

    private static Outcome marsad(
            LuceneArticleIndex index, KnownItem item, Map<String, String> idByUrl, Map<String, List<String>> folded) {
        SearchResult result;
        try {
            result = index.search(SearchQuery.of(item.query()));
        } catch (QueryRejected | SearchTimedOut e) {
            return new Outcome(0, List.of(), true, How.EVERY_WORD);
        }
        return outcome(result, item, idByUrl, folded, How.EVERY_WORD);
    }

    /**
     * What the reader's page shows after a miss ({@link dev.marsad.index.ArticleIndex#searchAndSuggest}):
     * the articles that hold most of the words, else the ten of the respelling if there is one, as
     * {@code bench solr} counts the respelling after a miss.
     */
    private static Outcome page(
            LuceneArticleIndex index, KnownItem item, Map<String, String> idByUrl, Map<String, List<String>> folded) {
        SearchResult result;
        try {
            result = index.searchAndSuggest(SearchQuery.of(item.query()));
            if (result.total() > 0)
                return outcome(result, item, idByUrl, folded, result.relaxed() ? How.MOST_WORDS : How.EVERY_WORD);
            if (result.suggestion().isEmpty()) return new Outcome(0, List.of(), false, How.NOTHING);
            result = index.search(SearchQuery.of(result.suggestion().get()));
        } catch (QueryRejected | SearchTimedOut e) {
            return new Outcome(0, List.of(), true, How.NOTHING);
        }
        return outcome(result, item, idByUrl, folded, How.RESPELT);
    }

    /** The rank of the known item in {@code result}'s hits, a folded copy found with its original. */
    private static Outcome outcome(
            SearchResult result,
            KnownItem item,
            Map<String, String> idByUrl,
            Map<String, List<String>> folded,
            How how) {
        var ids = new ArrayList<String>();
        int rank = 0;
        for (SearchResult.Hit h : result.hits()) {
            String id = idByUrl.getOrDefault(h.article().url().toString(), "?");
            ids.add(id);
            // a copy folded into this hit is found with it (shown on the original's page)
            if (rank == 0
                    && (id.equals(item.targetId())
                            || folded.getOrDefault(id, List.of()).contains(item.targetId()))) rank = ids.size();
        }
        return new Outcome(rank, ids, false, how);
    }

    /**
     * The queries whose search found nothing: how many, what their page showed instead (and how many of
     * those pages hold the known item in their ten), and their search and page times p50 / p99 per pass.
     */
    private static void reportMisses(
            PrintWriter out,
            Outcome[] search,
            Outcome[] page,
            long[][] searchNanos,
            long[][] pageNanos,
            long[][] respellingNanos,
            long[][] mostWordsNanos) {
        boolean[] missed = new boolean[search.length];
        var shown = new java.util.EnumMap<How, int[]>(How.class);
        int misses = 0;
        for (int q = 0; q < search.length; q++) {
            missed[q] = search[q].hitCount() == 0 && !search[q].failed();
            if (!missed[q]) continue;
            misses++;
            int[] tally = shown.computeIfAbsent(page[q].how(), h -> new int[2]);
            tally[0]++;
            if (page[q].rank() > 0) tally[1]++;
        }
        var kinds = new StringBuilder();
        shown.forEach((how, tally) -> kinds.append(String.format(
                Locale.ROOT,
                " %s %d (known item in the ten: %d);",
                how.name().toLowerCase(Locale.ROOT),
                tally[0],
                tally[1])));
        out.printf(Locale.ROOT, "  searches that found nothing: %d; their page shows:%s%n", misses, kinds);
        if (misses == 0) return;
        var times = new StringBuilder();
        for (int pass = 0; pass < searchNanos.length; pass++)
            times.append(String.format(
                    Locale.ROOT,
                    " search %s, page %s (alone: the respelling %s, the search with most words %s);",
                    missesP50P99(searchNanos[pass], missed),
                    missesP50P99(pageNanos[pass], missed),
                    missesP50P99(respellingNanos[pass], missed),
                    missesP50P99(mostWordsNanos[pass], missed)));
        out.printf(Locale.ROOT, "  those misses, p50 / p99 ms per pass:%s%n", times);
    }

    /** The respelling of a query that found nothing, as the page asks it (empty when rejected); timed by the caller. */
    private static Optional<String> respell(LuceneArticleIndex index, KnownItem item) {
        try {
            return index.suggest(SearchQuery.of(item.query()));
        } catch (QueryRejected | SearchTimedOut e) {
            return Optional.empty(); // the page's outcome already counts the failure
        }
    }

    /** The search with most words required, as the page asks it after a miss; timed by the caller. */
    private static void mostWords(LuceneArticleIndex index, KnownItem item) {
        try {
            index.search(SearchQuery.of(item.query()).withWords(SearchQuery.Words.MOST));
        } catch (QueryRejected | SearchTimedOut e) {
            return; // timed as it is; the page's outcome already counts the failure
        }
    }

    /** After a miss, the ten of the respelling, as the page showed before the articles holding most words. */
    private static Outcome respelt(
            LuceneArticleIndex index,
            Optional<String> suggestion,
            KnownItem item,
            Map<String, String> idByUrl,
            Map<String, List<String>> folded) {
        if (suggestion.isEmpty()) return new Outcome(0, List.of(), false, How.NOTHING);
        try {
            return outcome(index.search(SearchQuery.of(suggestion.get())), item, idByUrl, folded, How.RESPELT);
        } catch (QueryRejected | SearchTimedOut e) {
            return new Outcome(0, List.of(), true, How.NOTHING);
        }
    }

    private static String missesP50P99(long[] nanos, boolean[] missed) {
        long[] chosen = java.util.stream.IntStream.range(0, nanos.length)
                .filter(i -> missed[i])
                .mapToLong(i -> nanos[i])
                .sorted()
                .toArray();
        return String.format(Locale.ROOT, "%.2f / %.2f", SolrBench.at(chosen, 0.5), SolrBench.at(chosen, 0.99));
    }

    private static Outcome stock(IndexSearcher searcher, Analyzer analyzer, KnownItem item) {
        var query = new BooleanQuery.Builder();
        int words = 0;
        for (String word : item.query().split("\\s+"))
            for (String term : SearchCommand.terms(analyzer, word)) {
                Query title = new BoostQuery(new TermQuery(new Term("title", term)), 2f);
                Query body = new TermQuery(new Term("body", term));
                query.add(new DisjunctionMaxQuery(List.of(title, body), 0f), BooleanClause.Occur.MUST);
                words++;
            }
        if (words == 0) return new Outcome(0, List.of());
        try {
            ScoreDoc[] hits = searcher.search(query.build(), PAGE).scoreDocs;
            var stored = searcher.storedFields();
            var ids = new ArrayList<String>();
            int rank = 0;
            for (ScoreDoc hit : hits) {
                ids.add(stored.document(hit.doc).get("id"));
                if (rank == 0 && ids.getLast().equals(item.targetId())) rank = ids.size();
            }
            return new Outcome(rank, ids);
        } catch (IOException e) {
            throw new UncheckedIOException("stock search of '" + item.query() + "'", e);
        }
    }

    private static void indexStock(List<SnnArticle> chosen, Path dir) throws IOException {
        try (var directory = FSDirectory.open(dir);
                var writer = new IndexWriter(
                        directory, new IndexWriterConfig(new ArabicAnalyzer()).setRAMBufferSizeMB(128))) {
            for (SnnArticle a : chosen) {
                var doc = new Document();
                doc.add(new StringField("id", a.id(), Field.Store.YES));
                doc.add(new TextField("title", a.title(), Field.Store.NO));
                doc.add(new TextField("body", a.content(), Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.forceMerge(1);
        }
    }
}
