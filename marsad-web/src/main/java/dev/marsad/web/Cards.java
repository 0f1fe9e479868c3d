package dev.marsad.web;

import dev.marsad.index.IndexedArticle;
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

    /** The card of one article. */
    ArticleCard of(IndexedArticle article) {
        return ArticleCard.of(article, dates, pictures);
    }
}
