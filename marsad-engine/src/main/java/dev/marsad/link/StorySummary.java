package dev.marsad.link;

import dev.marsad.analyze.Entity;
import dev.marsad.analyze.Tag;
import dev.marsad.index.IndexedArticle;
import dev.marsad.index.Story;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Builds a {@link Story} record from its articles. */
final class StorySummary {

    /** Tags and entities kept on a story. */
    private static final int TOP_LABELS = 8;

    private StorySummary() {}

    static Story of(String storyId, List<IndexedArticle> articles) {
        if (articles.isEmpty()) throw new IllegalArgumentException("story " + storyId + " has no articles");
        List<IndexedArticle> byTime = articles.stream()
                .sorted(Comparator.comparing(StoryClusterer::publishedOf).thenComparing(IndexedArticle::id))
                .toList();
        IndexedArticle lead =
                byTime.stream().filter(IndexedArticle::isCanonical).findFirst().orElse(byTime.getFirst());
        var publishers = new LinkedHashSet<String>();
        var tags = new LinkedHashMap<String, Integer>();
        var entities = new LinkedHashMap<String, Integer>();
        for (IndexedArticle a : byTime) {
            publishers.add(publisherOf(a));
            for (Tag t : a.analyzed().tags()) tags.merge(t.key(), 1, Integer::sum);
            for (Entity e : a.analyzed().entities()) entities.merge(e.id(), 1, Integer::sum);
        }
        Instant first = StoryClusterer.publishedOf(byTime.getFirst());
        Instant last = StoryClusterer.publishedOf(byTime.getLast());
        return new Story(
                storyId,
                lead.analyzed().article().title(),
                byTime.stream().map(IndexedArticle::id).toList(),
                List.copyOf(publishers),
                first,
                last,
                mostCommon(tags),
                mostCommon(entities));
    }

    /** The site that published an article: its name, else its host, else its URL's scheme ("file"). */
    static String publisherOf(IndexedArticle article) {
        var page = article.analyzed().article();
        return page.siteName()
                .or(() -> java.util.Optional.ofNullable(page.url().getHost()))
                .orElse(page.url().getScheme());
    }

    private static List<String> mostCommon(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(TOP_LABELS)
                .map(Map.Entry::getKey)
                .toList();
    }
}
