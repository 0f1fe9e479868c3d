package dev.marsad.link;

import dev.marsad.index.ArticleIndex;
import dev.marsad.index.Candidate;
import dev.marsad.index.CandidateKeys;
import dev.marsad.index.CandidateQuery;
import dev.marsad.index.IndexedArticle;
import dev.marsad.index.LinkFeatures;
import dev.marsad.index.Story;
import dev.marsad.index.Storyline;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    /** The ids of the articles in memory by key: {@link #articles}' keys, inverted. */
    private final Map<CandidateQuery.Field, Map<String, Set<String>>> idsByKey =
            new EnumMap<>(CandidateQuery.Field.class);

    /**
     * An article written since the reader last saw it.
     *
     * @param write the index's write count just after it was written
     * @param mayBeStale whether the reader may hold an older version of it (it replaced a stored
     *     article, or was written twice): the reader is not asked for it as a candidate then
     */
    private record Written(
            IndexedArticle article, LinkFeatures features, CandidateKeys keys, long write, boolean mayBeStale) {}

    /** A story written or deleted (empty) since the reader last saw it. */
    private record WrittenStory(Optional<Story> story, long write) {}

    /** A storyline written or deleted (empty) since the reader last saw it. */
    private record WrittenStoryline(Optional<Storyline> storyline, long write) {}

    private final Map<String, WrittenStoryline> storylines = new HashMap<>();
    /** The storyline each story was last written in, for the storylines in memory. */
    private final Map<String, String> storylineOfStory = new HashMap<>();

    IndexView(ArticleIndex index, int maxRecent) {
        if (maxRecent < 1) throw new IllegalArgumentException("maxRecent " + maxRecent + ", at least 1");
        this.index = index;
        this.maxRecent = maxRecent;
        for (CandidateQuery.Field field : CandidateQuery.Field.values()) idsByKey.put(field, new HashMap<>());
    }

    /** Drops what the reader now sees; refreshes the reader first when memory is full. */
    void forgetVisible() {
        if (articles.size() >= maxRecent) index.refresh();
        long visible = index.visibleWriteCount();
        articles.values().removeIf(w -> {
            if (w.write() > visible) return false;
            unindex(w);
            return true;
        });
        stories.values().removeIf(w -> w.write() <= visible);
        storylines.values().removeIf(w -> w.write() <= visible);
        storylineOfStory.values().removeIf(line -> !storylines.containsKey(line));
    }

    /** The number of articles held in memory. */
    int recentCount() {
        return articles.size();
    }

    Optional<IndexedArticle> article(String id) {
        Written recent = articles.get(id);
        return recent != null ? Optional.of(recent.article()) : index.article(id);
    }

    /**
     * The link profile of a stored article: decoded from what was written with it when it is in
     * memory, else computed from the article.
     */
    LinkProfile profile(IndexedArticle article) {
        Written recent = articles.get(article.id());
        if (recent != null) {
            Optional<LinkProfile> decoded = LinkProfile.decode(recent.features().profile());
            if (decoded.isPresent()) return decoded.get();
        }
        return LinkProfile.of(article.analyzed());
    }

    Optional<Story> story(String id) {
        WrittenStory recent = stories.get(id);
        return recent != null ? recent.story() : index.story(id).filter(s -> s.id().equals(id));
    }

    /** The first {@code query.limit()} candidates of the query over the reader and memory together. */
    List<Candidate> candidates(CandidateQuery query) {
        var staleIds = new HashSet<String>();
        for (Written w : articles.values())
            if (w.mayBeStale()) staleIds.add(w.article().id());
        var merged = new ArrayList<Candidate>();
        for (Candidate c : index.candidates(query.excluding(staleIds)))
            if (!articles.containsKey(c.id())) merged.add(c);
        merged.addAll(recentCandidates(query));
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
        Written previous = articles.get(article.id());
        if (previous != null) unindex(previous);
        var written = new Written(
                article,
                features,
                CandidateKeys.of(article, features),
                index.writeCount(),
                replacesStored || previous != null);
        articles.put(article.id(), written);
        for (var byKey : idsByKey.entrySet())
            for (String key : written.keys().keys(byKey.getKey()))
                byKey.getValue().computeIfAbsent(key, k -> new HashSet<>()).add(article.id());
    }

    private void unindex(Written written) {
        String id = written.article().id();
        for (var byKey : idsByKey.entrySet())
            for (String key : written.keys().keys(byKey.getKey())) {
                Set<String> ids = byKey.getValue().get(key);
                if (ids != null && ids.remove(id) && ids.isEmpty())
                    byKey.getValue().remove(key);
            }
    }

    /**
     * The first {@code query.limit()} candidates among the articles in memory: {@link
     * CandidateQuery#score} of each article that shares a key, summed key by key from the inverted
     * map instead of testing every article against every key.
     */
    private List<Candidate> recentCandidates(CandidateQuery query) {
        var scores = new HashMap<String, int[]>();
        for (CandidateQuery.Key key : query.keys()) {
            Set<String> having = idsByKey.get(key.field()).get(key.value());
            if (having != null) for (String id : having) scores.computeIfAbsent(id, k -> new int[1])[0] += key.weight();
        }
        var scored = new ArrayList<Map.Entry<Written, Integer>>(scores.size());
        scores.forEach((id, score) -> {
            Written w = articles.get(id);
            if (query.admits(w.keys())) scored.add(Map.entry(w, score[0]));
        });
        scored.sort(Comparator.<Map.Entry<Written, Integer>>comparingInt(Map.Entry::getValue)
                .reversed()
                .thenComparing(e -> e.getKey().article().id()));
        var result = new ArrayList<Candidate>(Math.min(query.limit(), scored.size()));
        for (var e : scored.subList(0, Math.min(query.limit(), scored.size())))
            result.add(Candidate.of(e.getKey().article(), e.getKey().features(), e.getValue()));
        return result;
    }

    void put(Story story) {
        index.put(story);
        stories.put(story.id(), new WrittenStory(Optional.of(story), index.writeCount()));
    }

    Optional<Storyline> storyline(String id) {
        WrittenStoryline recent = storylines.get(id);
        return recent != null ? recent.storyline() : index.storyline(id).filter(l -> l.id().equals(id));
    }

    /** The storyline a story is in: the one in memory that holds it, else the reader's unless memory has a newer version. */
    Optional<Storyline> storylineOf(String storyId) {
        String recentId = storylineOfStory.get(storyId);
        if (recentId != null) {
            Optional<Storyline> recent = storyline(recentId);
            if (recent.isPresent() && recent.get().storyIds().contains(storyId)) return recent;
        }
        Optional<Storyline> read = index.storylineOf(storyId);
        if (read.isEmpty() || !storylines.containsKey(read.get().id())) return read;
        return storylines
                .get(read.get().id())
                .storyline()
                .filter(l -> l.storyIds().contains(storyId));
    }

    void put(Storyline storyline) {
        index.put(storyline);
        storylines.put(storyline.id(), new WrittenStoryline(Optional.of(storyline), index.writeCount()));
        for (String story : storyline.storyIds()) storylineOfStory.put(story, storyline.id());
    }

    void deleteStoryline(String id) {
        index.deleteStoryline(id);
        storylines.put(id, new WrittenStoryline(Optional.empty(), index.writeCount()));
    }

    /** Deletes a story (its articles moved to others). */
    void deleteStory(String id) {
        index.deleteStory(id);
        stories.put(id, new WrittenStory(Optional.empty(), index.writeCount()));
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
