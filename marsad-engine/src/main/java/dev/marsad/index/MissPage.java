package dev.marsad.index;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The steps of a reader's page after its search found nothing ({@link ArticleIndex#afterMiss}), for
 * every backend: which of them the page asks and what it shows of their answers, so that a backend
 * that asks them at once shows exactly what one asking them in turn does.
 */
final class MissPage {

    private MissPage() {}

    /**
     * The page's articles that hold most of the words of {@code query}'s text ({@link
     * SearchQuery.Words#MOST}), when the text relaxes and some article holds them; empty when it does
     * not relax (one word, two, stop words, query syntax: not searched a second time), when none holds
     * them, or when that search ran past the time budget (the page then answers the miss as it did
     * before relaxing).
     *
     * @throws QueryRejected when the text asks for more than the query language allows
     */
    static Optional<SearchResult> relaxed(ArticleIndex index, SearchQuery query) {
        if (!relaxes(query)) return Optional.empty();
        return relaxedOf(() -> index.search(query.withWords(SearchQuery.Words.MOST)));
    }

    /**
     * What the page shows of {@code most}, the answer of the search with most words required (asked
     * here, on whatever thread it runs): its hits when it relaxed and some article holds them; empty
     * when none does, or when it ran past the time budget ({@link SearchTimedOut}: the page then
     * answers the miss, with its respelling).
     *
     * @throws QueryRejected when the text asks for more than the query language allows
     */
    static Optional<SearchResult> relaxedOf(Supplier<SearchResult> most) {
        try {
            SearchResult answer = most.get();
            return answer.relaxed() && answer.total() > 0 ? Optional.of(answer) : Optional.empty();
        } catch (SearchTimedOut e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the page of a miss searches again with most words required: a text of every word required
     * that relaxes ({@link ArticleQueries#relaxes}: three plain words or more, a cheap check).
     */
    static boolean relaxes(SearchQuery query) {
        return query.words() == SearchQuery.Words.EVERY && ArticleQueries.relaxes(query.text());
    }

    /**
     * Whether the page of a miss asks for a respelling: on the first page only; a miss on a later page
     * is a page past the end (a site answers it 404).
     */
    static boolean respells(SearchQuery query) {
        return query.page() == 1;
    }

    /** The page: the relaxed hits in place of the miss when there are some, the respelling beside. */
    static SearchResult shown(SearchResult miss, Optional<SearchResult> relaxed, Optional<String> suggestion) {
        SearchResult shown = relaxed.orElse(miss);
        return suggestion.map(shown::withSuggestion).orElse(shown);
    }
}
