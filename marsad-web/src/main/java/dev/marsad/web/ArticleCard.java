package dev.marsad.web;

import dev.marsad.extract.Article;
import dev.marsad.index.IndexedArticle;
import java.util.Objects;
import java.util.Optional;

/**
 * An article in a listing: headline linking to its page, the site that published it (with its icon,
 * linking to its page), the original source when the site copied it, the date, a snippet and a
 * thumbnail.
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
 * @param publisher the publishing site with its icon or monogram, linking to its page
 * @param snippet the article's lead in a line or two, not repeating the title ("" when none)
 * @param thumbnail its lead image as Marsad keeps it, when it has one
 */
public record ArticleCard(
        String href,
        String title,
        String site,
        String source,
        String date,
        String exactDate,
        String isoDate,
        boolean copy,
        PublisherMark publisher,
        String snippet,
        Optional<Picture> thumbnail) {

    public ArticleCard {
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(exactDate, "exactDate");
        Objects.requireNonNull(isoDate, "isoDate");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(snippet, "snippet");
        Objects.requireNonNull(thumbnail, "thumbnail");
    }

    /** The card of {@code indexed}: dates in the reader's format, pictures as the cache has them. */
    static ArticleCard of(IndexedArticle indexed, ArabicDateFormat dates, Pictures pictures) {
        Article a = indexed.analyzed().article();
        Optional<ArabicDateFormat.Moment> when = a.published().map(p -> dates.moment(p, a.publishedPrecision()));
        String title = DisplayTitle.of(a); // extraction cleans; this covers articles stored before
        String site = siteOf(a);
        return new ArticleCard(
                SitePaths.article(indexed.id()),
                title,
                site,
                a.source().orElse(""),
                when.map(ArabicDateFormat.Moment::label).orElse(""),
                when.map(ArabicDateFormat.Moment::exact).orElse(""),
                when.map(ArabicDateFormat.Moment::iso).orElse(""),
                !indexed.isCanonical(),
                pictures.publisher(a, site),
                Snippet.of(a, title),
                pictures.thumbnail(a, title));
    }

    /** The site's name, or its host when the page names none. */
    static String siteOf(Article article) {
        return article.siteName().orElseGet(() -> {
            String host = article.url().getHost();
            return host == null ? article.url().toString() : host;
        });
    }
}
