package dev.marsad.web;

import dev.marsad.extract.Article;
import dev.marsad.index.IndexedArticle;
import java.util.Objects;
import java.util.Optional;

/**
 * An article in a listing: headline linking to its page, the site that published it, the
 * original source when the site copied it, and the date.
 *
 * @param href the article page
 * @param title the headline
 * @param site the publishing site
 * @param source the original publisher it names ("" when none)
 * @param date when it was published, for the reader: "منذ ساعتين" while recent, else the day in
 *     Arabic ("" when unknown)
 * @param exactDate the publication day and time with its zone, or the day alone when the page gave
 *     no time; shown on hover ("" when unknown)
 * @param isoDate the publication instant in ISO-8601, or its date when the page gave no time; for
 *     the time element ("" when unknown)
 * @param copy whether the article is a republished copy of another
 */
public record ArticleCard(
        String href,
        String title,
        String site,
        String source,
        String date,
        String exactDate,
        String isoDate,
        boolean copy) {

    public ArticleCard {
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(exactDate, "exactDate");
        Objects.requireNonNull(isoDate, "isoDate");
    }

    static ArticleCard of(IndexedArticle indexed, ArabicDateFormat dates) {
        Article a = indexed.analyzed().article();
        Optional<ArabicDateFormat.Moment> when = a.published().map(p -> dates.moment(p, a.publishedPrecision()));
        return new ArticleCard(
                SitePaths.article(indexed.id()),
                DisplayTitle.of(a), // extraction cleans; this covers articles stored before
                siteOf(a),
                a.source().orElse(""),
                when.map(ArabicDateFormat.Moment::label).orElse(""),
                when.map(ArabicDateFormat.Moment::exact).orElse(""),
                when.map(ArabicDateFormat.Moment::iso).orElse(""),
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
