package dev.marsad.crawl;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * What a feed or news sitemap said about an article before it was fetched: its title and
 * publication time. Kept in the frontier and in the page's WARC record as hints for later stages;
 * never trusted over the page.
 *
 * @param title the listing's title of the article, stripped, absent when blank
 * @param published the listing's publication time
 * @param dayOnly whether the listing gave only a date (a news sitemap's {@code 2023-09-20}):
 *     {@code published} is then that date's midnight UTC, and no time of day is known
 */
public record Hints(Optional<String> title, Optional<Instant> published, boolean dayOnly) {

    /** No hints: a URL given directly or found on a start page. */
    public static final Hints NONE = new Hints(Optional.empty(), Optional.empty());

    public Hints {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        title = title.map(String::strip).filter(t -> !t.isEmpty());
        if (dayOnly && published.isEmpty()) throw new IllegalArgumentException("a date-only hint needs its date");
    }

    /** Hints whose publication time, if any, is known to the second. */
    public Hints(Optional<String> title, Optional<Instant> published) {
        this(title, published, false);
    }

    /**
     * The publication as the frontier and the WARC record keep it: an ISO instant
     * ("2023-09-20T10:15:00Z"), or an ISO date ("2023-09-20") when only the date is known.
     */
    Optional<String> publishedLabel() {
        return published.map(
                p -> dayOnly ? p.atOffset(ZoneOffset.UTC).toLocalDate().toString() : p.toString());
    }

    /**
     * Hints read back from a {@link #publishedLabel()}; a label that is neither an instant nor a date
     * (a damaged record) is no publication.
     */
    static Hints ofLabel(Optional<String> title, Optional<String> label) {
        if (label.isEmpty()) return new Hints(title, Optional.empty());
        String text = label.get().strip();
        try {
            if (text.indexOf('T') < 0)
                return new Hints(
                        title,
                        Optional.of(LocalDate.parse(text)
                                .atStartOfDay(ZoneOffset.UTC)
                                .toInstant()),
                        true);
            return new Hints(title, Optional.of(Instant.parse(text)));
        } catch (DateTimeParseException e) {
            return new Hints(title, Optional.empty());
        }
    }
}
