package dev.marsad.index;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of search hits with facet counts over all matching articles.
 *
 * @param total how many articles match
 * @param query the query answered
 * @param hits this page's hits, best first
 * @param facets counts per facet ("source", "tag", "section", "entity"), most frequent first
 * @param suggestion after a miss, the reader's query with its words respelt so that it finds
 *     articles under the same filters ("قرهباخ" → "قره باخ"); see {@link QuerySuggester}. Only
 *     {@link ArticleIndex#searchAndSuggest} fills it: {@link ArticleIndex#search} never respells
 * @param relaxed whether the hits hold most, not all, of the words of the query's text: a query of
 *     {@link SearchQuery.Words#MOST} with three words or more; total, paging and facets then count
 *     these hits. {@link ArticleIndex#searchAndSuggest} asks for it after every word required found
 *     nothing
 */
public record SearchResult(
        long total,
        SearchQuery query,
        List<Hit> hits,
        Map<String, List<FacetCount>> facets,
        Optional<String> suggestion,
        boolean relaxed) {

    public SearchResult {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(suggestion, "suggestion");
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    /** A result with no suggestion, its hits holding every word. */
    public SearchResult(long total, SearchQuery query, List<Hit> hits, Map<String, List<FacetCount>> facets) {
        this(total, query, hits, facets, Optional.empty(), false);
    }

    /** This result with a suggestion. */
    public SearchResult withSuggestion(String respelt) {
        return new SearchResult(total, query, hits, facets, Optional.of(respelt), relaxed);
    }

    /**
     * The number of pages of {@code query.pageSize()} hits that can be asked for: all of them, but
     * no more than {@link SearchQuery#lastPage(int)} when the hits go deeper than that.
     */
    public long pageCount() {
        long pages = (total + query.pageSize() - 1) / query.pageSize();
        return Math.min(pages, SearchQuery.lastPage(query.pageSize()));
    }

    /**
     * One hit.
     *
     * @param article the article as lists show it (the whole article: {@link ArticleIndex#article} or
     *     {@link ArticleIndex#searchArticles})
     * @param snippet a passage of the body with matches in {@code <mark>…</mark>}; all other text
     *     HTML-escaped, so it may be rendered as is
     * @param score relevance score (0 when the query has no text)
     * @param missing in a {@linkplain SearchResult#relaxed() relaxed} result, the words of the query,
     *     as typed, that this article does not hold; else empty
     */
    public record Hit(ListedArticle article, String snippet, float score, List<String> missing) {
        public Hit {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(snippet, "snippet");
            missing = List.copyOf(missing);
        }

        /** A hit that holds every word of the query. */
        public Hit(ListedArticle article, String snippet, float score) {
            this(article, snippet, score, List.of());
        }
    }

    /**
     * One facet value.
     *
     * @param value the value to filter on (a tag key, an entity id, a source name)
     * @param label what to show
     * @param count matching articles
     */
    public record FacetCount(String value, String label, long count) {}
}
