package dev.marsad.index;

import dev.marsad.analyze.AnalyzedArticle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
 * or entity's name in the first article that carries it, the earliest canonical one). One request
 * asks for the first {@link #ROWS} articles that carry any of the values, in that order ({@link
 * #FIRST_ORDER}), with their tag and entity values (from docValues) and their records; the first of
 * them that carries a value names it; the values none of them carries are asked for again the same
 * way, unless the request saw every article of the values (then no article carries them). Issue 13:
 * on the bench's 300 queries over all of SaudiNewsNet, 1,596 values were named in one request each
 * (each decoding a whole record); now a page's values take one request, rarely a few more.
 */
final class FacetNames {

    /**
     * Articles asked for at once: enough to hold the first article of each of a page's values in
     * most pages (the values of one search's facets mostly share articles), few enough that Solr
     * reads few records.
     */
    static final int ROWS = 40;

    /**
     * The order that makes an article the first with a value, as the embedded index finds it: canonical
     * articles first, then the earliest (its doc order is the order articles were stored in; shards
     * have none across them), then by id so that the order is total.
     */
    static final String FIRST_ORDER =
            IndexFields.CANONICAL + " asc, " + IndexFields.PUBLISHED + " asc, " + IndexFields.ID + " asc";

    /** The facets whose names are looked up in stored articles (the others are named without one). */
    private static final List<String> LOOKED_UP = List.of(IndexFields.TAG, IndexFields.ENTITY);

    private final BiFunction<String, SolrQuery, SolrDocumentList> articles;
    private final ArticleJson json;

    /** @param articles the answer of the articles collection to a query, with what it is for (errors name it) */
    FacetNames(BiFunction<String, SolrQuery, SolrDocumentList> articles, ArticleJson json) {
        this.articles = articles;
        this.json = json;
    }

    /** The key of a facet value in {@link FacetLabels}: its facet and value. */
    static String key(String dim, String value) {
        return dim + '\u0000' + value;
    }

    /**
     * The names of facet values (by {@link #key}) that stored articles give; a value without one is
     * left out. Tag and entity values take one request together, and one more for those whose first
     * articles are not among its {@link #ROWS} (repeated: {@link #firstArticles}).
     */
    Map<String, String> names(Collection<String> keys) {
        var wanted = new LinkedHashSet<String>();
        var result = new HashMap<String, String>();
        for (String key : keys) {
            int cut = key.indexOf('\u0000');
            String dim = key.substring(0, cut);
            if (LOOKED_UP.contains(dim)) wanted.add(key);
            else
                ReaderState.name(dim, key.substring(cut + 1), (f, v) -> Optional.empty())
                        .ifPresent(name -> result.put(key, name));
        }
        if (wanted.isEmpty()) return result;
        Batch batch = firstArticles(wanted);
        for (String key : wanted) {
            int cut = key.indexOf('\u0000');
            ReaderState.name(key.substring(0, cut), key.substring(cut + 1), batch::first)
                    .ifPresent(name -> result.put(key, name));
        }
        return result;
    }

    /** The name of one value, as {@link #names} (for a value asked for directly, not a page's). */
    Optional<String> name(String dim, String value) {
        return Optional.ofNullable(names(List.of(key(dim, value))).get(key(dim, value)));
    }

    /**
     * The first articles of the values asked for; a value not asked for (the tag rule falls back on
     * the entity of the same key), or left when the requests stopped naming values, is looked up alone.
     */
    private final class Batch {
        private final Map<String, SolrDocument> firsts;
        private final Set<String> asked;
        private final boolean complete;
        private final Map<SolrDocument, AnalyzedArticle> read = new IdentityHashMap<>();

        Batch(Map<String, SolrDocument> firsts, Set<String> asked, boolean complete) {
            this.firsts = firsts;
            this.asked = asked;
            this.complete = complete;
        }

        Optional<AnalyzedArticle> first(String field, String value) {
            String key = key(field, value);
            SolrDocument doc = firsts.get(key);
            if (doc != null)
                return Optional.of(read.computeIfAbsent(
                        doc,
                        d -> json.read(SolrDocuments.recordOf(d), IndexedArticle.class)
                                .analyzed()));
            if (asked.contains(key) && complete) return Optional.empty();
            return firstAlone(field, value);
        }
    }

    /**
     * The first article of each value, from one request, and one more for the values whose first
     * article lies beyond its rows, until every value has one or the last request saw every article
     * of those left (each request names at least one more value: the first article of those left
     * carries one of them). Should a request name none, the values left are looked up alone.
     */
    private Batch firstArticles(Set<String> keys) {
        var firsts = new LinkedHashMap<String, SolrDocument>();
        var left = new LinkedHashSet<>(keys);
        while (true) {
            SolrDocumentList docs = firstArticlesOf(left);
            int named = firsts.size();
            for (SolrDocument doc : docs)
                for (String field : LOOKED_UP) {
                    Collection<Object> values = doc.getFieldValues(field);
                    if (values == null) continue;
                    for (Object v : values) {
                        String key = key(field, v.toString());
                        if (left.contains(key)) firsts.putIfAbsent(key, doc);
                    }
                }
            left.removeAll(firsts.keySet());
            boolean sawAll = docs.getNumFound() <= docs.size();
            if (sawAll || left.isEmpty()) return new Batch(firsts, keys, true);
            if (firsts.size() == named) return new Batch(firsts, keys, false);
        }
    }

    private SolrDocumentList firstArticlesOf(Set<String> keys) {
        var clauses = new ArrayList<String>();
        for (String key : keys) {
            int cut = key.indexOf('\u0000');
            clauses.add(key.substring(0, cut) + ":" + SolrQueryWriter.quoted(key.substring(cut + 1)));
        }
        var solr = new SolrQuery(String.join(" OR ", clauses));
        solr.setRows(ROWS);
        solr.setFields(fieldsWith(IndexFields.TAG, IndexFields.ENTITY));
        solr.set("sort", FIRST_ORDER);
        return articles.apply("the names of " + keys.size() + " facet values", solr);
    }

    private Optional<AnalyzedArticle> firstAlone(String field, String value) {
        var solr = new SolrQuery(field + ":" + SolrQueryWriter.quoted(value));
        solr.setRows(1);
        solr.setFields(SolrDocuments.JSON_FIELDS);
        solr.set("sort", FIRST_ORDER);
        SolrDocumentList docs = articles.apply("the name of " + field + " " + value, solr);
        return docs.isEmpty()
                ? Optional.empty()
                : Optional.of(json.read(SolrDocuments.recordOf(docs.getFirst()), IndexedArticle.class)
                        .analyzed());
    }

    private static String[] fieldsWith(String... more) {
        var fields = new ArrayList<>(List.of(IndexFields.ID));
        fields.addAll(List.of(SolrDocuments.JSON_FIELDS));
        fields.addAll(List.of(more));
        return fields.toArray(String[]::new);
    }
}
