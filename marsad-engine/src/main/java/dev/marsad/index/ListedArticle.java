package dev.marsad.index;

import dev.marsad.analyze.Section;
import dev.marsad.extract.Article;
import dev.marsad.extract.Image;
import dev.marsad.extract.TimePrecision;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An article as a list of articles shows it (a search hit, a listing's card, the API's summary): what
 * a card and a summary read, without the body, entities or tags. The index stores it beside the whole
 * record when the article is put and reads it for search hits, so that a page of hits decodes ten
 * small records instead of ten whole articles (issue 13: decoding the whole records was more than half
 * of a SolrCloud search's time in Marsad's process). The whole article is {@link IndexedArticle},
 * read by id ({@link ArticleIndex#article}) or by {@link ArticleIndex#searchArticles}.
 *
 * @param id the article id
 * @param url the URL the page was fetched from
 * @param title the headline as shown ({@link DisplayTitle}: clean, without the site's name)
 * @param subtitle the lead or subtitle, when the page marks one
 * @param published the publication instant
 * @param publishedPrecision whether the page gave the time of day or only the date
 * @param image the lead image
 * @param site the site that published it: its name, or its host when the page names none
 * @param source the original publisher named by the page
 * @param section the section the analyzer gave it
 * @param storyId the story it belongs to
 * @param duplicateOf the id of the canonical article when it is a copy of it
 * @param indexedAt when it was (last) indexed
 * @param lead the article's lead in a line or two, not repeating the title ("" when none): the
 *     subtitle, else the first paragraph of at least {@value CardLead#MIN_CHARS} characters, cut at
 *     a word to at most {@value CardLead#MAX_CHARS}
 * @param opening the start of the body, HTML-escaped: what a search hit shows when no passage of its
 *     body is marked (a listing without text, a match in the title only)
 */
public record ListedArticle(
        String id,
        URI url,
        String title,
        Optional<String> subtitle,
        Optional<Instant> published,
        TimePrecision publishedPrecision,
        Optional<Image> image,
        String site,
        Optional<String> source,
        Section section,
        String storyId,
        Optional<String> duplicateOf,
        Instant indexedAt,
        String lead,
        String opening) {

    /**
     * The version of the stored card: its shape (these components) and the rules that fill it ({@link
     * DisplayTitle}, {@link CardLead}, {@link #OPENING_CHARS}). Bump it with any change of either: a
     * stored card of another version, or one that does not decode, is read as no card, and the card
     * is made from the whole record, as for an article stored before cards existed (review 4, L1: else
     * a search hit would keep the old title while the article's page shows the new one, and a new
     * component would fail every stored card). The cards stored before this version existed have no
     * version member and were made by version 1's shape and rules: they read as version 1.
     */
    static final int CARD_VERSION = 1;

    /** Characters of the body in {@link #opening()}, before " …". */
    static final int OPENING_CHARS = 220;

    public ListedArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(publishedPrecision, "publishedPrecision");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(storyId, "storyId");
        Objects.requireNonNull(duplicateOf, "duplicateOf");
        Objects.requireNonNull(indexedAt, "indexedAt");
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(opening, "opening");
    }

    /** The article as lists show it; what the index stores beside it when it is put. */
    public static ListedArticle of(IndexedArticle indexed) {
        Article a = indexed.analyzed().article();
        String title = DisplayTitle.of(a);
        return new ListedArticle(
                indexed.id(),
                a.url(),
                title,
                a.subtitle(),
                a.published(),
                a.publishedPrecision(),
                a.image(),
                siteOf(a),
                a.source(),
                indexed.analyzed().section(),
                indexed.storyId(),
                indexed.duplicateOf(),
                indexed.indexedAt(),
                CardLead.of(a, title),
                opening(a));
    }

    /** True when this article is the canonical one (not a copy of another). */
    public boolean isCanonical() {
        return duplicateOf.isEmpty();
    }

    /** When it was published, else when it was indexed. */
    public Instant publishedOrIndexed() {
        return published.orElse(indexedAt);
    }

    /** The site's name, or its host when the page names none. */
    public static String siteOf(Article article) {
        return article.siteName().orElseGet(() -> {
            String host = article.url().getHost();
            return host == null ? article.url().toString() : host;
        });
    }

    /** The first {@link #OPENING_CHARS} characters of the body's text, HTML-escaped, " …" when cut. */
    private static String opening(Article article) {
        String body = article.plainText().strip();
        String cut = body.length() <= OPENING_CHARS ? body : body.substring(0, OPENING_CHARS) + " …";
        return org.jsoup.nodes.Entities.escape(cut);
    }
}
