package dev.marsad.web;

import dev.marsad.index.SearchQuery;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;

/**
 * The query-string parameters of one request, read strictly: a malformed value is a {@link
 * RequestRejected#badParameter} naming the parameter and the value, never a silent default.
 */
final class QueryParameters {

    /** Longest search text accepted, in characters; a real query is a few words. */
    static final int MAX_QUERY_CHARS = 500;

    private final Context ctx;

    QueryParameters(Context ctx) {
        this.ctx = ctx;
    }

    /** The trimmed value, or "" when absent. */
    String text(String name) {
        String value = ctx.queryParam(name);
        return value == null ? "" : value.strip();
    }

    /** The trimmed value when present and not blank. */
    Optional<String> optional(String name) {
        String value = text(name);
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /**
     * 'page' and 'pageSize'; {@code defaultPageSize} when 'pageSize' is absent, 1 when 'page' is.
     * A page deeper than listings go ({@link SearchQuery#MAX_DEPTH} items) is a bad 'page'.
     */
    Paging paging(int defaultPageSize) {
        return pagingBy(intIn("pageSize", 1, SearchQuery.MAX_PAGE_SIZE, defaultPageSize));
    }

    /**
     * 'page' of a reader listing of {@code pageSize} items per page and {@code total} items in all:
     * a page past the last is a 404 page that says so ("صفحة 999", issue 15), even past the deepest
     * page any listing goes to; only a listing that really is that long makes such a page a bad
     * 'page' (400). {@code total} is asked only for a page past that depth.
     */
    Paging readerPaging(int pageSize, LongSupplier total, IntFunction<String> href) {
        int page = intIn("page", 1, Integer.MAX_VALUE, 1);
        int deepest = SearchQuery.lastPage(pageSize);
        if (page <= deepest) return new Paging(page, pageSize);
        long pages = Paging.pageCount(total.getAsLong(), pageSize);
        if (pages < deepest) {
            long last = Math.max(pages, 1);
            throw RequestRejected.pageNotFound(page, pages, href.apply((int) last));
        }
        throw RequestRejected.badParameter(
                String.format(Locale.ROOT, "'page' must be from 1 to %d, got %d", deepest, page));
    }

    /** 'page' of a listing of {@code pageSize} items per page, which the request cannot change. */
    Paging pagingBy(int pageSize) {
        return new Paging(intIn("page", 1, SearchQuery.lastPage(pageSize), 1), pageSize);
    }

    /**
     * The href of another page of this request: its path and query with 'page' set (page 1 leaves
     * 'page' out), the other parameters as given.
     */
    IntFunction<String> pageHref() {
        Map<String, List<String>> given = ctx.queryParamMap();
        String path = ctx.path();
        return page -> {
            StringBuilder query = new StringBuilder();
            given.forEach((name, values) -> {
                if (name.equals("page")) return;
                for (String v : values) append(query, name, v);
            });
            if (page != 1) append(query, "page", String.valueOf(page));
            return query.isEmpty() ? path : path + "?" + query;
        };
    }

    private static void append(StringBuilder query, String name, String value) {
        if (!query.isEmpty()) query.append('&');
        query.append(SitePaths.segment(name)).append('=').append(SitePaths.segment(value));
    }

    /** An ISO day ("2023-09-20") when present. */
    Optional<LocalDate> date(String name) {
        Optional<String> value = optional(name);
        if (value.isEmpty()) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(value.get()));
        } catch (DateTimeParseException e) {
            throw RequestRejected.badParameter(
                    "'" + name + "' must be a date like 2023-09-20, got '" + value.get() + "'");
        }
    }

    /**
     * The search described by q, from, to, source, tag, entity, sort, page and pageSize.
     *
     * @param defaultPageSize hits per page when 'pageSize' is absent
     */
    SearchQuery searchQuery(int defaultPageSize) {
        Paging paging = paging(defaultPageSize);
        String text = text("q");
        if (text.length() > MAX_QUERY_CHARS)
            throw RequestRejected.badParameter(
                    "'q' must be at most " + MAX_QUERY_CHARS + " characters, got " + text.length());
        Optional<LocalDate> from = date("from");
        Optional<LocalDate> to = date("to");
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get()))
            throw RequestRejected.badParameter(
                    "'from' must not be after 'to', got from=" + from.get() + " to=" + to.get());
        return new SearchQuery(
                text,
                from,
                to,
                optional("source"),
                optional("tag"),
                optional("entity"),
                Optional.empty(),
                false,
                paging.page(),
                paging.pageSize(),
                order());
    }

    /** 'sort': relevance (when absent), newest or oldest. */
    private SearchQuery.Order order() {
        Optional<String> sort = optional("sort");
        if (sort.isEmpty()) return SearchQuery.Order.RELEVANCE;
        try {
            return SearchQuery.Order.ofKey(sort.get());
        } catch (IllegalArgumentException e) {
            throw RequestRejected.badParameter(e.getMessage());
        }
    }

    private int intIn(String name, int min, int max, int fallback) {
        Optional<String> value = optional(name);
        if (value.isEmpty()) return fallback;
        int parsed;
        try {
            parsed = Integer.parseInt(value.get());
        } catch (NumberFormatException e) {
            throw RequestRejected.badParameter(String.format(
                    Locale.ROOT, "'%s' must be a whole number from %d to %d, got '%s'", name, min, max, value.get()));
        }
        if (parsed < min || parsed > max)
            throw RequestRejected.badParameter(
                    String.format(Locale.ROOT, "'%s' must be from %d to %d, got %d", name, min, max, parsed));
        return parsed;
    }
}
