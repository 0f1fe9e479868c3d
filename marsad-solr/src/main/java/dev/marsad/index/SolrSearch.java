package dev.marsad.index;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.search.Query;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;

/**
 * Search, facets, highlighting, candidates and similar articles on the articles collection: the
 * query trees of {@link ArticleQueries} written in Solr's syntax ({@link SolrQueryWriter}), the
 * answers read back into the records the embedded index gives. Thread-safe.
 */
final class SolrSearch {

    /** Solr's unified highlighter as the embedded index's: whole sentences, two passages, escaped. */
    private static final int PASSAGES = 2;

    private static final String PASSAGE_JOIN = " … ";

    private final SolrNodes nodes;
    private final ArticleJson json;
    private final ArticleQueries queries = new ArticleQueries();
    /** Facet labels found so far (a tag's or entity's name does not change once an article gives it). */
    private final Map<String, String> labels = new ConcurrentHashMap<>();
    /**
     * Facet values no stored article named when last looked up, and when ({@link System#nanoTime}):
     * their label is the value itself until {@link #MISS_NANOS} later, when they are looked up again
     * (an article stored since may name them). Without it, every search showing such a value paid
     * one or two requests for it.
     */
    private final Map<String, Long> misses = new ConcurrentHashMap<>();
    /** How long a facet value that no article names keeps its value as label before it is looked up again. */
    private static final long MISS_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
    /** At most this many misses are remembered; past it they are forgotten and looked up again. */
    private static final int MAX_MISSES = 10_000;

    /** How long a search may take; its respelling after a miss gets a share of it. */
    private final Duration budget;

    SolrSearch(SolrNodes nodes, ArticleJson json, Duration budget) {
        this.nodes = nodes;
        this.json = json;
        this.budget = budget;
    }

    /**
     * Answers a query: 1. build the query tree and its filters, 2. ask the articles collection for a
     * page of hits with facets and highlighted passages within the time budget, 3. read the hits, 4.
     * label the facets, 5. after a miss, look for a respelling that finds something.
     */
    SearchResult search(SearchQuery query) {
        long started = System.nanoTime();
        Optional<Query> text = queries.text(query.text()); // 1
        var solr = new SolrQuery(SolrQueryWriter.write(queries.filtered(text, query)));
        solr.setStart((query.page() - 1) * query.pageSize());
        solr.setRows(query.pageSize());
        solr.setFields(IndexFields.ID, IndexFields.JSON, "score");
        solr.set("sort", sortOf(query.order(), text.isPresent()));
        solr.setTimeAllowed((int) budget.toMillis());
        solr.setFacet(true).setFacetMinCount(1).setFacetLimit(ArticleSearch.FACET_VALUES);
        solr.addFacetField(IndexFields.FACETS);
        text.ifPresent(t -> highlight(solr, t));
        QueryResponse answer = articles("search '" + query.text() + "'", solr); // 2
        if (Boolean.TRUE.equals(answer.getHeader().get("partialResults")))
            throw new SearchTimedOut(query.text(), budget);
        var hits = new ArrayList<SearchResult.Hit>(); // 3
        Map<String, Map<String, List<String>>> passages = answer.getHighlighting();
        for (SolrDocument doc : answer.getResults()) {
            IndexedArticle article = json.read((String) doc.getFieldValue(IndexFields.JSON), IndexedArticle.class);
            String snippet = Optional.ofNullable(passages)
                    .map(p -> p.get((String) doc.getFieldValue(IndexFields.ID)))
                    .map(p -> p.get(IndexFields.BODY))
                    .filter(p -> !p.isEmpty())
                    .map(p -> String.join(PASSAGE_JOIN, p))
                    .orElseGet(() -> ArticleSearch.lead(article));
            float score = text.isPresent() ? ((Number) doc.getFieldValue("score")).floatValue() : 0f;
            hits.add(new SearchResult.Hit(article, snippet, score));
        }
        long total = answer.getResults().getNumFound();
        var result = new SearchResult(total, query, hits, facets(answer)); // 4
        if (total > 0 || text.isEmpty()) return result;
        Optional<String> respelt = QuerySuggester.suggest(
                query.text(),
                t -> count(t, query),
                texts -> counts(texts, query),
                QuerySuggester.timeFor(budget, started)); // 5
        return respelt.map(result::withSuggestion).orElse(result);
    }

    private long count(String text, SearchQuery query) {
        var solr = new SolrQuery(SolrQueryWriter.write(queries.filtered(queries.text(text), query)));
        solr.setRows(0);
        return articles("count '" + text + "'", solr).getResults().getNumFound();
    }

    /**
     * The counts of several texts in one request: the search's filters as the query, each text a
     * facet query over them (not cached: a stranger's respellings would only crowd the filter cache).
     */
    private long[] counts(List<String> texts, SearchQuery query) {
        var solr = new SolrQuery(SolrQueryWriter.write(queries.filtered(Optional.empty(), query)));
        solr.setRows(0);
        solr.setFacet(true);
        var isQuery = new boolean[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            Optional<Query> text = queries.text(texts.get(i));
            isQuery[i] = text.isPresent();
            if (text.isEmpty()) continue;
            String key = "t" + i;
            solr.set(key, SolrQueryWriter.write(text.get()));
            solr.addFacetQuery("{!lucene key=" + key + " cache=false v=$" + key + "}");
        }
        QueryResponse answer = articles("count " + texts.size() + " respellings", solr);
        Map<String, Integer> found = answer.getFacetQuery();
        long all = answer.getResults().getNumFound(); // a text that is no query (stop words only) finds every article
        long[] result = new long[texts.size()];
        for (int i = 0; i < texts.size(); i++) result[i] = isQuery[i] ? found.getOrDefault("t" + i, 0) : all;
        return result;
    }

    private static String sortOf(SearchQuery.Order order, boolean hasText) {
        return switch (order) {
            case RELEVANCE -> hasText ? "score desc, published desc" : "published desc";
            case NEWEST -> "published desc";
            case OLDEST -> "published asc";
        };
    }

    private static void highlight(SolrQuery solr, Query text) {
        solr.setHighlight(true);
        solr.set("hl.method", "unified");
        solr.set("hl.fl", IndexFields.BODY);
        solr.set("hl.q", SolrQueryWriter.write(text));
        solr.set("hl.snippets", PASSAGES);
        // whole sentences, as Lucene's UnifiedHighlighter by default (0 would make the field one passage)
        solr.set("hl.fragsize", 1);
        solr.set("hl.offsetSource", "POSTINGS");
        solr.set("hl.encoder", "html");
        solr.set("hl.tag.pre", "<mark>");
        solr.set("hl.tag.post", "</mark>");
        solr.set("hl.tag.ellipsis", PASSAGE_JOIN);
    }

    private Map<String, List<SearchResult.FacetCount>> facets(QueryResponse answer) {
        var facets = new LinkedHashMap<String, List<SearchResult.FacetCount>>();
        for (String dim : IndexFields.FACETS) {
            FacetField field = answer.getFacetField(dim);
            var values = new ArrayList<SearchResult.FacetCount>();
            if (field != null)
                for (FacetField.Count c : field.getValues())
                    values.add(new SearchResult.FacetCount(c.getName(), label(dim, c.getName()), c.getCount()));
            facets.put(dim, values);
        }
        return facets;
    }

    /** One page of a facet's values over the canonical articles, most used first, ties by value. */
    ArticleIndex.FacetPage facetValues(String facet, int page, int pageSize) {
        var solr = new SolrQuery(SolrQueryWriter.write(queries.canonicalArticles()));
        solr.setRows(0);
        // every value, so the total is exact on any number of shards (facet.offset would not count them)
        solr.setFacet(true).setFacetMinCount(1).setFacetLimit(-1).setFacetSort("count");
        solr.addFacetField(facet);
        FacetField field = articles("facet " + facet, solr).getFacetField(facet);
        List<FacetField.Count> all = field == null ? List.of() : field.getValues();
        var values = new ArrayList<SearchResult.FacetCount>();
        for (int i = (page - 1) * pageSize; i < Math.min(all.size(), page * pageSize); i++)
            values.add(new SearchResult.FacetCount(
                    all.get(i).getName(),
                    label(facet, all.get(i).getName()),
                    all.get(i).getCount()));
        return new ArticleIndex.FacetPage(all.size(), values);
    }

    /** The first candidates of a link query, in {@link CandidateQuery#ORDER}. */
    List<Candidate> candidates(CandidateQuery query) {
        var solr = new SolrQuery(SolrQueryWriter.write(queries.candidates(query)));
        solr.setRows(query.limit() + query.excludedIds().size());
        solr.setFields(
                IndexFields.ARTICLE_ID, IndexFields.STORY, IndexFields.PUBLISHED, IndexFields.LINK_PROFILE, "score");
        solr.set("sort", "score desc, " + IndexFields.ARTICLE_ID + " asc");
        var result = new ArrayList<Candidate>();
        for (SolrDocument doc : articles("candidates", solr).getResults()) {
            String id = (String) doc.getFieldValue(IndexFields.ARTICLE_ID);
            if (query.excludedIds().contains(id)) continue;
            byte[] profile = doc.getFieldValue(IndexFields.LINK_PROFILE) instanceof byte[] b ? b : new byte[0];
            result.add(new Candidate(
                    id,
                    (String) doc.getFieldValue(IndexFields.STORY),
                    java.time.Instant.ofEpochMilli(((Number) doc.getFieldValue(IndexFields.PUBLISHED)).longValue()),
                    profile,
                    // a sum of integer weights, exact in a float
                    Math.round(((Number) doc.getFieldValue("score")).floatValue())));
            if (result.size() == query.limit()) break;
        }
        return result;
    }

    /** Canonical articles like this one, best first. */
    List<ArticleIndex.Similar> similarTo(IndexedArticle article, int limit) {
        var solr = new SolrQuery(SolrQueryWriter.write(queries.similar(article)));
        solr.setRows(limit);
        solr.setFields(IndexFields.JSON, "score");
        var result = new ArrayList<ArticleIndex.Similar>();
        for (SolrDocument doc : articles("similar to " + article.id(), solr).getResults())
            result.add(new ArticleIndex.Similar(
                    json.read((String) doc.getFieldValue(IndexFields.JSON), IndexedArticle.class),
                    ((Number) doc.getFieldValue("score")).floatValue()));
        return result;
    }

    /**
     * The display label of a facet value, as the embedded index gives it: a section's Arabic name,
     * a tag's or entity's name from the first article that carries it, else the value (for a minute,
     * {@link #misses}, before it is looked up again).
     */
    String label(String dim, String value) {
        String key = dim + '\u0000' + value;
        Long missed = misses.get(key);
        if (missed != null && System.nanoTime() - missed < MISS_NANOS) return value;
        Optional<String> found = name(dim, value);
        if (found.isPresent()) misses.remove(key);
        else {
            if (misses.size() >= MAX_MISSES) misses.clear(); // bounded: a long-lived server meets many keys
            misses.put(key, System.nanoTime());
        }
        return found.orElse(value);
    }

    /** The name stored articles give a tag or entity key (a tag that names an entity is that entity). */
    Optional<String> name(String dim, String value) {
        String key = dim + '\u0000' + value;
        String known = labels.get(key);
        if (known != null) return Optional.of(known);
        Optional<String> found = ReaderState.name(
                dim, value, (field, v) -> firstArticle(field, v).map(IndexedArticle::analyzed));
        found.ifPresent(name -> labels.put(key, name));
        return found;
    }

    private Optional<IndexedArticle> firstArticle(String field, String value) {
        var solr = new SolrQuery(field + ":" + SolrQueryWriter.quoted(value));
        solr.setRows(1);
        solr.setFields(IndexFields.JSON);
        // the first article as the embedded index finds it: the earliest canonical one (its doc order
        // is the order articles were stored in; shards have none across them)
        solr.set("sort", IndexFields.CANONICAL + " asc, " + IndexFields.PUBLISHED + " asc, " + IndexFields.ID + " asc");
        SolrDocumentList docs =
                articles("the name of " + field + " " + value, solr).getResults();
        return docs.isEmpty()
                ? Optional.empty()
                : Optional.of(
                        json.read((String) docs.getFirst().getFieldValue(IndexFields.JSON), IndexedArticle.class));
    }

    private QueryResponse articles(String what, SolrQuery query) {
        return nodes.call(
                what,
                client -> client.query(
                        SolrCollections.ARTICLES, query, org.apache.solr.client.solrj.SolrRequest.METHOD.POST));
    }
}
