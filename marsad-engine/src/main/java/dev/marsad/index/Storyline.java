package dev.marsad.index;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A storyline: the arc that several stories (events) belong to — an offensive, a ceasefire, talks,
 * an exodus — linked by the link stage because they share their main actors and subject over a
 * longer time than one story lasts.
 *
 * @param id the storyline id, used in URLs
 * @param title the headline of its largest story (of equal size, the latest)
 * @param stories its stories in the order they began, at least two
 * @param first when its first story began
 * @param last when its latest story was last reported
 * @param mergedIds the ids of storylines that were merged into this one
 */
public record Storyline(
        String id, String title, List<Entry> stories, Instant first, Instant last, List<String> mergedIds) {

    public Storyline {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        stories = List.copyOf(stories);
        mergedIds = mergedIds == null ? List.of() : List.copyOf(mergedIds);
        if (stories.size() < 2)
            throw new IllegalArgumentException("storyline " + id + " has " + stories.size() + " stories, at least 2");
    }

    /** The ids of its stories, in order. */
    public List<String> storyIds() {
        return stories.stream().map(Entry::storyId).toList();
    }

    /**
     * One story of a storyline, as its timeline shows it.
     *
     * @param storyId the story
     * @param title its headline
     * @param first when it began
     * @param last when it was last reported
     * @param articles how many articles it has
     * @param publishers how many sites published it
     */
    public record Entry(String storyId, String title, Instant first, Instant last, int articles, int publishers) {
        public Entry {
            Objects.requireNonNull(storyId, "storyId");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
        }

        /** The entry of a story. */
        public static Entry of(Story story) {
            return new Entry(
                    story.id(),
                    story.title(),
                    story.first(),
                    story.last(),
                    story.articleIds().size(),
                    story.publishers().size());
        }
    }
}
