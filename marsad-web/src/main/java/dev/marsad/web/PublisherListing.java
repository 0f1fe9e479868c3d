package dev.marsad.web;

import dev.marsad.index.ArticleIndex;
import dev.marsad.index.ListedArticle;
import dev.marsad.index.SearchQuery;
import dev.marsad.index.SearchResult;
import java.util.List;
import java.util.Optional;

/** A publisher's articles: those it published and those that name it as their source (the "source" facet). */
final class PublisherListing {

    private PublisherListing() {}

    /**
     * One page of the publisher's articles, latest first, its copies of others' included (a
     * publisher that only republishes has a page too: cards link to it); 404 when no article names it.
     */
    static SearchResult articles(ArticleIndex index, String name, Paging paging) {
        SearchResult result = index.search(query(name, true, paging));
        if (result.total() == 0) throw RequestRejected.notFound("no article of the publisher '" + name + "'");
        return result;
    }

    /**
     * The publisher's latest {@code size} articles, copies of others' included, as cards: what its
     * page's figures (stories, originals, articles per day) are counted on, all read from cards
     * (review 4, L3: not whole records).
     */
    static List<ListedArticle> latest(ArticleIndex index, String name, int size) {
        return index.search(query(name, true, new Paging(1, size))).hits().stream()
                .map(SearchResult.Hit::article)
                .toList();
    }

    private static SearchQuery query(String name, boolean includeCopies, Paging paging) {
        return new SearchQuery(
                "",
                Optional.empty(),
                Optional.empty(),
                Optional.of(name),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                includeCopies,
                paging.page(),
                paging.pageSize());
    }
}
