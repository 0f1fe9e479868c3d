package dev.marsad.bench.arabic;

import dev.marsad.arabic.lucene.MarsadArabicAnalyzer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad bench search}: known-item search on SaudiNewsNet. Every article (title + body) is
 * indexed in a temporary Lucene directory once per analyzer; a few thousand headlines, chosen and
 * rewritten the way readers type ({@link ReaderQueryRewriter}, seeded), are the queries, each term
 * a SHOULD clause under BM25; the article the headline came from is the one right answer. Reports
 * MRR@10 and recall@10 for StandardAnalyzer, Lucene's ArabicAnalyzer and Marsad's analyzer. The
 * queries come from two parts of the corpus ({@link EvaluationPart}, by article id, half each): the
 * development part and the unseen part, scored side by side over the same index.
 */
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = "Known-item search (SaudiNewsNet): MRR@10 and recall@10 per analyzer, same queries.")
public final class SearchCommand implements Callable<Integer> {

    /** Results looked at per query. */
    static final int CUTOFF = 10;

    /** Headlines with fewer Arabic words than this are too short to make a query from. */
    static final int MIN_TITLE_WORDS = 4;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--data",
            description = "SaudiNewsNet folder with *.jsonl.gz (default: ${DEFAULT-VALUE})",
            defaultValue = "../shared/data/saudinewsnet")
    Path data;

    /** Salt of the development/unseen split of the query articles. */
    static final String SPLIT = "marsad-search";

    /** Share of the articles whose headlines make unseen queries. */
    static final int UNSEEN_PERCENT = 50;

    @Option(
            names = "--queries",
            description = "number of queries per part (default: ${DEFAULT-VALUE})",
            defaultValue = "3000")
    int queryCount;

    @Option(
            names = "--seed",
            description = "seed for choosing and rewriting headlines (default: ${DEFAULT-VALUE})",
            defaultValue = "20230920")
    long seed;

    @Option(
            names = "--limit",
            description = "index at most this many articles, 0 = all (default: ${DEFAULT-VALUE})",
            defaultValue = "0")
    int limit;

    /** One query and the id of the article it should find. */
    public record KnownItem(String query, String targetId) {}

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(data)) {
            out.println("skipped: " + data + " not found (give the SaudiNewsNet folder with --data)");
            return 0;
        }
        List<NewsArticle> articles = NewsArticle.readAll(data, limit);
        var parts = new EnumMap<EvaluationPart, List<KnownItem>>(EvaluationPart.class);
        for (EvaluationPart part : EvaluationPart.values()) parts.put(part, knownItems(articles, part));
        out.printf(
                Locale.ROOT,
                "%d articles indexed; queries (seed %d) from headlines of the development part: %d, of the unseen"
                        + " part: %d, e.g.:%n",
                articles.size(),
                seed,
                parts.get(EvaluationPart.DEVELOPMENT).size(),
                parts.get(EvaluationPart.UNSEEN).size());
        parts.get(EvaluationPart.DEVELOPMENT).stream().limit(3).forEach(i -> out.println("  " + i.query()));
        out.printf(Locale.ROOT, "%-38s %-12s %8s %10s %10s%n", "analyzer", "part", "MRR@10", "recall@10", "index s");
        for (Map.Entry<String, Supplier<Analyzer>> a : analyzers().entrySet()) {
            try (Analyzer analyzer = a.getValue().get()) {
                for (Map.Entry<EvaluationPart, Result> r :
                        evaluate(analyzer, articles, parts).entrySet()) {
                    out.printf(
                            Locale.ROOT,
                            "%-38s %-12s %8.4f %10.4f %10.1f%n",
                            a.getKey(),
                            r.getKey().label(),
                            r.getValue().mrr(),
                            r.getValue().recall(),
                            r.getValue().indexSeconds());
                }
            }
        }
        return 0;
    }

    static Map<String, Supplier<Analyzer>> analyzers() {
        var all = new LinkedHashMap<String, Supplier<Analyzer>>();
        all.put("Lucene StandardAnalyzer", StandardAnalyzer::new);
        all.put("Lucene ArabicAnalyzer", ArabicAnalyzer::new);
        all.put(
                "MarsadArabicAnalyzer (no name keys)",
                () -> new MarsadArabicAnalyzer(MarsadArabicAnalyzer.NameKeys.OMIT));
        all.put("MarsadArabicAnalyzer", MarsadArabicAnalyzer::new);
        return all;
    }

    /**
     * Headlines of one part that occur once in the corpus and have enough words, in a seeded order,
     * rewritten.
     */
    private List<KnownItem> knownItems(List<NewsArticle> articles, EvaluationPart part) {
        var titles = new LinkedHashMap<String, String>();
        for (NewsArticle a : articles) titles.put(a.id(), a.title());
        return knownItems(titles, part, queryCount, seed);
    }

    /**
     * The known-item queries of this bench over any set of articles (other benches reuse them, such
     * as {@code bench solr}): headlines of one part that occur once in the set and have enough words,
     * in a seeded order, rewritten as readers type them; at most {@code count}.
     *
     * @param titles each article's headline by corpus id, in a fixed order (it decides the queries)
     */
    public static List<KnownItem> knownItems(Map<String, String> titles, EvaluationPart part, int count, long seed) {
        var titleCount = new HashMap<String, Integer>();
        for (String title : titles.values()) titleCount.merge(title, 1, Integer::sum);
        var candidates = new ArrayList<Map.Entry<String, String>>();
        for (Map.Entry<String, String> a : titles.entrySet()) {
            if (titleCount.get(a.getValue()) == 1
                    && a.getValue().split("\\s+").length >= MIN_TITLE_WORDS
                    && EvaluationPart.of(SPLIT, a.getKey(), UNSEEN_PERCENT) == part) {
                candidates.add(a);
            }
        }
        var random = new Random(seed);
        Collections.shuffle(candidates, random);
        var items = new ArrayList<KnownItem>();
        for (Map.Entry<String, String> a : candidates) {
            if (items.size() >= count) break;
            String query = ReaderQueryRewriter.rewrite(a.getValue(), random);
            if (!query.isEmpty()) items.add(new KnownItem(query, a.getKey()));
        }
        return items;
    }

    /** MRR@10, recall@10 and indexing time of one analyzer. */
    record Result(double mrr, double recall, double indexSeconds) {}

    private static Map<EvaluationPart, Result> evaluate(
            Analyzer analyzer, List<NewsArticle> articles, Map<EvaluationPart, List<KnownItem>> parts)
            throws IOException {
        Path dir = Files.createTempDirectory("marsad-bench-search");
        try (var directory = FSDirectory.open(dir)) {
            long start = System.nanoTime();
            try (var writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(256))) {
                for (NewsArticle a : articles) {
                    var doc = new Document();
                    doc.add(new StoredField("id", a.id()));
                    doc.add(new TextField("text", a.title() + "\n" + a.content(), Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            try (var reader = DirectoryReader.open(directory)) {
                var searcher = new IndexSearcher(reader);
                var results = new EnumMap<EvaluationPart, Result>(EvaluationPart.class);
                for (Map.Entry<EvaluationPart, List<KnownItem>> part : parts.entrySet()) {
                    List<KnownItem> items = part.getValue();
                    double reciprocalRanks = 0;
                    int found = 0;
                    for (KnownItem item : items) {
                        int rank = rank(searcher, analyzer, item);
                        if (rank > 0) {
                            found++;
                            reciprocalRanks += 1.0 / rank;
                        }
                    }
                    results.put(
                            part.getKey(),
                            new Result(reciprocalRanks / items.size(), (double) found / items.size(), seconds));
                }
                return results;
            }
        } finally {
            deleteRecursively(dir);
        }
    }

    /** 1-based rank of the target in the top {@link #CUTOFF}, or 0. */
    private static int rank(IndexSearcher searcher, Analyzer analyzer, KnownItem item) throws IOException {
        var query = new BooleanQuery.Builder();
        int clauses = 0;
        for (String term : terms(analyzer, item.query())) {
            query.add(new TermQuery(new Term("text", term)), BooleanClause.Occur.SHOULD);
            clauses++;
        }
        if (clauses == 0) return 0;
        ScoreDoc[] hits = searcher.search(query.build(), CUTOFF).scoreDocs;
        var stored = searcher.storedFields();
        for (int i = 0; i < hits.length; i++) {
            if (item.targetId().equals(stored.document(hits[i].doc).get("id"))) return i + 1;
        }
        return 0;
    }

    /** The distinct terms {@code analyzer} makes of {@code text}, each to become one SHOULD clause. */
    public static List<String> terms(Analyzer analyzer, String text) {
        var terms = new LinkedHashSet<String>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            var term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) terms.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse query '" + text + "'", e);
        }
        return List.copyOf(terms);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Collections.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
