package dev.marsad.web;

import dev.marsad.arabic.text.DisplayText;
import dev.marsad.extract.Article;
import dev.marsad.index.IndexedArticle;
import java.util.Objects;

/**
 * An article in a listing: headline linking to its page, the site that published it, the
 * original source when the site copied it, and the date.
 *
 * @param href the article page
 * @param title the headline
 * @param site the publishing site
 * @param source the original publisher it names ("" when none)
 * @param date the publication day in Arabic ("" when unknown)
 * @param isoDate the publication instant in ISO-8601, for the time element ("" when unknown)
 * @param copy whether the article is a republished copy of another
 */
public record ArticleCard(
        String href, String title, String site, String source, String date, String isoDate, boolean copy) {

    public ArticleCard {
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(isoDate, "isoDate");
    }

    static ArticleCard of(IndexedArticle indexed, ArabicDateFormat dates) {
        Article a = indexed.analyzed().article();
        return new ArticleCard(
                SitePaths.article(indexed.id()),
                DisplayText.clean(a.title()), // extraction cleans; this covers articles stored before
                siteOf(a),
                a.source().orElse(""),
                a.published().map(dates::day).orElse(""),
                a.published().map(Object::toString).orElse(""),
                !indexed.isCanonical());
    }

    /** The site's name, or its host when the page names none. */
    static String siteOf(Article article) {
        return article.siteName().orElseGet(() -> {
            String host = article.url().getHost();
            return host == null ? article.url().toString() : host;
        });
    }
}
