package dev.marsad.index;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A search over articles. All filters are optional; an empty text with no filter lists the latest
 * articles.
 *
 * @param text the reader's query, any spelling ("قره باخ" also finds "كاراباخ"); may be empty
 * @param from first publication day, inclusive (UTC)
 * @param to last publication day, inclusive (UTC)
 * @param source only articles of this site or original source (facet value)
 * @param tag only articles with this tag key
 * @param entity only articles naming this entity id
 * @param includeCopies whether copies of other articles are listed too
 * @param page the page number, from 1
 * @param pageSize hits per page, 1 to {@value #MAX_PAGE_SIZE}
 */
public record SearchQuery(
        String text,
        Optional<LocalDate> from,
        Optional<LocalDate> to,
        Optional<String> source,
        Optional<String> tag,
        Optional<String> entity,
        boolean includeCopies,
        int page,
        int pageSize) {

    /** The largest page a caller may ask for. */
    public static final int MAX_PAGE_SIZE = 100;

    public SearchQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(entity, "entity");
        if (page < 1) throw new IllegalArgumentException("'page' must be 1 or more, got " + page);
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE)
            throw new IllegalArgumentException("'pageSize' must be 1 to " + MAX_PAGE_SIZE + ", got " + pageSize);
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get()))
            throw new IllegalArgumentException("'from' " + from.get() + " is after 'to' " + to.get());
    }

    /** A query for text only: first page, 10 hits, copies folded. */
    public static SearchQuery of(String text) {
        return new SearchQuery(
                text,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                false,
                1,
                10);
    }

    public SearchQuery withTag(String tagKey) {
        return new SearchQuery(text, from, to, source, Optional.of(tagKey), entity, includeCopies, page, pageSize);
    }

    public SearchQuery withPage(int newPage, int newPageSize) {
        return new SearchQuery(text, from, to, source, tag, entity, includeCopies, newPage, newPageSize);
    }
}
