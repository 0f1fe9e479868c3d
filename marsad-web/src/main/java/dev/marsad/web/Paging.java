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
}
