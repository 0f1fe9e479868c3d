package dev.marsad.link;

import dev.marsad.analyze.AnalyzedArticle;
import dev.marsad.extract.Article;
import dev.marsad.index.ArticleIndex;
import dev.marsad.index.IndexedArticle;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The link stage: gives an analyzed article its id, decides whether it copies a stored article,
 * puts it in a story and stores it. Writes go through {@link ArticleIndex}; the new article and
 * the updated story are visible to reads when {@code link} returns. Not thread-safe: link one
 * article at a time (decisions depend on what was linked before).
 */
public final class ArticleLinker {

    private final ArticleIndex index;
    private final NearDuplicateFinder duplicates;
    private final StoryClusterer stories;
    private final Clock clock;

    public ArticleLinker(ArticleIndex index, Clock clock) {
        this.index = index;
        this.duplicates = new NearDuplicateFinder(index);
        this.stories = new StoryClusterer();
        this.clock = clock;
    }

    /**
     * Links and stores one article: 1. id from the canonical URL; 2. a stored article with that id
     * keeps its decisions; 3. else look for the original it copies, 4. and decide which of the two
     * is canonical; 5. else find its story; 6. store it and refresh its story.
     */
    public LinkResult link(AnalyzedArticle analyzed) {
        return link(analyzed, clock.instant());
    }

    /**
     * Links and stores one article as {@link #link(AnalyzedArticle)} does, with a given indexing time
     * (the capture time, so that a rebuild from the archive gives the same record).
     */
    public LinkResult link(AnalyzedArticle analyzed, java.time.Instant indexedAt) {
        String id = ArticleIds.of(analyzed.article().canonicalUrl()); // 1
        Fingerprint fingerprint = Fingerprint.of(analyzed);
        var fresh = new IndexedArticle(
                id, analyzed, Optional.empty(), StoryClusterer.newStoryId(id), fingerprint.bandKeys(), indexedAt);
        Optional<IndexedArticle> stored = index.article(id); // 2
        if (stored.isPresent()) {
            IndexedArticle updated =
                    fresh.withLinks(stored.get().duplicateOf(), stored.get().storyId());
            return store(updated, LinkResult.Outcome.UPDATED, List.of());
        }
        // One similarity query serves both the copy search (cut copies) and the story search.
        List<ArticleIndex.Similar> similar = index.similarTo(fresh, StoryClusterer.CANDIDATES);
        Optional<NearDuplicateFinder.Match> match = duplicates.findOriginal(fresh, fingerprint, similar); // 3
        if (match.isPresent()) {
            IndexedArticle original = match.get().original();
            if (isOriginal(analyzed.article(), original.analyzed().article(), fresh, original)) // 4
            return store(
                        fresh.withLinks(Optional.empty(), original.storyId()),
                        LinkResult.Outcome.ORIGINAL_OF_COPY,
                        demote(original, id));
            return store(
                    fresh.withLinks(Optional.of(original.id()), original.storyId()),
                    LinkResult.Outcome.COPY,
                    List.of());
        }
        String story = stories.storyFor(fresh, similar); // 5
        var outcome = story.equals(fresh.storyId()) ? LinkResult.Outcome.NEW_STORY : LinkResult.Outcome.JOINED_STORY;
        return store(fresh.withLinks(Optional.empty(), story), outcome, List.of());
    }

    /**
     * Whether the new article, rather than the stored one, is the original: a page that names the
     * other's site as its source ("المصدر: …") is the copy; otherwise the earlier one is the original.
     */
    static boolean isOriginal(Article candidate, Article stored, IndexedArticle fresh, IndexedArticle existing) {
        if (namesAsSource(stored, candidate)) return true;
        if (namesAsSource(candidate, stored)) return false;
        int byTime = StoryClusterer.publishedOf(fresh).compareTo(StoryClusterer.publishedOf(existing));
        return byTime != 0 ? byTime < 0 : fresh.id().compareTo(existing.id()) < 0;
    }

    /** Whether {@code copy} names the site of {@code original} as its source. */
    private static boolean namesAsSource(Article copy, Article original) {
        Optional<String> source = copy.source().map(LinkText::words).map(w -> String.join(" ", w));
        Optional<String> site = original.siteName().map(LinkText::words).map(w -> String.join(" ", w));
        return source.isPresent()
                && site.isPresent()
                && !site.get().isEmpty()
                && (source.get().contains(site.get()) || site.get().contains(source.get()));
    }

    /** The stored original and its copies, re-pointed to the new original. */
    private List<IndexedArticle> demote(IndexedArticle oldOriginal, String newOriginalId) {
        var changed = new ArrayList<IndexedArticle>();
        changed.add(oldOriginal.withLinks(Optional.of(newOriginalId), oldOriginal.storyId()));
        for (IndexedArticle copy : index.copiesOf(oldOriginal.id()))
            changed.add(copy.withLinks(Optional.of(newOriginalId), copy.storyId()));
        return changed;
    }

    private LinkResult store(IndexedArticle article, LinkResult.Outcome outcome, List<IndexedArticle> changed) {
        // 6. The story is summarised from its stored articles with the new and changed ones laid
        // over them, so one refresh makes everything visible at once.
        var members = new java.util.LinkedHashMap<String, IndexedArticle>();
        for (IndexedArticle stored : index.storyArticles(article.storyId())) members.put(stored.id(), stored);
        for (IndexedArticle updated : changed)
            if (updated.storyId().equals(article.storyId())) members.put(updated.id(), updated);
        members.put(article.id(), article);
        index.put(article);
        changed.forEach(index::put);
        index.put(StorySummary.of(article.storyId(), List.copyOf(members.values())));
        index.refresh();
        return new LinkResult(article, outcome);
    }
}
