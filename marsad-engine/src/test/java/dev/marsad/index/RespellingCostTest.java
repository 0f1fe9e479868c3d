package dev.marsad.index;

import static dev.marsad.index.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.arabic.ArabicNormalizer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexReader.CacheHelper;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOBooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 (p99): what a respelling costs the embedded index, counted on a real index over several
 * segments, not timed. On all of SaudiNewsNet most of a miss's time went to looking the same terms
 * up in every segment's term dictionary again for each text counted (the reader's other words and
 * the filters are in every one of a few hundred texts).
 */
class RespellingCostTest {

    /** Articles written per commit: several segments, as an index written by the pipeline has. */
    private static final int SEGMENTS = 3;

    @TempDir
    Path dir;

    /**
     * A word mistyped beside two words that find something: many of its respellings are words of
     * some article (so the estimates cannot drop them) but never beside the other two, so each is
     * counted in its query; the reader's other words are looked up once per segment, not once per
     * text counted.
     */
    @Test
    void looksEachTermUpOncePerSegmentHoweverManyTextsItCounts() throws IOException {
        String typed = "بتجدرسفلعشز";
        String normal = ArabicNormalizer.SEARCH.normalize(typed);
        List<String> spellings = QuerySuggester.edits(typed).stream()
                .filter(e -> !ArabicNormalizer.SEARCH.normalize(e).equals(normal))
                .limit(40)
                .toList();
        try (var index = LuceneArticleIndex.open(dir.resolve("index"))) {
            var articles = new ArrayList<IndexedArticle>();
            articles.add(article(
                    "g1",
                    "قافلة مساعدات تصل إلى غزة",
                    "2023-10-02T06:00:00Z",
                    "صحيفة الساحل",
                    List.of("وصلت قافلة المساعدات إلى غزة عبر معبر رفح صباح اليوم.")));
            for (int i = 0; i < spellings.size(); i++)
                articles.add(article(
                        "r" + i,
                        "تقرير " + i,
                        "2023-11-01T06:00:00Z",
                        "موقع الشرق",
                        // غزة in every segment: a term a segment lacks is looked up again by Lucene's
                        // assertions (TermQuery's termNotInReader), which tests run with
                        List.of(spellings.get(i) + " في غزة")));
            for (int i = 0; i < articles.size(); i++) {
                index.put(articles.get(i));
                if ((i + 1) % (articles.size() / SEGMENTS + 1) == 0) index.commit();
            }
            index.commit();
        }
        var seeks = new ConcurrentHashMap<String, AtomicInteger>();
        var counts = new AtomicInteger();
        try (var reader = new CountingReader(DirectoryReader.open(FSDirectory.open(dir.resolve("index"))), seeks)) {
            int segments = reader.leaves().size();
            assertThat(segments).as("segments").isGreaterThan(1);
            var searcher = new IndexSearcher(reader) {
                @Override
                public int count(Query query) throws IOException {
                    counts.incrementAndGet();
                    return super.count(query);
                }
            };
            searcher.setQueryCache(null); // every count reads the index, as a first search of a term does
            var search = searchWithoutArticles();
            search.suggest(searcher, SearchQuery.of("قافلة " + typed + " غزة"), Duration.ofMinutes(1));
            assertThat(counts.get()).as("texts counted").isGreaterThan(spellings.size() / 2);
            // a word of the reader's query and a filter's term, in every text counted
            for (String term :
                    List.of(IndexFields.BODY + ":" + termOf("غزة"), IndexFields.KIND + ":" + IndexFields.KIND_ARTICLE))
                assertThat(seeks.getOrDefault(term, new AtomicInteger()).get())
                        .as("lookups of %s over %d texts counted in %d segments", term, counts.get(), segments)
                        .isPositive()
                        .isLessThanOrEqualTo(segments);
        }
    }

    /**
     * Issue 13 (p99): a count that runs past the respelling's time limit is stopped by the searcher's
     * timeout, not only the next one refused, and its partial figure is never used: with a timeout
     * that has already run out, the respelling that the same index gives without one is not given.
     */
    @Test
    void aCountStoppedAtTheTimeLimitGivesNoRespelling() throws IOException {
        try (var index = LuceneArticleIndex.open(dir.resolve("index"))) {
            index.put(article(
                    "k1",
                    "اشتباكات في قره باخ",
                    "2023-09-20T06:00:00Z",
                    "صحيفة الساحل",
                    List.of("تجددت الاشتباكات في إقليم قره باخ صباح اليوم.")));
            index.commit();
        }
        try (var reader = DirectoryReader.open(FSDirectory.open(dir.resolve("index")))) {
            var search = searchWithoutArticles();
            SearchQuery missed = SearchQuery.of("قرهباخ");
            assertThat(search.suggest(new IndexSearcher(reader), missed, Duration.ofMinutes(1)))
                    .as("without a timeout")
                    .contains("قره باخ");
            var asked = new AtomicInteger();
            var counts = new AtomicInteger();
            var timed = new IndexSearcher(reader) {
                @Override
                public int count(Query query) throws IOException {
                    counts.incrementAndGet();
                    return super.count(query);
                }
            };
            timed.setTimeout(() -> {
                asked.incrementAndGet();
                return true; // the limit has passed
            });
            assertThat(search.suggest(timed, missed, Duration.ofMinutes(1)))
                    .as("counts stopped by the timeout")
                    .isEmpty();
            assertThat(asked.get()).as("the timeout was asked during a count").isPositive();
            // the first count stopped ends the respelling: its figure is not a "finds nothing"
            assertThat(counts.get()).as("counts run").isLessThanOrEqualTo(2);
        }
    }

    /** The embedded index's search over a reader of its own, reading no article. */
    private static ArticleSearch searchWithoutArticles() {
        return new ArticleSearch(
                IndexAnalyzer.create(),
                new ReaderStates(new FacetsConfig(), d -> {
                    throw new AssertionError("no article is read");
                }),
                (s, ids) -> List.of(),
                (s, ids) -> List.of(),
                Duration.ofMinutes(1));
    }

    /** The indexed form of a word of the body. */
    private static String termOf(String word) {
        try (var stream = IndexAnalyzer.wordsOnly().tokenStream(IndexFields.BODY, word)) {
            var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            stream.reset();
            assertThat(stream.incrementToken()).as("a term for " + word).isTrue();
            String text = term.toString();
            stream.end();
            return text;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A reader that counts each lookup of a term in a segment's term dictionary, by field and term. */
    private static final class CountingReader extends FilterDirectoryReader {
        private final Map<String, AtomicInteger> seeks;

        CountingReader(DirectoryReader in, Map<String, AtomicInteger> seeks) throws IOException {
            super(in, new SubReaderWrapper() {
                @Override
                public LeafReader wrap(LeafReader reader) {
                    return new CountingLeaf(reader, seeks);
                }
            });
            this.seeks = seeks;
        }

        @Override
        protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
            return new CountingReader(in, seeks);
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return null;
        }
    }

    private static final class CountingLeaf extends FilterLeafReader {
        private final Map<String, AtomicInteger> seeks;

        CountingLeaf(LeafReader in, Map<String, AtomicInteger> seeks) {
            super(in);
            this.seeks = seeks;
        }

        @Override
        public Terms terms(String field) throws IOException {
            Terms terms = super.terms(field);
            if (terms == null) return null;
            return new FilterTerms(terms) {
                @Override
                public TermsEnum iterator() throws IOException {
                    return new FilterTermsEnum(super.iterator()) {
                        @Override
                        public boolean seekExact(BytesRef text) throws IOException {
                            seeks.computeIfAbsent(field + ":" + text.utf8ToString(), k -> new AtomicInteger())
                                    .incrementAndGet();
                            return super.seekExact(text);
                        }

                        @Override
                        public IOBooleanSupplier prepareSeekExact(BytesRef text) throws IOException {
                            seeks.computeIfAbsent(field + ":" + text.utf8ToString(), k -> new AtomicInteger())
                                    .incrementAndGet();
                            return super.prepareSeekExact(text);
                        }
                    };
                }
            };
        }

        @Override
        public CacheHelper getCoreCacheHelper() {
            return null;
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return null;
        }
    }
}
