package dev.marsad.web;

import dev.marsad.analyze.Section;
import dev.marsad.index.SearchQuery;
import dev.marsad.index.SearchResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns a search result into the search page: hits, facet links that keep the other filters, paging. */
final class SearchPageBuilder {

    /** The facets shown, in this order; each names the request parameter it filters on. */
    static final List<String> FILTER_FACETS = List.of("source", "tag", "entity");

    /** The section facet links to section pages. */
    static final String SECTION_FACET = "section";

    /** Facet values shown per facet. */
    static final int FACET_VALUES = 10;

    /** The title of the search page, "البحث". */
    static final String TITLE = "\u0627\u0644\u0628\u062D\u062B";

    private final WebConfig config;
    private final Cards cards;
    private final ArabicDateFormat dates;

    /** @param cards the reader's date format (zone, calendar, now) and the site's pictures */
    SearchPageBuilder(WebConfig config, Cards cards) {
        this.config = config;
        this.cards = cards;
        this.dates = cards.dates();
    }

    SearchPage build(SearchResult result) {
        SearchQuery q = result.query();
        List<SearchPage.Hit> hits = result.hits().stream()
                .map(h -> new SearchPage.Hit(cards.of(h.article()), h.snippet(), h.missing()))
                .toList();
        SearchPage.Form form = new SearchPage.Form(
                q.text(),
                q.from().map(LocalDate::toString).orElse(""),
                q.to().map(LocalDate::toString).orElse(""),
                q.source().orElse(""),
                q.tag().orElse(""),
                q.entity().orElse(""),
                q.order() == SearchQuery.Order.RELEVANCE ? "" : q.order().key());
        Pager pager = Pager.of(
                new Paging(q.page(), q.pageSize()),
                result.pageCount(),
                p -> SitePaths.search(parameters(q, Map.of("page", String.valueOf(p)))));
        // a relaxed page offers no feed of its search: a feed asks every word, and would be empty
        // (review 4, R6); the chrome keeps the home page's feeds
        PageChrome chrome = PageChrome.of(config, TITLE, q.text());
        if (!result.relaxed()) chrome = chrome.withFeeds("/search", queryString(q));
        return new SearchPage(
                chrome,
                form,
                result.total(),
                hits,
                filters(result, dates),
                facets(result),
                pager,
                orders(q),
                result.suggestion()
                        .map(text -> new SearchPage.Suggestion(
                                text, SitePaths.search(parameters(q, Map.of("q", text, "page", ""))))),
                result.relaxed());
    }

    /** The orders a reader can switch to, each a link to the first page in that order. */
    private static List<SearchPage.OrderLink> orders(SearchQuery q) {
        var links = new ArrayList<SearchPage.OrderLink>();
        for (SearchQuery.Order order : SearchQuery.Order.values()) {
            String key = order == SearchQuery.Order.RELEVANCE ? "" : order.key();
            links.add(new SearchPage.OrderLink(
                    order.key(), SitePaths.search(parameters(q, Map.of("sort", key, "page", ""))), q.order() == order));
        }
        return links;
    }

    private static List<SearchPage.FacetGroup> facets(SearchResult result) {
        SearchQuery q = result.query();
        List<SearchPage.FacetGroup> groups = new ArrayList<>();
        for (String name : FILTER_FACETS) {
            Optional<String> current = filter(q, name);
            List<ListingPages.FacetLink> values = result.facets().getOrDefault(name, List.of()).stream()
                    .limit(FACET_VALUES)
                    .map(f -> {
                        boolean selected = current.filter(f.value()::equals).isPresent();
                        // a selected value's link removes the filter; the others set it, from page 1
                        String href =
                                SitePaths.search(parameters(q, Map.of(name, selected ? "" : f.value(), "page", "")));
                        return new ListingPages.FacetLink(href, f.label(), f.count(), selected);
                    })
                    .toList();
            if (!values.isEmpty()) groups.add(new SearchPage.FacetGroup(name, values));
        }
        List<ListingPages.FacetLink> sections = result.facets().getOrDefault(SECTION_FACET, List.of()).stream()
                .flatMap(f -> section(f.value()).stream()
                        .map(s -> new ListingPages.FacetLink(
                                SitePaths.section(s.name()), s.arabicName(), f.count(), false)))
                .toList();
        if (!sections.isEmpty()) groups.add(new SearchPage.FacetGroup(SECTION_FACET, sections));
        return groups;
    }

    /**
     * The chips of the filters in force. A date is written in Arabic ("20 سبتمبر 2023"): an ISO
     * date in right-to-left text is reordered by bidi into "21-09-2023" (issue 15).
     */
    private static List<SearchPage.Filter> filters(SearchResult result, ArabicDateFormat dates) {
        SearchQuery q = result.query();
        List<SearchPage.Filter> filters = new ArrayList<>();
        q.from().ifPresent(d -> filters.add(filter(q, "from", dates.shortDay(d))));
        q.to().ifPresent(d -> filters.add(filter(q, "to", dates.shortDay(d))));
        for (String name : FILTER_FACETS) {
            filter(q, name).ifPresent(value -> {
                String label = result.facets().getOrDefault(name, List.of()).stream()
                        .filter(f -> f.value().equals(value))
                        .map(SearchResult.FacetCount::label)
                        .findFirst()
                        .orElse(value);
                filters.add(filter(q, name, label));
            });
        }
        return filters;
    }

    private static SearchPage.Filter filter(SearchQuery q, String name, String label) {
        return new SearchPage.Filter(name, label, SitePaths.search(parameters(q, Map.of(name, "", "page", ""))));
    }

    /** The query string of the search's first page ("q=…&tag=…"), which its feeds keep. */
    static String queryString(SearchQuery q) {
        String href = SitePaths.search(parameters(q, Map.of("page", "")));
        int mark = href.indexOf('?');
        return mark < 0 ? "" : href.substring(mark + 1);
    }

    /** The section a facet value names, by its enum name or its Arabic name. */
    private static Optional<Section> section(String value) {
        return Arrays.stream(Section.values())
                .filter(s -> s.name().equalsIgnoreCase(value) || s.arabicName().equals(value))
                .findFirst();
    }

    private static Optional<String> filter(SearchQuery q, String name) {
        return switch (name) {
            case "source" -> q.source();
            case "tag" -> q.tag();
            case "entity" -> q.entity();
            default -> Optional.empty();
        };
    }

    /** The query's parameters with some replaced ("" removes one); page 1 is left out. */
    static Map<String, String> parameters(SearchQuery q, Map<String, String> replaced) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("q", q.text());
        p.put("from", q.from().map(LocalDate::toString).orElse(""));
        p.put("to", q.to().map(LocalDate::toString).orElse(""));
        p.put("source", q.source().orElse(""));
        p.put("tag", q.tag().orElse(""));
        p.put("entity", q.entity().orElse(""));
        p.put("sort", q.order() == SearchQuery.Order.RELEVANCE ? "" : q.order().key());
        p.put("page", q.page() == 1 ? "" : String.valueOf(q.page()));
        p.putAll(replaced);
        if ("1".equals(p.get("page"))) p.put("page", "");
        return p;
    }
}
