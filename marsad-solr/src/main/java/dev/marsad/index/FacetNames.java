package dev.marsad.index;

import dev.marsad.analyze.AnalyzedArticle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;

/**
 * The names of a page's facet values, looked up together ({@link ReaderState#name}'s rule: a tag's
 * or entity's name in the first article that carries it, in the order {@link #FIRST_ORDER}). In two
 * steps: (1) a request asks for the ids and the tag and entity values (docValues, no stored record
 * read) of the first {@link #ROWS} articles that carry any of the values; the first of them that
 * carries a value is its first article; the values none of them carries are asked for again the same
 * way, unless the request saw every article of the values (then no article carries them), up to
 * {@link #MAX_ROUNDS} requests; (2) one request fetches the stored records of just those first
 * articles, by id. A value asked for alone, or left when the rounds stopped, is looked up alone
 * (rows=1, its record with it). Issue 13: on the bench's 300 queries over all of SaudiNewsNet,
 * 1,596 values were named in one request each; a page's values now take two requests, rarely a
 * few more.
 */
final class FacetNames {

    /**
     * Articles' ids asked for at once: enough to hold the first article of each of a page's values
     * in most pages (the values of one search's facets mostly share articles). Only ids and
     * docValues are read for them, no stored record.
     */
    static final int ROWS = 40;

    /**
     * Id requests for one page at most: each names at least one more value, so a page of values
     * spread over time (a tag listing) would otherwise take up to one request a value, in series;
     * the values left after these are looked up alone.
     */
    static final int MAX_ROUNDS = 3;

    /**
     * The order that makes an article the first with a value: canonical articles first, then the
     * earliest, then by id so that the order is total across shards. The embedded index uses the
     * same order ({@code ReaderState}), so both backends name a value alike
     * ({@code ArticleIndexContract.namesAValueFromItsEarliestCanonicalArticleWhateverTheOrderStored}).
     */
    static final String FIRST_ORDER =
            IndexFields.CANONICAL + " asc, " + IndexFields.PUBLISHED + " asc, " + IndexFields.ID + " asc";

    /** The facets whose names are looked up in stored articles (the others are named without one). */
    private static final List<String> LOOKED_UP = List.of(IndexFields.TAG, IndexFields.ENTITY);

    private final BiFunction<String, SolrQuery, SolrDocumentList> articles;
    private final ArticleJson json;
    private final int maxRounds;

    /** @param articles the answer of the articles collection to a query, with what it is for (errors name it) */
    FacetNames(BiFunction<String, SolrQuery, SolrDocumentList> articles, ArticleJson json) {
        this(articles, json, MAX_ROUNDS);
    }

    /** As above, with at most {@code maxRounds} id requests a page (tests lower it). */
    FacetNames(BiFunction<String, SolrQuery, SolrDocumentList> articles, ArticleJson json, int maxRounds) {
        if (maxRounds < 1) throw new IllegalArgumentException("maxRounds must be at least 1, got " + maxRounds);
        this.articles = articles;
        this.json = json;
        this.maxRounds = maxRounds;
    }

    /** The key of a facet value in {@link FacetLabels}: its facet and value. */
    static String key(String dim, String value) {
        return dim + '\u0000' + value;
    }

    /** A {@link #key} read back: its facet and value. */
    private record Key(String dim, String value) {
        static Key of(String key) {
            int cut = key.indexOf('\u0000');
            return new Key(key.substring(0, cut), key.substring(cut + 1));
        }
    }

    /**
     * The names of facet values (by {@link #key}) that stored articles give; a value without one is
     * left out. Two or more tag and entity values are looked up together ({@link #firstArticles});
     * a single one alone, as {@link #name}.
     */
    Map<String, String> names(Collection<String> keys) {
        var wanted = new LinkedHashSet<String>();
        var result = new HashMap<String, String>();
        for (String key : keys) {
            Key k = Key.of(key);
            if (LOOKED_UP.contains(k.dim())) wanted.add(key);
            else
                ReaderState.name(k.dim(), k.value(), (f, v) -> Optional.empty())
                        .ifPresent(name -> result.put(key, name));
        }
        if (wanted.isEmpty()) return result;
        Batch batch = wanted.size() == 1 ? Batch.NONE : firstArticles(wanted);
        for (String key : wanted) {
            Key k = Key.of(key);
            ReaderState.name(k.dim(), k.value(), (f, v) -> batch.first(f, v).orElseGet(() -> firstAlone(f, v)))
                    .ifPresent(name -> result.put(key, name));
        }
        return result;
    }

    /** The name of one value, as {@link #names}: looked up alone, one article's record read. */
    Optional<String> name(String dim, String value) {
        return Optional.ofNullable(names(List.of(key(dim, value))).get(key(dim, value)));
    }

    /**
     * The first articles found for the values asked for together: present (an article, or empty when
     * the requests saw every article of the values and none carries it), or absent when the value was
     * not asked for (the tag rule falls back on the entity of the same key) or was left when the
     * requests stopped; then it is looked up alone.
     */
    private record Batch(Map<String, AnalyzedArticle> firsts, Set<String> asked, boolean complete) {
        static final Batch NONE = new Batch(Map.of(), Set.of(), false);

        Optional<Optional<AnalyzedArticle>> first(String field, String value) {
            String key = key(field, value);
            AnalyzedArticle first = firsts.get(key);
            if (first != null) return Optional.of(Optional.of(first));
            if (asked.contains(key) && complete) return Optional.of(Optional.empty());
            return Optional.empty();
        }
    }

    /**
     * The first article of each value: (1) the ids of the first articles, from one request, and one
     * more for the values whose first article lies beyond its rows, until every value has one, the
     * last request saw every article of those left, or {@link #maxRounds} requests were made (each
     * names at least one more value: the first article of those left carries one of them; should one
     * name none, the rounds stop too); (2) those articles' records, in one request.
     */
    private Batch firstArticles(Set<String> keys) {
        var firstIds = new LinkedHashMap<String, String>();
        var left = new LinkedHashSet<>(keys);
        boolean complete = false;
        for (int round = 0; round < maxRounds; round++) {
            SolrDocumentList docs = firstIdsOf(left);
            int named = firstIds.size();
            for (SolrDocument doc : docs)
                for (String field : LOOKED_UP) {
                    Collection<Object> values = doc.getFieldValues(field);
                    if (values == null) continue;
                    for (Object v : values) {
                        String key = key(field, v.toString());
                        if (left.contains(key)) firstIds.putIfAbsent(key, idOf(doc));
                    }
                }
            left.removeAll(firstIds.keySet());
            complete = docs.getNumFound() <= docs.size() || left.isEmpty();
            if (complete || firstIds.size() == named) break;
        }
        Map<String, AnalyzedArticle> records = recordsOf(new LinkedHashSet<>(firstIds.values()));
        var firsts = new HashMap<String, AnalyzedArticle>();
        firstIds.forEach((key, id) -> {
            AnalyzedArticle first = records.get(id);
            if (first != null) firsts.put(key, first); // deleted since: looked up alone
        });
        return new Batch(firsts, keys, complete && firsts.size() == firstIds.size());
    }

    /** Step 1: the ids and tag and entity values of the first {@link #ROWS} articles of any of the values. */
    private SolrDocumentList firstIdsOf(Set<String> keys) {
        var clauses = new ArrayList<String>();
        for (String key : keys) {
            Key k = Key.of(key);
            clauses.add(k.dim() + ":" + SolrQueryWriter.quoted(k.value()));
        }
        var solr = new SolrQuery(String.join(" OR ", clauses));
        solr.setRows(ROWS);
        solr.setFields(IndexFields.ID, IndexFields.TAG, IndexFields.ENTITY);
        solr.set("sort", FIRST_ORDER);
        return articles.apply("the first articles of " + keys.size() + " facet values", solr);
    }

    /** Step 2: the records of the articles with these ids, by id, in one request. */
    private Map<String, AnalyzedArticle> recordsOf(Set<String> ids) {
        var records = new HashMap<String, AnalyzedArticle>();
        if (ids.isEmpty()) return records;
        var clauses = new ArrayList<String>();
        for (String id : ids) clauses.add(IndexFields.ID + ":" + SolrQueryWriter.quoted(id));
        var solr = new SolrQuery(String.join(" OR ", clauses));
        solr.setRows(ids.size());
        solr.setFields(recordFields());
        SolrDocumentList docs = articles.apply("the records of " + ids.size() + " articles naming facet values", solr);
        for (SolrDocument doc : docs) records.put(idOf(doc), read(doc));
        return records;
    }

    private Optional<AnalyzedArticle> firstAlone(String field, String value) {
        var solr = new SolrQuery(field + ":" + SolrQueryWriter.quoted(value));
        solr.setRows(1);
        solr.setFields(SolrDocuments.JSON_FIELDS);
        solr.set("sort", FIRST_ORDER);
        SolrDocumentList docs = articles.apply("the name of " + field + " " + value, solr);
        return docs.isEmpty() ? Optional.empty() : Optional.of(read(docs.getFirst()));
    }

    private AnalyzedArticle read(SolrDocument doc) {
        return json.read(SolrDocuments.recordOf(doc), IndexedArticle.class).analyzed();
    }

    private static String idOf(SolrDocument doc) {
        return doc.getFirstValue(IndexFields.ID).toString();
    }

    /** The id and the stored record of an article. */
    private static String[] recordFields() {
        var fields = new ArrayList<>(List.of(IndexFields.ID));
        fields.addAll(List.of(SolrDocuments.JSON_FIELDS));
        return fields.toArray(String[]::new);
    }
}
