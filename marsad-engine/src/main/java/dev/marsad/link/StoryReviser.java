package dev.marsad.link;

import dev.marsad.index.IndexedArticle;
import dev.marsad.index.Story;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * The linker's story step: decides the story of a new canonical article and, when the article
 * touches stories, re-partitions them with {@link StoryRevision} and writes what moved (articles
 * with their copies, story summaries, merged stories deleted and recorded on the story that took
 * them in). Keeps the profiles of recent articles in memory; a profile it does not hold is read
 * from the index, which gives the same profile, so decisions do not depend on what it holds.
 */
final class StoryReviser {

    /** The most stories one revision takes in: those of the most similar candidates. */
    static final int MAX_STORIES = 4;
    /** Profiles kept in memory, the most recently used. */
    static final int CACHED_PROFILES = 4096;

    private final IndexView view;
    private final Map<String, LinkProfile> profiles = new LinkedHashMap<>(CACHED_PROFILES, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, LinkProfile> eldest) {
            return size() > CACHED_PROFILES;
        }
    };

    StoryReviser(IndexView view) {
        this.view = view;
    }

    /**
     * The story of a new canonical article and the moves of stored articles that come with it.
     *
     * @param storyId the article's story
     * @param moves the stored canonical articles that change story, to their new story
     * @param vacated stories left without articles, each with the story that took most of them
     */
    record Decision(String storyId, Map<String, String> moves, Map<String, String> vacated) {
        Decision {
            moves = Map.copyOf(moves);
            vacated = Map.copyOf(vacated);
        }

        /** The story an article is in after this decision, given its story before. */
        String storyOf(String articleId, String storyBefore) {
            return moves.getOrDefault(articleId, vacated.getOrDefault(storyBefore, storyBefore));
        }
    }

    /** Remembers a profile (of the article being linked, or of a candidate). */
    void remember(String articleId, LinkProfile profile) {
        profiles.put(articleId, profile);
    }

    /**
     * Decides: 1. the stories of the candidates similar enough to join ({@link
     * StoryClusterer#MIN_SIMILARITY}); 2. none: a new story; 3. their canonical articles and the
     * new one re-partitioned, 4. unless too many, when it joins the most similar one's story.
     */
    Decision decide(IndexedArticle fresh, LinkProfile profile, Instant published, List<StoryClusterer.Ranked> ranked) {
        var touched = new LinkedHashSet<String>(); // 1
        for (StoryClusterer.Ranked r : ranked) {
            remember(r.candidate().id(), r.candidate().profile());
            if (r.similarity() >= StoryClusterer.MIN_SIMILARITY && touched.size() < MAX_STORIES)
                touched.add(r.candidate().storyId());
        }
        String joined = StoryClusterer.storyFor(fresh.storyId(), ranked);
        if (touched.isEmpty()) return new Decision(joined, Map.of(), Map.of()); // 2
        var members = new ArrayList<StoryRevision.Member>(); // 3
        members.add(new StoryRevision.Member(fresh.id(), fresh.storyId(), published, profile));
        for (String storyId : touched) {
            Optional<Story> story = view.story(storyId);
            if (story.isEmpty()) continue;
            for (Story.Member m : story.get().members())
                if (m.canonical() && !m.id().equals(fresh.id()))
                    members.add(new StoryRevision.Member(m.id(), storyId, m.published(), profileOf(m.id())));
        }
        if (members.size() > StoryRevision.MAX_ARTICLES) return new Decision(joined, Map.of(), Map.of()); // 4
        Map<String, String> labels = StoryRevision.revise(
                members, id -> !touched.contains(id) && view.story(id).isPresent());
        var moves = new TreeMap<String, String>();
        var byOldStory = new TreeMap<String, Map<String, Integer>>();
        for (StoryRevision.Member m : members) {
            String label = labels.get(m.id());
            if (m.id().equals(fresh.id())) continue;
            if (!label.equals(m.storyId())) moves.put(m.id(), label);
            byOldStory.computeIfAbsent(m.storyId(), k -> new TreeMap<>()).merge(label, 1, Integer::sum);
        }
        Set<String> kept = new TreeSet<>(labels.values());
        var vacated = new TreeMap<String, String>();
        byOldStory.forEach((old, counts) -> {
            if (kept.contains(old)) return;
            String heir = counts.entrySet().stream() // most of its articles, then the smaller id
                    .sorted(Map.Entry.<String, Integer>comparingByValue()
                            .reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .findFirst()
                    .orElseThrow()
                    .getKey();
            vacated.put(old, heir);
        });
        return new Decision(labels.get(fresh.id()), moves, vacated);
    }

    /**
     * Writes a decision with moves: the moved articles and their copies in their new stories, the
     * summaries of every story involved, and then the vacated stories deleted (their ids recorded
     * on their heirs, so their pages still resolve).
     *
     * @param article the new article, already stored
     * @param rewriting told of each stored article before it is written again (as it was, as written)
     * @return the other stories written or deleted
     */
    Set<String> apply(Decision decision, IndexedArticle article, BiConsumer<IndexedArticle, IndexedArticle> rewriting) {
        var involved = new TreeSet<String>();
        involved.add(article.storyId());
        for (var move : decision.moves().entrySet()) {
            IndexedArticle moved = view.article(move.getKey())
                    .orElseThrow(() -> new IllegalStateException("story member " + move.getKey() + " is not stored"));
            involved.add(moved.storyId());
            involved.add(move.getValue());
            IndexedArticle movedNow = moved.withLinks(moved.duplicateOf(), move.getValue());
            rewriting.accept(moved, movedNow);
            view.put(movedNow, profileOf(moved.id()).features(), true);
            for (IndexedArticle copy : view.copiesOf(moved.id())) {
                IndexedArticle copyNow = copy.withLinks(copy.duplicateOf(), move.getValue());
                rewriting.accept(copy, copyNow);
                view.put(copyNow, LinkProfile.of(copy.analyzed()).features(), true);
            }
        }
        involved.addAll(decision.vacated().keySet());
        var merged = new TreeMap<String, List<String>>();
        for (var v : decision.vacated().entrySet()) {
            var ids = merged.computeIfAbsent(v.getValue(), k -> new ArrayList<>());
            ids.add(v.getKey());
            view.story(v.getKey()).ifPresent(s -> ids.addAll(s.mergedIds()));
        }
        var emptied = new TreeSet<String>();
        for (String storyId : involved) {
            List<IndexedArticle> articles = view.storyArticles(storyId);
            Optional<Story> previous = view.story(storyId);
            if (articles.isEmpty()) {
                if (previous.isPresent()) emptied.add(storyId);
                continue;
            }
            var mergedIds = new TreeSet<String>(previous.map(Story::mergedIds).orElse(List.of()));
            mergedIds.addAll(merged.getOrDefault(storyId, List.of()));
            mergedIds.remove(storyId);
            view.put(StorySummary.of(storyId, articles)
                    .withLinks(
                            List.copyOf(mergedIds),
                            previous.map(Story::relatedIds).orElse(List.of())));
        }
        // deleted once their heirs name them: a write that fails leaves no merged id leading nowhere
        for (String storyId : emptied) view.deleteStory(storyId);
        involved.remove(article.storyId());
        return involved;
    }

    /** The profile of a stored article: from memory, else profiled from the article as stored. */
    private LinkProfile profileOf(String articleId) {
        LinkProfile cached = profiles.get(articleId);
        if (cached != null) return cached;
        LinkProfile profile = LinkProfile.of(view.article(articleId)
                .orElseThrow(() -> new IllegalStateException("story member " + articleId + " is not stored"))
                .analyzed());
        remember(articleId, profile);
        return profile;
    }
}
