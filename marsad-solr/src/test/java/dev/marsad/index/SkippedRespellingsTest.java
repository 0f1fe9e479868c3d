package dev.marsad.index;

import static dev.marsad.index.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.common.util.NamedList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 (review, finding 2): the respelling after a miss does not ask the cluster to count a text
 * whose query lies within that of a text that found nothing ({@code SolrSearch.DocFreqs#findsNothing}).
 * Such a skip must not change the answer. On a real 2-node SolrCloud (2 shards × 2 replicas), a miss
 * with a pair of words that finds nothing has the respellings beside that pair skipped, while another
 * word's respelling still finds something: the suggestion must equal the embedded index's, and every
 * text the cluster was asked to count must count, in the reduced form it is sent in ({@link
 * MatchingOnly}), what its full query finds there. A {@code findsNothing} that always answered true
 * gives no suggestion, and fails.
 */
class SkippedRespellingsTest {

    /**
     * The miss: «سيف» (sword) typed for «صيف» (summer). «موجة سيف» finds nothing, so the respellings of
     * «العام» beside it (such as «العامل», which another article holds) are not asked; the respelling of
     * «سيف» then finds the article.
     */
    private static final SearchQuery MISS = SearchQuery.of("العام موجة سيف");

    private static final List<IndexedArticle> ARTICLES = List.of(
            article(
                    "r1",
                    "موجة حر قاتلة تضرب المدينة",
                    "2023-07-02T06:00:00Z",
                    "صحيفة الساحل",
                    List.of("سجلت المدينة في صيف هذا العام موجة حر قاتلة أودت بحياة عشرة أشخاص.")),
            article(
                    "r2",
                    "عرض سيف أثري في متحف القاهرة",
                    "2023-07-03T06:00:00Z",
                    "موقع الشرق",
                    List.of("يعرض المتحف سيف قائد عسكري من القرن الثاني عشر بعد ترميمه.")),
            article(
                    "r3",
                    "الشرطة تبحث عن عامل هارب",
                    "2023-07-04T06:00:00Z",
                    "بوابة الخبر",
                    List.of("قالت الشرطة إن العامل فر بعد موجة من السرقات في المدينة.")));

    private static LocalSolrCloud cloud;
    private static String address;

    @BeforeAll
    static void startCluster() {
        cloud = LocalSolrCloud.start(2);
        address = cloud.indexSpec().substring("solr:".length());
        SolrCollections.ensure(address, new SolrCollections.Layout(2, 2));
    }

    @AfterAll
    static void stopCluster() {
        if (cloud != null) cloud.close();
        cloud = null;
    }

    @Test
    void aRespellingBesideAPairThatFoundNothingIsSkippedAndTheSuggestionStaysTheEmbeddedIndexs() throws IOException {
        Optional<String> embedded = embeddedSuggestion(ARTICLES, MISS);
        assertThat(embedded).as("the embedded index's respelling").contains("العام موجة صيف");
        try (var writer = onlyOnTheCluster(ARTICLES)) {
            assertThat(writer.suggest(MISS)).as("the cluster's respelling").isEqualTo(embedded);
        }

        // the same respelling, its count requests recorded
        URI node = URI.create(address.split(",")[0]);
        var recording = new Recording(
                new HttpJdkSolrClient.Builder(node.toString()).useHttp1_1(true).build());
        try (SolrNodes nodes = SolrNodes.of(List.of(node), List.of(recording))) {
            var search = new SolrSearch(nodes, new SolrDocuments().json(), Duration.ofMinutes(1), () -> 0);
            assertThat(search.suggest(MISS, QuerySuggester.Typed.UNKNOWN)).isEqualTo(embedded);
            assertThat(recording.counted).as("texts counted").isNotEmpty();
            String filter = recording.counted.getFirst().filter();

            // every text a respelling of this miss may ask to count, by the form it is sent in
            var queries = new ArticleQueries();
            var byReducedForm = new HashMap<String, String>();
            for (String text : askable(MISS.text())) byReducedForm.putIfAbsent(reduced(queries, text), text);
            var asked = new ArrayList<String>();
            for (Recording.Counted c : recording.counted) {
                String text = byReducedForm.get(c.reduced());
                assertThat(text)
                        .as("a text the respelling asks, for %s", c.reduced())
                        .isNotNull();
                assertThat(c.count())
                        .as("the reduced form's count of '%s' against its full query's", text)
                        .isEqualTo(fullCount(recording, queries, text, filter));
                asked.add(text);
            }
            assertThat(asked).as("the pair that found nothing was counted").contains("موجة سيف");
            assertThat(asked).as("the respelling that finds").contains("العام موجة صيف");
            // «العامل» is held (another article), so only the pair that found nothing keeps it from being asked
            assertThat(asked).as("a respelling beside «موجة سيف» is not asked").doesNotContain("العامل موجة سيف");
            assertThat(fullCount(recording, queries, "العامل موجة سيف", filter)).isZero();
            assertThat(search.countsAsked()).isEqualTo(recording.counted.size());
        }
    }

    /**
     * After a page's search found nothing, the query without each word is asked with the first counts
     * ({@code QuerySuggester.leftOut}). The reader typed «سلاح» (weapon) for «صلاح» (Salah): «اللاعب
     * سلاح», the query without «المصري», finds nothing, so no respelling of «المصري» in the query is
     * counted, though «المصر» is held («مصر», another article) and «اللاعب المصر سلاح» would have been
     * asked with the other words' respellings; the suggestion stays the embedded index's. The words'
     * name keys are long enough not to be joined to their neighbours' (a joined key is an alternative
     * that the query without the word does not hold, and then nothing is skipped). Without the texts
     * left out, «اللاعب المصر سلاح» is asked and the test fails.
     */
    @Test
    void theQueryWithoutAWordThatFindsNothingKeepsThatWordsRespellingsFromBeingCounted() throws IOException {
        var miss = SearchQuery.of("اللاعب المصري سلاح");
        var articles = List.of(
                article(
                        "p1",
                        "اللاعب المصري صلاح يسجل هدفين",
                        "2023-07-02T06:00:00Z",
                        "صحيفة الساحل",
                        List.of("سجل اللاعب المصري محمد صلاح هدفين في مباراة الأمس.")),
                article(
                        "p2",
                        "الجنيه المصري يتراجع أمام الدولار",
                        "2023-07-03T06:00:00Z",
                        "موقع الشرق",
                        List.of("تراجع الجنيه المصري في تعاملات الأمس بعد قرار البنك المركزي في مصر.")),
                article(
                        "p3",
                        "الجيش يعرض سلاح دفاع جوي",
                        "2023-07-04T06:00:00Z",
                        "بوابة الخبر",
                        List.of("عرض الجيش سلاح دفاع جوي جديدا في معرض الرياض.")),
                article(
                        "p4",
                        "تهريب سلاح عبر الحدود",
                        "2023-07-05T06:00:00Z",
                        "صحيفة الساحل",
                        List.of("ضبطت السلطات شحنة سلاح مهربة عبر الحدود الشمالية.")),
                article(
                        "p5",
                        "سلاح الجو ينفذ تدريبات",
                        "2023-07-06T06:00:00Z",
                        "موقع الشرق",
                        List.of("نفذ سلاح الجو تدريبات ليلية فوق الصحراء.")));
        Optional<String> embedded = embeddedSuggestion(articles, miss);
        assertThat(embedded).as("the embedded index's respelling").contains("اللاعب المصري صلاح");
        onlyOnTheCluster(articles).close();

        URI node = URI.create(address.split(",")[0]);
        var recording = new Recording(
                new HttpJdkSolrClient.Builder(node.toString()).useHttp1_1(true).build());
        try (SolrNodes nodes = SolrNodes.of(List.of(node), List.of(recording))) {
            var search = new SolrSearch(nodes, new SolrDocuments().json(), Duration.ofMinutes(1), () -> 0);
            assertThat(search.search(miss).total()).isZero();
            assertThat(search.suggest(miss, QuerySuggester.Typed.FINDS_NOTHING))
                    .as("the cluster's respelling after the page's miss")
                    .isEqualTo(embedded);
            String filter = recording.counted.getFirst().filter();
            var queries = new ArticleQueries();
            var counts = new HashMap<String, Long>();
            for (Recording.Counted c : recording.counted) counts.put(c.reduced(), c.count());
            assertThat(counts)
                    .as("a respelling of «المصري» in the query is not asked")
                    .doesNotContainKey(reduced(queries, "اللاعب المصر سلاح"));
            assertThat(counts)
                    .as("the query without «المصري» was asked and found nothing")
                    .containsEntry(reduced(queries, "اللاعب سلاح"), 0L);
            assertThat(fullCount(recording, queries, "المصر", filter))
                    .as("«المصر» alone")
                    .isPositive();
            assertThat(counts)
                    .as("the respelling that finds")
                    .containsEntry(reduced(queries, "اللاعب المصري صلاح"), 1L);
        }
    }

    /**
     * A count asked of the one field that holds every searched term ({@link SearchedTerms}) finds what
     * the text's full query finds, on the cluster: every word of these articles alone, side by side
     * with the next, in threes, as names spelt apart and joined (keys), and with words of other
     * articles (most find nothing); a split (a phrase) is asked as it is.
     */
    @Test
    void aCountOfTheOneFieldFindsWhatTheFullQueryFinds() throws IOException {
        var articles = new ArrayList<>(ARTICLES);
        articles.add(TestArticles.article(
                "k1",
                "وفد من قره باخ يزور العاصمة",
                "2023-07-07T06:00:00Z",
                "بوابة الخبر",
                List.of("وصل وفد من إقليم كاراباخ إلى العاصمة أمس، وقال رئيس الوفد إن المحادثات بناءة.")));
        // an original whose folded copy's headline has a word found nowhere else (copy headlines)
        articles.add(TestArticles.article(
                        "h1",
                        "ضبط شحنة تمور في الميناء",
                        "2023-07-08T06:00:00Z",
                        "موقع الغرب",
                        List.of("ضبطت الجمارك شحنة تمور مخالفة للمواصفات في الميناء الجنوبي."))
                .withCopies(CopyRelations.NONE.withCopyHeadline("h2", "قراصنة التمور يخسرون شحنتهم")));
        onlyOnTheCluster(articles).close();
        var words = new ArrayList<String>();
        for (IndexedArticle a : articles)
            for (String w : (a.analyzed().article().title() + " "
                            + a.analyzed().article().plainText() + " "
                            + String.join(" ", a.copies().copyHeadlineTexts()))
                    .split("[\\s،.]+")) if (!w.isBlank()) words.add(w);
        var texts = new java.util.LinkedHashSet<String>(words);
        for (int i = 0; i + 1 < words.size(); i++) texts.add(words.get(i) + " " + words.get(i + 1));
        for (int i = 0; i + 2 < words.size(); i++)
            texts.add(words.get(i) + " " + words.get(i + 1) + " " + words.get(i + 2));
        var random = new java.util.Random(13);
        for (int i = 0; i < 150; i++)
            texts.add(words.get(random.nextInt(words.size())) + " " + words.get(random.nextInt(words.size())));
        texts.addAll(List.of("قرهباخ", "كارا باخ", "\"قره باخ\"", "قره باخ وفد", "قراصنة", "قراصنة الميناء"));

        var queries = new ArticleQueries();
        var solr = new SolrQuery("*:*");
        solr.setRows(0);
        solr.setFacet(true);
        var asked = new ArrayList<String>();
        int rewritten = 0;
        for (String text : texts) {
            Optional<org.apache.lucene.search.Query> query = queries.text(text);
            if (query.isEmpty()) continue;
            var matching = MatchingOnly.of(query.get());
            boolean one = SearchedTerms.of(matching).isPresent();
            if (one) rewritten++;
            if (text.startsWith("\""))
                assertThat(one).as("a phrase is asked as it is").isFalse();
            int k = asked.size();
            solr.set("full" + k, SolrQueryWriter.write(query.get()));
            solr.addFacetQuery("{!lucene key=full" + k + " v=$full" + k + "}");
            solr.set("one" + k, SolrQueryWriter.write(SolrSearch.counted(matching, true)));
            solr.addFacetQuery("{!lucene key=one" + k + " v=$one" + k + "}");
            asked.add(text);
        }
        assertThat(rewritten).as("texts asked of the one field").isGreaterThan(asked.size() * 9 / 10);
        try (var client = new HttpJdkSolrClient.Builder(address.split(",")[0])
                .useHttp1_1(true)
                .build()) {
            Map<String, Integer> found = client.query(SolrCollections.ARTICLES, solr, SolrRequest.METHOD.POST)
                    .getFacetQuery();
            int finding = 0;
            for (int k = 0; k < asked.size(); k++) {
                assertThat(found.get("one" + k))
                        .as("'%s' asked of the one field", asked.get(k))
                        .isEqualTo(found.get("full" + k));
                if (found.get("full" + k) > 0) finding++;
            }
            assertThat(finding).as("texts that find something").isGreaterThan(asked.size() / 3);
            int pirates = asked.indexOf("قراصنة الميناء");
            assertThat(found.get("one" + pirates))
                    .as("a word of a copy's headline only, beside one of the original's")
                    .isEqualTo(1);
        } catch (SolrServerException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The respelling of {@code miss}, which must find nothing, on an embedded index of {@code articles}. */
    private static Optional<String> embeddedSuggestion(List<IndexedArticle> articles, SearchQuery miss)
            throws IOException {
        // a generous budget: on a loaded machine a cold respelling may pass the reader-facing share
        try (var lucene = LuceneArticleIndex.inMemory(Duration.ofMinutes(1))) {
            articles.forEach(lucene::put);
            lucene.commit();
            assertThat(lucene.search(miss).total())
                    .as("'%s' on the embedded index", miss.text())
                    .isZero();
            return lucene.suggest(miss);
        }
    }

    /** A writer of the cluster's index, which holds {@code articles} and nothing else, committed. */
    private static SolrArticleIndex onlyOnTheCluster(List<IndexedArticle> articles) {
        var writer = SolrArticleIndex.open(address, IndexLocation.Access.READ_WRITE, Duration.ofMinutes(1));
        writer.deleteAll();
        articles.forEach(writer::put);
        writer.commit();
        return writer;
    }

    /** The count of {@code text}'s full query (boosts and nesting kept) under {@code filter}, on the cluster. */
    private static long fullCount(SolrClient client, ArticleQueries queries, String text, String filter) {
        var solr = new SolrQuery(SolrQueryWriter.write(queries.text(text).orElseThrow()));
        solr.addFilterQuery(filter);
        solr.setRows(0);
        try {
            return client.query(SolrCollections.ARTICLES, solr, SolrRequest.METHOD.POST)
                    .getResults()
                    .getNumFound();
        } catch (SolrServerException | IOException e) {
            throw new IllegalStateException("cannot count '" + text + "': " + e.getMessage(), e);
        }
    }

    /**
     * The form in which {@code SolrSearch} asks the cluster to count {@code text} when every article
     * holds its searched terms in one field (all articles here are written so).
     */
    private static String reduced(ArticleQueries queries, String text) {
        return SolrQueryWriter.write(
                SolrSearch.counted(MatchingOnly.of(queries.text(text).orElseThrow()), true));
    }

    /**
     * The texts a respelling of {@code typed} may count: the query, its words, its neighbours joined and
     * side by side, and each word's splits and single edits ({@link QuerySuggester#edits}) alone and in
     * the query of the others.
     */
    private static List<String> askable(String typed) {
        List<String> words = List.of(typed.split(" "));
        var texts = new ArrayList<String>(List.of(typed));
        texts.addAll(words);
        for (int i = 0; i + 1 < words.size(); i++) {
            texts.add(words.get(i) + words.get(i + 1));
            texts.add(words.get(i) + " " + words.get(i + 1));
        }
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            var spellings = new ArrayList<String>(QuerySuggester.edits(word));
            for (int cut = 2; cut <= word.length() - 2; cut++)
                spellings.add("\"" + word.substring(0, cut) + " " + word.substring(cut) + "\"");
            for (String spelling : spellings) {
                var inQuery = new ArrayList<>(words);
                inQuery.set(i, spelling);
                texts.add(spelling);
                texts.add(String.join(" ", inQuery));
            }
        }
        return texts;
    }

    /** A node's client that records each text a request asked to count (a facet query) and its count. */
    private static final class Recording extends SolrClient {

        private static final long serialVersionUID = 1L;

        /** One text counted: the request's query (the search's filters), the text as sent, its count. */
        record Counted(String filter, String reduced, long count) {}

        private final transient SolrClient node;
        final List<Counted> counted = java.util.Collections.synchronizedList(new ArrayList<>());

        Recording(SolrClient node) {
            this.node = node;
        }

        @Override
        public NamedList<Object> request(SolrRequest<?> request, String collection)
                throws SolrServerException, IOException {
            NamedList<Object> answer = node.request(request, collection);
            SolrParams params = request.getParams();
            if (params != null
                    && params.getParams("facet.query") != null
                    && answer.findRecursive("facet_counts", "facet_queries") instanceof NamedList<?> counts)
                for (Map.Entry<String, ?> entry : counts)
                    if (params.get(entry.getKey()) != null && entry.getValue() instanceof Number n)
                        counted.add(new Counted(params.get("q"), params.get(entry.getKey()), n.longValue()));
            return answer;
        }

        @Override
        public void close() throws IOException {
            node.close();
        }
    }
}
