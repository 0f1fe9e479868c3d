package dev.marsad.bench.extract;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The field gold of one page; a field the set does not annotate for this page is an empty Optional
 * and is not counted. An annotated "none" (no author, no tags) is a present empty set.
 *
 * @param page the page and its gold body
 * @param title the headline
 * @param date the publication date, ISO 8601 (with or without offset, or a day only)
 * @param authors the author names
 * @param authorsAsOneString true when the set gives all authors as one free-text string (WCXB,
 *     trafilatura-eval), so names are compared as a bag of words rather than as a list
 * @param tags the page's tags or topics
 * @param related titles of the article's related links
 * @param source the agency or source attribution ("" when the page states none)
 */
record FieldGold(
        GoldPage page,
        Optional<String> title,
        Optional<String> date,
        Optional<Set<String>> authors,
        boolean authorsAsOneString,
        Optional<Set<String>> tags,
        Optional<Set<String>> related,
        Optional<String> source) {
    FieldGold {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(authors, "authors");
        Objects.requireNonNull(tags, "tags");
        Objects.requireNonNull(related, "related");
        Objects.requireNonNull(source, "source");
        authors = authors.map(Set::copyOf);
        tags = tags.map(Set::copyOf);
        related = related.map(Set::copyOf);
    }
}
