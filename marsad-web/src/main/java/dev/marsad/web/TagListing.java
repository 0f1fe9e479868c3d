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

    /** One page of every tag, most used first, with how many tags there are. */
    static ArticleIndex.FacetPage tags(ArticleIndex index, Paging paging) {
        return index.facetValues(TAG_FACET, paging.page(), paging.pageSize());
    }

    /** One page of the articles with this tag; 404 when no article has it. */
    static SearchResult articles(ArticleIndex index, String key, Paging paging) {
        SearchResult result = index.search(SearchQuery.of("").withTag(key).withPage(paging.page(), paging.pageSize()));
        if (result.total() == 0) throw RequestRejected.notFound("no article has the tag '" + key + "'");
        return result;
    }

    /** The tag as an article of the result names it; the key itself when the page is past the end. */
    static Tag tagOf(SearchResult result, String key) {
        return result.hits().stream()
                .flatMap(h -> h.article().analyzed().tag(key).stream())
                .findFirst()
                .orElseGet(() -> new Tag(key, key, List.of(key)));
    }
}
