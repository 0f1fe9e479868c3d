package dev.marsad.web;

import dev.marsad.extract.Article;
import dev.marsad.index.ListedArticle;
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

    /**
     * The card of {@code listed}: dates in the reader's format, pictures as the cache has them; its
     * title and snippet as the index stored them ({@link ListedArticle#title()}, {@link
     * ListedArticle#lead()}).
     */
    static ArticleCard of(ListedArticle listed, ArabicDateFormat dates, Pictures pictures) {
        Optional<ArabicDateFormat.Moment> when =
                listed.published().map(p -> dates.moment(p, listed.publishedPrecision()));
        return new ArticleCard(
                SitePaths.article(listed.id()),
                listed.title(),
                listed.site(),
                listed.source().orElse(""),
                when.map(ArabicDateFormat.Moment::label).orElse(""),
                when.map(ArabicDateFormat.Moment::exact).orElse(""),
                when.map(ArabicDateFormat.Moment::iso).orElse(""),
                !listed.isCanonical(),
                pictures.publisher(listed.url(), listed.site()),
                listed.lead(),
                pictures.thumbnail(listed.image(), listed.title()));
    }

    /** The site's name, or its host when the page names none ({@link ListedArticle#siteOf}). */
    static String siteOf(Article article) {
        return ListedArticle.siteOf(article);
    }
}
