package dev.marsad.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** Search, facets, highlighting and candidate queries over one searcher. Package-private. */
final class ArticleSearch {

    /** Facet values shown per dimension. */
    static final int FACET_VALUES = 10;
    /**
     * The longest a search may collect hits: past it the search is cancelled ({@link
     * SearchTimedOut}). The demo's searches take a few milliseconds, a million-article index's tens.
     */
    static final Duration TIME_BUDGET = Duration.ofSeconds(1);

    private final Analyzer analyzer;
    private final ArticleQueries queries = new ArticleQueries();
    private final ReaderStates readerStates;
    private final Loader<IndexedArticle> loader;
    private final Loader<ListedArticle> cards;
    private final Duration timeBudget;

    /** Reads stored documents as records of one kind: whole articles, or articles as lists show them. */
    @FunctionalInterface
    interface Loader<T> {
        List<T> load(IndexSearcher searcher, int[] docIds) throws IOException;
    }

    /**
     * @param loader reads whole articles
     * @param cards reads articles as lists show them (search hits)
     */
    ArticleSearch(
            Analyzer analyzer,
            ReaderStates readerStates,
            Loader<IndexedArticle> loader,
            Loader<ListedArticle> cards,
            Duration timeBudget) {
        this.timeBudget = timeBudget;
        this.analyzer = analyzer;
        this.readerStates = readerStates;
        this.loader = loader;
        this.cards = cards;
    }

    /**
     * Answers a query: 1. build the text and filter query, 2. collect the page of hits and the
     * facets over all matches within the time budget ({@link #TIME_BUDGET} by default), 3. highlight the page's hits, 4. label
     * the facets. A miss is not respelt here ({@link #suggest}).
     *
     * @throws QueryRejected when the text asks for more terms than are searched
     * @throws SearchTimedOut when collecting ran past the time budget
     */
    SearchResult search(IndexSearcher shared, SearchQuery query) throws IOException {
        int depth = query.page() * query.pageSize(); // at most SearchQuery.MAX_DEPTH
        ArticleQueries.Text asked = queries.textOf(query); // 1
        Optional<Query> text = asked.query();
        Query full = queries.filtered(text, query);
        Sort sort = sortOf(query.order(), text.isPresent());
        IndexSearcher searcher = timed(shared);
        var result =
                FacetsCollectorManager.search(searcher, full, depth, sort, true, new FacetsCollectorManager()); // 2
        if (searcher.timedOut()) throw new SearchTimedOut(query.text(), timeBudget);
        ScoreDoc[] all = result.topDocs().scoreDocs;
        int from = firstOfPage(all, query);
        int[] pageDocs = pageDocs(all, query);
        List<ListedArticle> articles = cards.load(searcher, pageDocs);
        List<String> snippets = snippets(searcher, text, pageDocs, articles); // 3
        // a relaxed page names the words each hit lacks, as the index's postings tell (misses only)
        List<List<String>> missing = lacking(searcher, asked, pageDocs);
        var hits = new ArrayList<SearchResult.Hit>();
        for (int i = 0; i < articles.size(); i++) {
            float score = text.isPresent() ? scoreOf(all[from + i]) : 0f;
            hits.add(new SearchResult.Hit(articles.get(i), snippets.get(i), score, missing.get(i)));
        }
        long total = result.topDocs().totalHits.value();
        return new SearchResult(
                total, query, hits, facets(searcher, result.facetsCollector()), Optional.empty(), asked.relaxed()); // 4
    }

    /**
     * For each of {@code docs}, the words of a relaxed text it lacks ({@link MostWords#holding}): per
     * word, whether the word's query matches the document, by its postings; none when not relaxed.
     */
    private static List<List<String>> lacking(IndexSearcher searcher, ArticleQueries.Text asked, int[] docs)
            throws IOException {
        var result = new ArrayList<List<String>>(docs.length);
        if (!asked.relaxed()) {
            for (int ignored : docs) result.add(List.of());
            return result;
        }
        var weights = new ArrayList<Weight>();
        for (Query word : asked.holding())
            weights.add(searcher.createWeight(searcher.rewrite(word), ScoreMode.COMPLETE_NO_SCORES, 1f));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (int doc : docs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            int local = doc - leaf.docBase;
            var held = new boolean[weights.size()];
            for (int w = 0; w < held.length; w++) {
                Scorer scorer = weights.get(w).scorer(leaf);
                held[w] = scorer != null && scorer.iterator().advance(local) == local;
            }
            result.add(asked.missing(w -> held[w]));
        }
        return result;
    }

    /**
     * The whole articles of the page of hits {@link #search} gives, in its order (the same query,
     * sort and collection, without facets and passages).
     *
     * @throws QueryRejected when the text asks for more terms than are searched
     * @throws SearchTimedOut when collecting ran past the time budget
     */
    List<IndexedArticle> searchArticles(IndexSearcher shared, SearchQuery query) throws IOException {
        Optional<Query> text = queries.text(query.text());
        IndexSearcher searcher = timed(shared);
        TopFieldDocs top = searcher.search(
                queries.filtered(text, query),
                query.page() * query.pageSize(),
                sortOf(query.order(), text.isPresent()),
                true);
        if (searcher.timedOut()) throw new SearchTimedOut(query.text(), timeBudget);
        return loader.load(searcher, pageDocs(top.scoreDocs, query));
    }

    /**
     * A searcher of its own over the same reader, with the time budget: the timeout and its "timed out"
     * flag are per searcher, and the shared one serves other requests at the same time.
     */
    private IndexSearcher timed(IndexSearcher shared) {
        IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
        searcher.setTimeout(new QueryTimeoutImpl(timeBudget.toMillis()));
        return searcher;
    }

    /** Where the query's page starts among the hits collected up to its end. */
    private static int firstOfPage(ScoreDoc[] all, SearchQuery query) {
        return Math.min(all.length, (query.page() - 1) * query.pageSize());
    }

    /** The documents of the query's page among the hits collected up to its end. */
    private static int[] pageDocs(ScoreDoc[] all, SearchQuery query) {
        int from = firstOfPage(all, query);
        int[] page = new int[all.length - from];
        for (int i = from; i < all.length; i++) page[i - from] = all[i].doc;
        return page;
    }

    /**
     * The respelling of a query that finds nothing ({@link QuerySuggester}, the same steps as every
     * backend's, so all suggest alike), within a quarter of the time budget; empty when it finds
     * something or has no text. Each text is parsed once and counted when it is needed; each term is
     * looked up in the term dictionaries once ({@link LookedUpTerms}), for the estimates and the
     * counts alike. The counts run on a searcher of its own with the respelling's time limit as its
     * timeout, so a count running past it is stopped there (and not used), not only the next one.
     */
    Optional<String> suggest(IndexSearcher shared, SearchQuery query) {
        Duration within = QuerySuggester.timeFor(timeBudget);
        // same reader, so the looked-up term states hold for it; the timeout and its flag are its own
        IndexSearcher timed = new IndexSearcher(shared.getIndexReader());
        timed.setTimeout(new QueryTimeoutImpl(within.toMillis()));
        return suggest(timed, query, within);
    }

    /**
     * {@link #suggest(IndexSearcher, SearchQuery)} on {@code searcher}, a searcher of this respelling's
     * own whose timeout (if any) stops its counts; the time limit between counts is {@code within}.
     */
    Optional<String> suggest(IndexSearcher searcher, SearchQuery query, Duration within) {
        if (query.text().isBlank()) return Optional.empty();
        var terms = new LookedUpTerms(searcher);
        Function<String, Optional<Query>> parse = new RespellingTexts(queries)::text;
        return QuerySuggester.suggest(
                query.text(),
                t -> count(searcher, terms.withStates(queries.filtered(parse.apply(t), query)), t),
                texts -> texts.stream()
                        .map(parse)
                        .mapToLong(t -> t.map(q -> TermPresence.upperBound(q, terms::docFreq))
                                .orElse(TermPresence.UNBOUNDED))
                        .toArray(),
                within);
    }

    /**
     * How many articles {@code query} (of the respelling {@code text}) finds.
     *
     * @throws QuerySuggester.PastLimit when the searcher's timeout stopped the count
     */
    private static long count(IndexSearcher searcher, Query query, String text) {
        try {
            long found = searcher.count(query);
            if (searcher.timedOut()) throw new QuerySuggester.PastLimit(text);
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sort sortOf(SearchQuery.Order order, boolean hasText) {
        var newest = new SortField(IndexFields.PUBLISHED, SortField.Type.LONG, true);
        // the article's id breaks ties last, as on SolrCloud, so that articles of the same instant (a
        // date-only day) come in the same order on both backends and in every request (review 4, L5)
        var byId = new SortField(IndexFields.ARTICLE_ID, SortField.Type.STRING);
        return switch (order) {
            case RELEVANCE -> hasText ? new Sort(SortField.FIELD_SCORE, newest, byId) : new Sort(newest, byId);
            case NEWEST -> new Sort(newest, byId);
            case OLDEST -> new Sort(new SortField(IndexFields.PUBLISHED, SortField.Type.LONG, false), byId);
        };
    }

    /**
     * The first candidates of a link query: the keys as constant-score clauses weighted by their
     * weights, so a hit's score is the sum of the weights of the keys it has (integers, exact in a
     * float), ordered by score and then id (doc values), never by index statistics or doc order.
     */
    List<Candidate> candidates(IndexSearcher searcher, CandidateQuery query) throws IOException {
        // excluded ids are few (the article itself, versions the caller holds newer): ask for as
        // many more hits and drop them, cheaper than a term-set clause on every query
        int depth = query.limit() + query.excludedIds().size();
        var order = new Sort(SortField.FIELD_SCORE, new SortField(IndexFields.ARTICLE_ID, SortField.Type.STRING));
        TopFieldDocs top = searcher.search(queries.candidates(query), depth, order, true);
        List<Candidate> hits = CandidateReader.read(searcher, top.scoreDocs, loader);
        return hits.stream()
                .filter(c -> !query.excludedIds().contains(c.id()))
                .limit(query.limit())
                .toList();
    }

    /**
     * Canonical articles like this one by the words of its title and keywords (analysed here: a
     * short text, not the body), its entities and its tags; ranked by BM25, for readers.
     */
    List<ArticleIndex.Similar> similarTo(IndexSearcher searcher, IndexedArticle indexed, int limit) throws IOException {
        TopDocs top = searcher.search(queries.similar(indexed), limit);
        List<IndexedArticle> articles = loader.load(searcher, docIds(top));
        var result = new ArrayList<ArticleIndex.Similar>();
        for (int i = 0; i < articles.size(); i++)
            result.add(new ArticleIndex.Similar(articles.get(i), top.scoreDocs[i].score));
        return result;
    }

    private List<String> snippets(
            IndexSearcher searcher, Optional<Query> text, int[] docs, List<ListedArticle> articles) throws IOException {
        String[] passages = new String[docs.length];
        if (text.isPresent() && docs.length > 0) {
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                    .withWeightMatches(PassageMatching.of(text.get()) == PassageMatching.WEIGHT)
                    .build();
            Map<String, String[]> byField =
                    highlighter.highlightFields(new String[] {IndexFields.BODY}, text.get(), docs, new int[] {2});
            passages = byField.get(IndexFields.BODY);
        }
        var snippets = new ArrayList<String>(docs.length);
        for (int i = 0; i < docs.length; i++)
            snippets.add(passages[i] != null ? passages[i] : articles.get(i).opening());
        return snippets;
    }

    private Map<String, List<SearchResult.FacetCount>> facets(IndexSearcher searcher, FacetsCollector collector)
            throws IOException {
        var facets = new LinkedHashMap<String, List<SearchResult.FacetCount>>();
        ReaderState state = readerStates.of(searcher.getIndexReader());
        if (state.facets().isEmpty()) return facets;
        var counts = new SortedSetDocValuesFacetCounts(state.facets().get(), collector);
        for (String dim : IndexFields.FACETS) {
            FacetResult top = counts.getTopChildren(FACET_VALUES, dim);
            var values = new ArrayList<SearchResult.FacetCount>();
            if (top != null)
                for (LabelAndValue lv : top.labelValues)
                    values.add(new SearchResult.FacetCount(
                            lv.label, state.label(searcher, dim, lv.label), lv.value.longValue()));
            facets.put(dim, values);
        }
        return facets;
    }

    /**
     * One page of all values of a facet over the canonical articles, most used first and ties by
     * value, with how many values there are.
     */
    ArticleIndex.FacetPage facetValues(IndexSearcher searcher, String facet, int page, int pageSize)
            throws IOException {
        ReaderState state = readerStates.of(searcher.getIndexReader());
        if (state.facets().isEmpty()) return new ArticleIndex.FacetPage(0, List.of());
        FacetsCollector collector = searcher.search(queries.canonicalArticles(), new FacetsCollectorManager());
        var counts = new SortedSetDocValuesFacetCounts(state.facets().get(), collector);
        FacetResult top = counts.getTopChildren(page * pageSize, facet);
        if (top == null) return new ArticleIndex.FacetPage(0, List.of());
        var values = new ArrayList<SearchResult.FacetCount>();
        for (int i = (page - 1) * pageSize; i < top.labelValues.length; i++) {
            LabelAndValue lv = top.labelValues[i];
            values.add(new SearchResult.FacetCount(
                    lv.label, state.label(searcher, facet, lv.label), lv.value.longValue()));
        }
        return new ArticleIndex.FacetPage(top.childCount, values);
    }

    private static float scoreOf(ScoreDoc doc) {
        return doc instanceof org.apache.lucene.search.FieldDoc field
                        && field.fields.length > 0
                        && field.fields[0] instanceof Float f
                ? f
                : doc.score;
    }

    private static int[] docIds(TopDocs top) {
        int[] ids = new int[top.scoreDocs.length];
        for (int i = 0; i < ids.length; i++) ids[i] = top.scoreDocs[i].doc;
        return ids;
    }
}
