package dev.marsad.web;

import dev.marsad.index.SearchQuery;
import dev.marsad.index.SearchResult;
import java.util.Map;

/**
 * The API's bodies for the commands that print what the API gives: {@code marsad search --json}
 * prints the body of {@code GET /api/search} (the list shape, a summary, snippet and score per hit,
 * facet counts), not the index's internal objects.
 */
public final class ApiJson {

    private ApiJson() {}

    /** The body {@code GET /api/search} gives for this result, to write with any Jackson mapper. */
    public static Object search(SearchResult result) {
        SearchQuery q = result.query();
        return ApiBodies.Search.of(result, page -> {
            Map<String, String> parameters = SearchPageBuilder.parameters(q, Map.of("page", String.valueOf(page)));
            parameters.put("pageSize", String.valueOf(q.pageSize()));
            return SitePaths.search(parameters).replaceFirst("^/search", "/api/search");
        });
    }
}
