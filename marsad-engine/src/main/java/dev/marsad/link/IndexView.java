package dev.marsad.link;

import dev.marsad.index.ArticleIndex;
import dev.marsad.index.Candidate;
import dev.marsad.index.CandidateKeys;
import dev.marsad.index.CandidateQuery;
import dev.marsad.index.IndexedArticle;
import dev.marsad.index.LinkFeatures;
import dev.marsad.index.Story;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;

/**
 * The index as the linker sees it: what the reader returns, overlaid with what the linker wrote
 * since the reader last saw its writes (articles with their link features, stories). By id, the
 * version in memory wins. Entries are dropped once the index reports them visible ({@link
 * ArticleIndex#visibleWriteCount()}), so memory holds about one refresh interval of writes.
 *
 * <p>Candidate queries give the same answer whenever the reader was refreshed: the reader is asked
 * for its best candidates other than the ids whose visible version may be stale, the same query is
 * evaluated on the articles in memory, and the union is cut to the query's limit in the query's
 * own order, which depends on nothing but the articles themselves.
 */
final class IndexView {

    /**
     * The most articles kept in memory. The caller refreshes the reader on its own schedule; if it
     * has not done so for this many articles, the view refreshes it, which changes no decision.
     */
    static final int MAX_RECENT = 1000;

    private final ArticleIndex index;
    private final int maxRecent;
    private final Map<String, Written> articles = new LinkedHashMap<>();
    private final Map<String, WrittenStory> stories = new HashMap<>();

    /**
     * An article written since the reader last saw it.
     *
     * @param write the index's write count just after it was written
     * @param mayBeStale whether the reader may hold an older version of it (it replaced a stored
     *     article, or was written twice): the reader is not asked for it as a candidate then
     */
    private record Written(
            IndexedArticle article, LinkFeatures features, CandidateKeys keys, long write, boolean mayBeStale) {}

    private record WrittenStory(Story story, long write) {}

    IndexView(ArticleIndex index, int maxRecent) {
        if (maxRecent < 1) throw new IllegalArgumentException("maxRecent " + maxRecent + ", at least 1");
        this.index = index;
        this.maxRecent = maxRecent;
    }

    /** Drops what the reader now sees; refreshes the reader first when memory is full. */
    void forgetVisible() {
        if (articles.size() >= maxRecent) index.refresh();
        long visible = index.visibleWriteCount();
        articles.values().removeIf(w -> w.write() <= visible);
        stories.values().removeIf(w -> w.write() <= visible);
    }

    /** The number of articles held in memory. */
    int recentCount() {
        return articles.size();
    }

    Optional<IndexedArticle> article(String id) {
        Written recent = articles.get(id);
        return recent != null ? Optional.of(recent.article()) : index.article(id);
    }

    Optional<Story> story(String id) {
        WrittenStory recent = stories.get(id);
        return recent != null ? Optional.of(recent.story()) : index.story(id);
    }

    /** The first {@code query.limit()} candidates of the query over the reader and memory together. */
    List<Candidate> candidates(CandidateQuery query) {
        var staleIds = new HashSet<String>();
        for (Written w : articles.values())
            if (w.mayBeStale()) staleIds.add(w.article().id());
        var merged = new ArrayList<Candidate>();
        for (Candidate c : index.candidates(query.excluding(staleIds)))
            if (!articles.containsKey(c.id())) merged.add(c);
        for (Written w : articles.values()) {
            OptionalInt score = query.score(w.keys());
            if (score.isPresent()) merged.add(Candidate.of(w.article(), w.features(), score.getAsInt()));
        }
        merged.sort(CandidateQuery.ORDER);
        return merged.subList(0, Math.min(query.limit(), merged.size()));
    }

    /** The copies of an article, oldest first. */
    List<IndexedArticle> copiesOf(String id) {
        return overlay(index.copiesOf(id), a -> a.duplicateOf().equals(Optional.of(id)));
    }

    /** The articles of a story, copies included, oldest first. */
    List<IndexedArticle> storyArticles(String storyId) {
        return overlay(index.storyArticles(storyId), a -> a.storyId().equals(storyId));
    }

    /**
     * Writes an article.
     *
     * @param replacesStored whether an article with its id may have been stored before
     */
    void put(IndexedArticle article, LinkFeatures features, boolean replacesStored) {
        index.put(article, features);
        boolean mayBeStale = replacesStored || articles.containsKey(article.id());
        articles.put(
                article.id(),
                new Written(article, features, CandidateKeys.of(article, features), index.writeCount(), mayBeStale));
    }

    void put(Story story) {
        index.put(story);
        stories.put(story.id(), new WrittenStory(story, index.writeCount()));
    }

    /** The reader's articles with those in memory laid over them, keeping the ones that still match. */
    private List<IndexedArticle> overlay(List<IndexedArticle> fromReader, Predicate<IndexedArticle> matches) {
        var byId = new LinkedHashMap<String, IndexedArticle>();
        for (IndexedArticle a : fromReader) byId.put(a.id(), a);
        for (Written w : articles.values()) byId.remove(w.article().id());
        for (Written w : articles.values())
            if (matches.test(w.article())) byId.put(w.article().id(), w.article());
        var result = new ArrayList<>(byId.values());
        result.sort(Comparator.comparing(StoryClusterer::publishedOf).thenComparing(IndexedArticle::id));
        return result;
    }
}
