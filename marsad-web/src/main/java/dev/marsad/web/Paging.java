package dev.marsad.web;

import dev.marsad.index.SearchQuery;

/**
 * Which page of a listing a request asks for. Valid by construction: page × pageSize stays within
 * {@link SearchQuery#MAX_DEPTH}, so no listing is asked deeper than the index pages.
 *
 * @param page from 1 to {@link #lastPage()}
 * @param pageSize items per page, 1 to {@link SearchQuery#MAX_PAGE_SIZE}
 */
record Paging(int page, int pageSize) {

    Paging {
        SearchQuery.checkDepth(page, pageSize);
    }

    /** The deepest page a listing of this page size goes to. */
    int lastPage() {
        return SearchQuery.lastPage(pageSize);
    }

    /** How many pages {@code total} items fill, {@code pageSize} a page (0 for none). */
    static long pageCount(long total, int pageSize) {
        return (total + pageSize - 1) / pageSize;
    }

    /** Whether this page lies past the last page of a listing of {@code total} items (page 1 never does). */
    boolean isPastEnd(long total) {
        return page > 1 && page > pageCount(total, pageSize);
    }

    /**
     * This page of a reader listing of {@code total} items; a 404 page saying so when it does not
     * exist ("صفحة 999" of a listing of 7), with a link to the last page.
     */
    Paging requireWithin(long total, java.util.function.IntFunction<String> href) {
        if (!isPastEnd(total)) return this;
        long last = Math.min(pageCount(total, pageSize), lastPage());
        throw RequestRejected.pageNotFound(page, last, href.apply((int) Math.max(last, 1)));
    }
}
