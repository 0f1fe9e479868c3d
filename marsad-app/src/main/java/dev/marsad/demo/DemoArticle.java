package dev.marsad.demo;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a test may expect of one served demo article.
 *
 * @param id the corpus id ("karabakh-raed-1")
 * @param publisher the id of the site that serves it
 * @param story the id of the story it belongs to; articles of one story must group together
 * @param section the section id ("world", "sports", …)
 * @param url the URL it is served under
 * @param title the headline on the page
 * @param published the publication time, with the publisher's offset
 * @param paragraphs the body paragraphs as served
 * @param tags the tags as the page spells them
 * @param copyOf the id of the article this one republishes (with small edits), if any; a copy must
 *     fold into its original
 * @param source the original publisher's name the page names ("المصدر: …"), if it names one
 * @param hasEmbeddedPost whether the page embeds a post (a tweet)
 */
public record DemoArticle(
        String id,
        String publisher,
        String story,
        String section,
        URI url,
        String title,
        OffsetDateTime published,
        List<String> paragraphs,
        List<String> tags,
        Optional<String> copyOf,
        Optional<String> source,
        boolean hasEmbeddedPost) {

    public DemoArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(copyOf, "copyOf");
        Objects.requireNonNull(source, "source");
        paragraphs = List.copyOf(paragraphs);
        tags = List.copyOf(tags);
    }

    /** Whether this article republishes another one. */
    public boolean isCopy() {
        return copyOf.isPresent();
    }
}
