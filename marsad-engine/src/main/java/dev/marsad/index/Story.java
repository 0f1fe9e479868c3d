package dev.marsad.index;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A story: the articles of several publishers about one event, over one or several days.
 *
 * <p>The last three components are what the link stage needs to update the summary from one new
 * or changed article instead of re-reading every member. Stories stored before they existed read
 * back with them empty (see {@link #isIncremental()}).
 *
 * @param id the story id, used in URLs
 * @param title the headline shown for the story: the title most central to its latest reports
 * @param articleIds its articles, copies included, oldest first
 * @param publishers the distinct sites that published it, in order of their first article
 * @param first the earliest publication instant
 * @param last the latest publication instant
 * @param tagKeys the story's most common tag keys, most common first
 * @param entityIds the story's most common entity ids, most common first
 * @param members one entry per article, in the order of {@code articleIds}
 * @param tagCounts how many of its articles carry each tag key, by key
 * @param entityCounts how many of its articles name each entity id, by id
 * @param mergedIds the ids of stories that were merged into this one (their pages resolve to it)
 * @param relatedIds other stories worth reading next, best first, as the link stage chose them
 */
public record Story(
        String id,
        String title,
        List<String> articleIds,
        List<String> publishers,
        Instant first,
        Instant last,
        List<String> tagKeys,
        List<String> entityIds,
        List<Member> members,
        Map<String, Integer> tagCounts,
        Map<String, Integer> entityCounts,
        List<String> mergedIds,
        List<String> relatedIds) {

    public Story {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        articleIds = List.copyOf(articleIds);
        publishers = List.copyOf(publishers);
        tagKeys = List.copyOf(tagKeys);
        entityIds = List.copyOf(entityIds);
        // null only when read from JSON stored before these components existed
        members = members == null ? List.of() : List.copyOf(members);
        tagCounts = sortedCopy(tagCounts);
        entityCounts = sortedCopy(entityCounts);
        // null only when read from JSON stored before these components existed
        mergedIds = mergedIds == null ? List.of() : List.copyOf(mergedIds);
        relatedIds = relatedIds == null ? List.of() : List.copyOf(relatedIds);
    }

    /** A story without the data for incremental updates (as stories were stored before it). */
    public Story(
            String id,
            String title,
            List<String> articleIds,
            List<String> publishers,
            Instant first,
            Instant last,
            List<String> tagKeys,
            List<String> entityIds) {
        this(id, title, articleIds, publishers, first, last, tagKeys, entityIds, List.of(), null, null, null, null);
    }

    /** How far ahead in time each publisher after the first moves a story on the home page. */
    public static final Duration RANK_PER_PUBLISHER = Duration.ofHours(12);
    /** The most publishers that count towards {@link #rank()}. */
    public static final int RANKED_PUBLISHERS = 5;

    /**
     * Where the home page puts this story: its last report, moved {@link #RANK_PER_PUBLISHER}
     * later for each publisher after the first (up to {@link #RANKED_PUBLISHERS}), so a story four
     * sites tell from yesterday stands above one site's item from this morning.
     */
    public Instant rank() {
        int extra = Math.min(publishers.size(), RANKED_PUBLISHERS) - 1;
        return last.plus(RANK_PER_PUBLISHER.multipliedBy(Math.max(0, extra)));
    }

    /** Whether this story carries its members and label counts, so it can be updated from one article. */
    public boolean isIncremental() {
        return !members.isEmpty()
                && members.size() == articleIds.size()
                && members.stream().noneMatch(m -> m.title().isEmpty());
    }

    /**
     * What a story keeps of one article.
     *
     * @param id the article id
     * @param published when it was published (else indexed)
     * @param canonical whether it is not a copy
     * @param publisher the site that published it
     * @param title its headline ("" in stories stored before members kept it)
     */
    public record Member(String id, Instant published, boolean canonical, String publisher, String title) {
        public Member {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(published, "published");
            Objects.requireNonNull(publisher, "publisher");
            // null only when read from JSON stored before members kept their titles
            title = title == null ? "" : title;
        }

        /** This member as a copy. */
        public Member asCopy() {
            return new Member(id, published, false, publisher, title);
        }
    }

    /** This story with other merged and related story ids. */
    public Story withLinks(List<String> newMergedIds, List<String> newRelatedIds) {
        return new Story(
                id,
                title,
                articleIds,
                publishers,
                first,
                last,
                tagKeys,
                entityIds,
                members,
                tagCounts,
                entityCounts,
                newMergedIds,
                newRelatedIds);
    }

    private static SortedMap<String, Integer> sortedCopy(Map<String, Integer> counts) {
        return counts == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(new TreeMap<>(counts));
    }
}
