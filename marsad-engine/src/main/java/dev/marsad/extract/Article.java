package dev.marsad.extract;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A news article as read off one page: every field the page states, nothing inferred beyond it.
 *
 * <p>Lists are copied and never null; absent values are empty {@link Optional}s.
 *
 * @param url the URL the page was fetched from
 * @param canonicalUrl rel=canonical or og:url when present, else {@code url}
 * @param title the headline without the site suffix ("… | بوابة الأخبار")
 * @param subtitle the lead or subtitle, when the page marks one
 * @param published the publication instant
 * @param publishedPrecision whether the page gave the publication's time of day ({@link
 *     TimePrecision#TIME}) or only its date ({@link TimePrecision#DAY}: {@code published} is then
 *     the date's midnight UTC); {@link TimePrecision#TIME} when {@code published} is empty, and for
 *     an article stored before this was recorded (read back as null)
 * @param modified the last modification instant
 * @param authors the bylines, in page order
 * @param image the lead image
 * @param section the publisher's section ("سياسة", "Sport")
 * @param siteName the site that published this page (og:site_name, or the host)
 * @param language BCP 47 language of the body ("ar")
 * @param body the main text as blocks, in order; boilerplate, teasers and related links excluded
 * @param source the original publisher named by the page ("المصدر: الأسبوع" gives "الأسبوع")
 * @param tags tag names as the page lists them, in order, unnormalised
 * @param relatedLinks "اقرأ أيضاً" and similar links to other articles
 * @param embeds posts from social platforms embedded in the article
 * @param teasers other stories announced on the page, never part of the body
 */
public record Article(
        URI url,
        URI canonicalUrl,
        String title,
        Optional<String> subtitle,
        Optional<Instant> published,
        TimePrecision publishedPrecision,
        Optional<Instant> modified,
        List<String> authors,
        Optional<Image> image,
        Optional<String> section,
        Optional<String> siteName,
        String language,
        List<Block> body,
        Optional<String> source,
        List<String> tags,
        List<RelatedLink> relatedLinks,
        List<Embed> embeds,
        List<Teaser> teasers) {

    /**
     * An Arabic article known only by its text: a title, paragraphs, perhaps a publication time and
     * a site, nothing else a page would give (what {@code marsad analyze} makes of plain text and
     * JSON Lines, and what benchmarks make of a corpus line).
     */
    public static Article ofText(
            URI url, String title, Optional<Instant> published, Optional<String> siteName, List<Block> body) {
        return new Article(
                url,
                url,
                title,
                Optional.empty(),
                published,
                TimePrecision.TIME,
                Optional.empty(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                siteName,
                "ar",
                body,
                Optional.empty(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    /** What {@link #plainText()} puts between two blocks: a blank line. */
    public static final String PARAGRAPH_SEPARATOR = "\n\n";

    public Article {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(canonicalUrl, "canonicalUrl");
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) throw new IllegalArgumentException("article " + url + ": blank title");
        Objects.requireNonNull(language, "language");
        if (publishedPrecision == null || published.isEmpty()) publishedPrecision = TimePrecision.TIME;
        authors = List.copyOf(authors);
        body = List.copyOf(body);
        tags = List.copyOf(tags);
        relatedLinks = List.copyOf(relatedLinks);
        embeds = List.copyOf(embeds);
        teasers = List.copyOf(teasers);
    }

    /** This article with a publication time of day (the feed's, when the page states none). */
    public Article withPublished(Instant time) {
        return withPublished(time, TimePrecision.TIME);
    }

    /**
     * This article published at {@code time}, known to {@code precision} (for {@link
     * TimePrecision#DAY}, {@code time} is the date's midnight UTC).
     */
    public Article withPublished(Instant time, TimePrecision precision) {
        return new Article(
                url,
                canonicalUrl,
                title,
                subtitle,
                Optional.of(time),
                precision,
                modified,
                authors,
                image,
                section,
                siteName,
                language,
                body,
                source,
                tags,
                relatedLinks,
                embeds,
                teasers);
    }

    /** This article with another site name (the crawl source's name when the page states none). */
    public Article withSiteName(String name) {
        return new Article(
                url,
                canonicalUrl,
                title,
                subtitle,
                published,
                publishedPrecision,
                modified,
                authors,
                image,
                section,
                Optional.of(name),
                language,
                body,
                source,
                tags,
                relatedLinks,
                embeds,
                teasers);
    }

    /** The body as plain-text paragraphs, one string per block (list items joined by new lines). */
    public List<String> paragraphs() {
        return body.stream().map(Block::text).toList();
    }

    /**
     * The article's text as its page shows it to a reader: the body's blocks with the text of each
     * embedded post at its place (a post whose place is not known is left out), separated by blank
     * lines. The body alone is {@link #plainText()}.
     */
    public String readingText() {
        List<String> parts = new java.util.ArrayList<>();
        for (int i = 0; i <= body.size(); i++) {
            for (Embed e : embeds) if (e.afterBlocks() == i && !e.text().isBlank()) parts.add(e.text());
            if (i < body.size()) parts.add(body.get(i).text());
        }
        return String.join(PARAGRAPH_SEPARATOR, parts);
    }

    /** The body as one plain text, blocks separated by blank lines. */
    public String plainText() {
        return body.stream().map(Block::text).collect(Collectors.joining(PARAGRAPH_SEPARATOR));
    }
}
