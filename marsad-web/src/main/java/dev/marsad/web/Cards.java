package dev.marsad.web;

import dev.marsad.index.IndexedArticle;
import dev.marsad.index.ListedArticle;
import java.util.Objects;

/**
 * How one request's pages make article cards: dates in the reader's zone and calendar, pictures from
 * the site's cache.
 *
 * @param dates the reader's date format
 * @param pictures the picture cache as pages show it
 */
record Cards(ArabicDateFormat dates, Pictures pictures) {
    Cards {
        Objects.requireNonNull(dates, "dates");
        Objects.requireNonNull(pictures, "pictures");
    }

    /** The card of one article as lists show it (a search hit). */
    ArticleCard of(ListedArticle article) {
        return ArticleCard.of(article, dates, pictures);
    }

    /** The card of one whole article: the same card as its search hit's. */
    ArticleCard of(IndexedArticle article) {
        return of(ListedArticle.of(article));
    }
}
