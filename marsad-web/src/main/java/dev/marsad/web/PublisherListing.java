package dev.marsad.web;

import dev.marsad.index.ArticleIndex;
import dev.marsad.index.SearchQuery;
import dev.marsad.index.SearchResult;
import java.util.Optional;

/** A publisher's articles: those it published and those that name it as their source (the "source" facet). */
final class PublisherListing {

    private PublisherListing() {}

    /** One page of the publisher's articles, latest first; 404 when no article names it. */
    static SearchResult articles(ArticleIndex index, String name, Paging paging) {
        SearchQuery query = new SearchQuery(
                "",
                Optional.empty(),
                Optional.empty(),
                Optional.of(name),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                false,
                paging.page(),
                paging.pageSize());
        SearchResult result = index.search(query);
        if (result.total() == 0) throw RequestRejected.notFound("no article of the publisher '" + name + "'");
        return result;
    }
}
