package dev.marsad.link;

import dev.marsad.analyze.AnalyzedArticle;
import dev.marsad.analyze.Entity;
import dev.marsad.analyze.Tag;
import dev.marsad.index.IndexedArticle;
import dev.marsad.index.Story;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Builds a {@link Story} record: from all its articles ({@link #of}), or from the previous summary
 * and the one article that was added or replaced ({@link #updated}), which gives the same record.
 * Members are ordered by publication time, then id; the headline is {@link StoryHeadline}'s
 * choice; labels are ordered by how many members carry them, then by key. Merged and related story
 * ids are the linker's: {@link #updated} keeps them, {@link #of} leaves them empty.
 */
final class StorySummary {

    /** Tags and entities kept on a story. */
    private static final int TOP_LABELS = 8;

    private static final Comparator<Story.Member> BY_TIME =
            Comparator.comparing(Story.Member::published).thenComparing(Story.Member::id);

    private StorySummary() {}

    /** The summary of a story from all its articles. */
    static Story of(String storyId, List<IndexedArticle> articles) {
        if (articles.isEmpty()) throw new IllegalArgumentException("story " + storyId + " has no articles");
        var members = new ArrayList<Story.Member>();
        var tags = new TreeMap<String, Integer>();
        var entities = new TreeMap<String, Integer>();
        for (IndexedArticle a : articles) {
            members.add(memberOf(a));
            count(a.analyzed(), tags, entities, 1);
        }
        members.sort(BY_TIME);
        return assemble(storyId, members, tags, entities, List.of(), List.of());
    }

    /**
     * Whether {@link #updated} applies: the previous summary carries its members, holds the
     * replaced article if there is one, and does not hold a new one yet.
     */
    static boolean canUpdate(Story previous, IndexedArticle article, Optional<IndexedArticle> replaced) {
        return previous.isIncremental()
                && replaced.map(r -> previous.articleIds().contains(r.id()))
                        .orElse(!previous.articleIds().contains(article.id()));
    }

    /**
     * The summary after one change: {@code article} added, or put in place of {@code replaced}
     * (the stored version of the same id), and the {@code demoted} members made copies.
     */
    static Story updated(
            Story previous, IndexedArticle article, Optional<IndexedArticle> replaced, Collection<String> demoted) {
        var members = new ArrayList<Story.Member>(previous.members().size() + 1);
        for (Story.Member m : previous.members()) {
            if (m.id().equals(article.id())) continue;
            members.add(demoted.contains(m.id()) ? m.asCopy() : m);
        }
        members.add(memberOf(article));
        members.sort(BY_TIME);
        var tags = new TreeMap<>(previous.tagCounts());
        var entities = new TreeMap<>(previous.entityCounts());
        replaced.ifPresent(r -> count(r.analyzed(), tags, entities, -1));
        count(article.analyzed(), tags, entities, 1);
        return assemble(previous.id(), members, tags, entities, previous.mergedIds(), previous.relatedIds());
    }

    /** What a story keeps of an article. */
    static Story.Member memberOf(IndexedArticle article) {
        return new Story.Member(
                article.id(),
                StoryClusterer.publishedOf(article),
                article.isCanonical(),
                publisherOf(article),
                article.analyzed().article().title());
    }

    /** The site that published an article: its name, else its host, else its URL's scheme ("file"). */
    static String publisherOf(IndexedArticle article) {
        var page = article.analyzed().article();
        return page.siteName()
                .or(() -> Optional.ofNullable(page.url().getHost()))
                .orElse(page.url().getScheme());
    }

    private static Story assemble(
            String storyId,
            List<Story.Member> byTime,
            Map<String, Integer> tags,
            Map<String, Integer> entities,
            List<String> mergedIds,
            List<String> relatedIds) {
        var publishers = new LinkedHashSet<String>();
        for (Story.Member m : byTime) publishers.add(m.publisher());
        return new Story(
                storyId,
                StoryHeadline.of(byTime),
                byTime.stream().map(Story.Member::id).toList(),
                List.copyOf(publishers),
                byTime.getFirst().published(),
                byTime.getLast().published(),
                mostCommon(tags),
                mostCommon(entities),
                byTime,
                tags,
                entities,
                mergedIds,
                relatedIds);
    }

    /** Adds (sign 1) or removes (sign -1) an article's tags and entities; a count of 0 is dropped. */
    private static void count(
            AnalyzedArticle analyzed, Map<String, Integer> tags, Map<String, Integer> entities, int sign) {
        for (String key :
                new LinkedHashSet<>(analyzed.tags().stream().map(Tag::key).toList()))
            tags.merge(key, sign, (a, b) -> a + b == 0 ? null : a + b);
        for (String id :
                new LinkedHashSet<>(analyzed.entities().stream().map(Entity::id).toList()))
            entities.merge(id, sign, (a, b) -> a + b == 0 ? null : a + b);
    }

    private static List<String> mostCommon(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_LABELS)
                .map(Map.Entry::getKey)
                .toList();
    }
}
