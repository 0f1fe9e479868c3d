package dev.marsad.link;

import dev.marsad.index.IndexedArticle;
import dev.marsad.index.Story;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The stories one link attempt wrote or was about to write, and the stories it merged away; when a
 * shared index refuses one of its story writes ({@link dev.marsad.index.StoryConflict}), the
 * attempt stops midway, and {@link #repair} puts the stories back in step with their articles
 * before the next attempt. Every story id that readers could reach before still reaches the story
 * that holds its articles afterwards: a revision moves articles before it writes stories, so an
 * attempt cut short may have moved every article of a story it merged away, and deleted it or not,
 * without having recorded its id on the story that took them in.
 */
final class TouchedStories {

    /**
     * A story that the attempt merged into another, as it was before.
     *
     * @param mergedIds the ids already merged into it, which must keep resolving too
     * @param articleIds its articles, whose story after the attempt is where its id must lead
     */
    private record Vacated(List<String> mergedIds, List<String> articleIds) {}

    private final IndexView view;
    private final StorylineLinker storylines;
    private final Set<String> touched = new TreeSet<>();
    private final Map<String, Vacated> vacated = new TreeMap<>();

    TouchedStories(IndexView view, StorylineLinker storylines) {
        this.view = view;
        this.storylines = storylines;
    }

    /** Whether nothing is touched: the last attempt ended well, or none began. */
    boolean isEmpty() {
        return touched.isEmpty() && vacated.isEmpty();
    }

    /** Forgets what an attempt that ended well touched. */
    void clear() {
        touched.clear();
        vacated.clear();
    }

    void add(String storyId) {
        touched.add(storyId);
    }

    void addAll(Collection<String> storyIds) {
        touched.addAll(storyIds);
    }

    /**
     * Notes the stories that a revision is about to merge away (before it moves their articles),
     * each as it is now; they are touched too.
     */
    void vacating(Collection<String> storyIds) {
        for (String id : storyIds) {
            touched.add(id);
            if (vacated.containsKey(id)) continue; // noted by an earlier attempt, before its moves
            view.story(id).ifPresent(s -> vacated.put(id, new Vacated(s.mergedIds(), s.articleIds())));
        }
    }

    /**
     * Before linking again after a conflict: 1. every touched story is rebuilt from its stored
     * articles (the article being linked left out when it is decided again), keeping its merged ids
     * and related reading, or deleted when none is left; 2. every merged-away story that no longer
     * exists has its id and merged ids recorded on the story that now holds its articles, 3. which
     * also takes its place in its storyline. A revision cut short between moving articles and
     * writing their stories leaves no story listing what it no longer holds, and no story id
     * leading nowhere.
     *
     * @param decidedAgain the article being linked, when it was first stored by the cut-short attempt
     */
    void repair(Optional<String> decidedAgain) {
        var rebuilt = new TreeMap<String, Story>(); // 1
        for (String storyId : touched) {
            List<IndexedArticle> members = view.storyArticles(storyId).stream()
                    .filter(a -> !decidedAgain.equals(Optional.of(a.id())))
                    .toList();
            Optional<Story> previous = view.story(storyId);
            if (members.isEmpty()) {
                if (previous.isPresent()) view.deleteStory(storyId);
                continue;
            }
            Story story = StorySummary.of(storyId, members);
            rebuilt.put(
                    storyId,
                    previous.map(p -> story.withLinks(p.mergedIds(), p.relatedIds()))
                            .orElse(story));
        }
        var inherited = new TreeMap<String, Set<String>>(); // 2
        for (var v : vacated.entrySet())
            if (!rebuilt.containsKey(v.getKey()) && view.story(v.getKey()).isEmpty())
                holderOf(v.getValue(), decidedAgain)
                        .ifPresent(holder -> inherited
                                .computeIfAbsent(holder, k -> new TreeSet<>())
                                .add(v.getKey()));
        inherited.forEach((holder, ids) -> {
            Story story = Optional.ofNullable(rebuilt.get(holder))
                    .or(() -> view.story(holder))
                    .orElseThrow(
                            () -> new IllegalStateException("story " + holder + " holds articles but is not stored"));
            var mergedIds = new TreeSet<>(story.mergedIds());
            for (String id : ids) {
                mergedIds.add(id);
                mergedIds.addAll(vacated.get(id).mergedIds());
            }
            mergedIds.remove(holder);
            rebuilt.put(holder, story.withLinks(List.copyOf(mergedIds), story.relatedIds()));
        });
        rebuilt.values().forEach(view::put);
        inherited.forEach((holder, ids) -> storylines.update(holder, List.of(), ids)); // 3
        clear();
    }

    /** The story that now holds a merged-away story's articles: that of the first one still stored. */
    private Optional<String> holderOf(Vacated story, Optional<String> decidedAgain) {
        for (String articleId : story.articleIds()) {
            if (decidedAgain.equals(Optional.of(articleId))) continue;
            Optional<IndexedArticle> article = view.article(articleId);
            if (article.isPresent()) return Optional.of(article.get().storyId());
        }
        return Optional.empty();
    }
}
