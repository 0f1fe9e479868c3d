package dev.marsad.index;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A story: the articles of several publishers about one event, over one or several days.
 *
 * @param id the story id, used in URLs
 * @param title the headline shown for the story (that of its earliest canonical article)
 * @param articleIds its articles, copies included, oldest first
 * @param publishers the distinct sites that published it
 * @param first the earliest publication instant
 * @param last the latest publication instant
 * @param tagKeys the story's most common tag keys, most common first
 * @param entityIds the story's most common entity ids, most common first
 */
public record Story(
        String id,
        String title,
        List<String> articleIds,
        List<String> publishers,
        Instant first,
        Instant last,
        List<String> tagKeys,
        List<String> entityIds) {

    public Story {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        articleIds = List.copyOf(articleIds);
        publishers = List.copyOf(publishers);
        tagKeys = List.copyOf(tagKeys);
        entityIds = List.copyOf(entityIds);
    }
}
