package dev.marsad.web;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The model of the search page.
 *
 * @param chrome shared page parts
 * @param form the values to put back in the form
 * @param total how many articles match
 * @param hits this page's hits
 * @param filters the filters in force, each with a link that removes it
 * @param facets facet groups, each value a link that adds (or, when selected, removes) its filter
 * @param pager paging links
 * @param orders the orders the hits can be listed in, the one in force selected
 * @param suggestion after a miss, a respelt query that finds articles
 * @param relaxed whether no article holds every word of the query and the hits hold most of them
 *     (each hit names the words it lacks)
 */
public record SearchPage(
        PageChrome chrome,
        Form form,
        long total,
        List<Hit> hits,
        List<Filter> filters,
        List<FacetGroup> facets,
        Pager pager,
        List<OrderLink> orders,
        Optional<Suggestion> suggestion,
        boolean relaxed) {

    public SearchPage {
        Objects.requireNonNull(chrome, "chrome");
        Objects.requireNonNull(form, "form");
        hits = List.copyOf(hits);
        filters = List.copyOf(filters);
        facets = List.copyOf(facets);
        Objects.requireNonNull(pager, "pager");
        orders = List.copyOf(orders);
        Objects.requireNonNull(suggestion, "suggestion");
    }

    /**
     * One order of the hits.
     *
     * @param key "relevance", "newest" or "oldest"; the template gives its Arabic name
     * @param href the same search in this order, from page 1
     * @param selected whether the hits are in this order
     */
    public record OrderLink(String key, String href, boolean selected) {}

    /**
     * A respelt query ("هل تقصد: قره باخ؟").
     *
     * @param text the respelt query
     * @param href the same search with this text
     */
    public record Suggestion(String text, String href) {}

    /** The search form's values, as the reader sent them ("" when empty). */
    public record Form(String q, String from, String to, String source, String tag, String entity, String sort) {

        /** Whether any filter besides the text is set (the filters box then starts open). */
        public boolean hasFilters() {
            return !(from.isEmpty() && to.isEmpty() && source.isEmpty() && tag.isEmpty() && entity.isEmpty());
        }
    }

    /**
     * One hit.
     *
     * @param card the article
     * @param snippetHtml a body passage with the matches in {@code <mark>}; everything else already
     *     HTML-escaped by the index, so the template writes it unescaped
     * @param missing in a relaxed result, the words of the query (as typed) this article lacks
     */
    public record Hit(ArticleCard card, String snippetHtml, List<String> missing) {
        public Hit {
            missing = List.copyOf(missing);
        }
    }

    /**
     * A filter in force.
     *
     * @param name the parameter ("from", "to", "source", "tag", "entity"); the template gives its
     *     Arabic name
     * @param label the value as shown (a tag's or entity's name when the facets know it)
     * @param removeHref the same search without this filter
     */
    public record Filter(String name, String label, String removeHref) {}

    /**
     * The counts of one facet.
     *
     * @param name the facet ("source", "tag", "section", "entity"); the template gives its Arabic
     *     heading
     * @param values its values, most frequent first
     */
    public record FacetGroup(String name, List<ListingPages.FacetLink> values) {
        public FacetGroup {
            values = List.copyOf(values);
        }
    }
}
