package dev.marsad.web;

import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Paging links of a listing.
 *
 * @param page this page, from 1
 * @param pageCount how many pages the listing has, as far as a reader can go (0 when it is empty)
 * @param previous the previous page's href, when there is one
 * @param next the next page's href, when there is one
 */
public record Pager(int page, long pageCount, Optional<String> previous, Optional<String> next) {

    public Pager {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(next, "next");
    }

    /**
     * Links around {@code paging}'s page of {@code pageCount}, never past the last page a listing
     * goes to; {@code href} gives the href of a page.
     */
    static Pager of(Paging paging, long pageCount, IntFunction<String> href) {
        int page = paging.page();
        long reachable = Math.min(pageCount, paging.lastPage());
        return new Pager(
                page,
                reachable,
                page > 1 ? Optional.of(href.apply(page - 1)) : Optional.empty(),
                page < reachable ? Optional.of(href.apply(page + 1)) : Optional.empty());
    }

    /** Whether there is more than one page to move between. */
    public boolean isUseful() {
        return previous.isPresent() || next.isPresent();
    }
}
