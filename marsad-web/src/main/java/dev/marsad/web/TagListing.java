package dev.marsad.web;

import dev.marsad.analyze.Tag;
import dev.marsad.index.ArticleIndex;
import dev.marsad.index.SearchQuery;
import dev.marsad.index.SearchResult;
import java.util.List;

/**
 * Tags as the reader pages and the API list them. The index keeps no tag table: the tag list is
 * the "tag" facet of all articles, and a tag's name and spellings come from an article carrying it.
 */
final class TagListing {

    /** The facet of a search result that counts tag keys. */
    static final String TAG_FACET = "tag";

    private TagListing() {}

    /** The most used tags, most used first (as many as the index's facet returns). */
    static List<SearchResult.FacetCount> topTags(ArticleIndex index) {
        SearchResult all = index.search(SearchQuery.of("").withPage(1, 1));
        return all.facets().getOrDefault(TAG_FACET, List.of());
    }

    /** One page of the articles with this tag; 404 when no article has it. */
    static SearchResult articles(ArticleIndex index, String key, Paging paging) {
        SearchResult result = index.search(SearchQuery.of("").withTag(key).withPage(paging.page(), paging.pageSize()));
        if (result.total() == 0) throw RequestRejected.notFound("no article has the tag '" + key + "'");
        return result;
    }

    /**
     * The tag as an article of the result names it, else as the index names it (the entity of that
     * id when no article has it as a tag: a tag that names an entity is that entity).
     *
     * @throws RequestRejected not found when nothing names the key
     */
    static Tag tagOf(ArticleIndex index, SearchResult result, String key) {
        return result.hits().stream()
                .flatMap(h -> h.article().analyzed().tag(key).stream())
                .findFirst()
                .or(() -> index.tagName(key).map(name -> new Tag(name, key, List.of(name))))
                .orElseThrow(() -> RequestRejected.notFound("no article names the tag '" + key + "'"));
    }
}
