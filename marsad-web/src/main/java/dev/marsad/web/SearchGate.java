package dev.marsad.web;

import dev.marsad.index.ArticleIndex;
import dev.marsad.index.IndexedArticle;
import dev.marsad.index.SearchQuery;
import dev.marsad.index.SearchResult;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Turns for searches: at most {@link AccessLimits#searches()} run at once, of which at most {@link
 * AccessLimits#expensiveSearches()} expensive ones; a search that gets no turn within {@link
 * AccessLimits#searchWait()} is answered 503. Searches are the costly requests, so on a machine of
 * few cores many at once would leave no CPU for pages and {@code /health}; with turns they queue
 * instead, and the server threads stay free for the rest.
 */
final class SearchGate {

    /** Past this depth ({@code page × pageSize}) a search is expensive: every hit before it is collected. */
    static final int EXPENSIVE_DEPTH = 1_000;

    /** A query with more words than this is expensive (each word is a postings list in two fields). */
    static final int EXPENSIVE_WORDS = 6;

    private final Semaphore all;
    private final Semaphore expensive;
    private final AccessLimits limits;

    SearchGate(AccessLimits limits) {
        this.limits = limits;
        this.all = new Semaphore(limits.searches(), true);
        this.expensive = new Semaphore(limits.expensiveSearches(), true);
    }

    /**
     * {@code index.search(query)} when its turn comes.
     *
     * @throws RequestRejected 503 busy, with Retry-After, when no turn came in time
     */
    SearchResult search(ArticleIndex index, SearchQuery query) {
        return inTurn(query, () -> index.search(query));
    }

    /**
     * {@code index.searchAndSuggest(query)} when its turn comes: the search, and after a miss the
     * respelling, in one turn (the respelling costs a few counts).
     *
     * @throws RequestRejected 503 busy, with Retry-After, when no turn came in time
     */
    SearchResult searchAndSuggest(ArticleIndex index, SearchQuery query) {
        return inTurn(query, () -> index.searchAndSuggest(query));
    }

    /**
     * {@code index.searchArticles(query)} when its turn comes: the whole articles of a page of hits.
     *
     * @throws RequestRejected 503 busy, with Retry-After, when no turn came in time
     */
    List<IndexedArticle> searchArticles(ArticleIndex index, SearchQuery query) {
        return inTurn(query, () -> index.searchArticles(query));
    }

    private <T> T inTurn(SearchQuery query, Supplier<T> search) {
        boolean costly = isExpensive(query);
        if (costly) take(expensive);
        try {
            take(all);
            try {
                return search.get();
            } finally {
                all.release();
            }
        } finally {
            if (costly) expensive.release();
        }
    }

    /**
     * Whether a search is of the kind an abuser sends: a prefix, an OR list, a phrase or groups, many
     * words, or a deep page.
     */
    static boolean isExpensive(SearchQuery query) {
        return isExpensive(query.text(), query.page(), query.pageSize());
    }

    /** {@link #isExpensive(SearchQuery)} on the parameters as given. */
    static boolean isExpensive(String text, long page, long pageSize) {
        if (text.indexOf('*') >= 0 || text.indexOf('|') >= 0 || text.indexOf('"') >= 0 || text.indexOf('(') >= 0)
            return true;
        if (text.strip().split("\\s+").length > EXPENSIVE_WORDS) return true;
        return page * pageSize > EXPENSIVE_DEPTH;
    }

    private void take(Semaphore turns) {
        try {
            if (!turns.tryAcquire(limits.searchWait().toMillis(), TimeUnit.MILLISECONDS))
                throw RequestRejected.busy("too many searches at once; try again in a moment");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RequestRejected.busy("the server is stopping");
        }
    }
}
