package dev.marsad.demo;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One article of the demo corpus as its publisher shows it, after a copy's edits were applied.
 *
 * @param id the corpus id, unique over all publishers ("karabakh-raed-1")
 * @param publisher the id of the publishing site ("alraed")
 * @param story the id of the story it tells ("karabakh-ceasefire")
 * @param section the section id ("world", "sports", …)
 * @param published the publication time with the publisher's zone offset
 * @param title the headline
 * @param subtitle the lead line, empty when the publisher shows none
 * @param authors the bylines, possibly empty
 * @param paragraphs the body paragraphs in order, never empty
 * @param tags the tags as the publisher spells them
 * @param caption the caption of the lead image, empty when none
 * @param tweet the embedded post, if any
 * @param teaserId the article announced below the body as "read also" teaser, if any
 * @param relatedIds articles the publisher links as related reading; empty means choose them
 * @param copyOf the id of the article this one republishes, if it is a copy
 * @param credit the publisher an aggregated original names as its source when that publisher is
 *     not one of the demo sites ("وكالة الأنباء الأردنية"), if any
 */
record CorpusEntry(
        String id,
        String publisher,
        String story,
        String section,
        OffsetDateTime published,
        String title,
        String subtitle,
        List<String> authors,
        List<String> paragraphs,
        List<String> tags,
        String caption,
        Optional<Tweet> tweet,
        Optional<String> teaserId,
        List<String> relatedIds,
        Optional<String> copyOf,
        Optional<String> credit) {

    CorpusEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(tweet, "tweet");
        Objects.requireNonNull(teaserId, "teaserId");
        Objects.requireNonNull(copyOf, "copyOf");
        Objects.requireNonNull(credit, "credit");
        if (title.isBlank()) throw new IllegalArgumentException("demo article " + id + ": blank title");
        if (paragraphs.isEmpty()) throw new IllegalArgumentException("demo article " + id + ": no paragraphs");
        authors = List.copyOf(authors);
        paragraphs = List.copyOf(paragraphs);
        tags = List.copyOf(tags);
        relatedIds = List.copyOf(relatedIds);
    }

    /** The lead image's caption, or the headline when the article has no caption. */
    String captionOrTitle() {
        return caption.isEmpty() ? title : caption;
    }

    /** The first paragraph, used as summary in feeds, teasers and listings. */
    String summary() {
        return paragraphs.getFirst();
    }
}
