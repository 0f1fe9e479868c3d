package dev.marsad.link;

import dev.marsad.index.IndexedArticle;
import dev.marsad.index.Story;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What one link attempt changed besides its own article: the stored articles it rewrote (moved to
 * another story, re-pointed to a new original), the stories it wrote or was about to write, and
 * the stories it merged away. When the attempt stops midway (a shared index refuses a story write,
 * {@link dev.marsad.index.StoryConflict}, or a write fails), {@link #repair} puts back what it
 * changed before the article is linked again (or the next one is), so that the next attempt
 * decides on the stories as they were: an attempt cut short may have moved every article of a
 * story it merged away, deleted that story or not, and not yet recorded its id on the story that
 * took them in; or re-pointed a copy to an original that is then decided anew.
 */
final class TouchedStories {

    /** A stored article as it was before the attempt, and as the attempt wrote it. */
    private record Rewrite(IndexedArticle before, IndexedArticle written) {}

    private final IndexView view;
    private final Set<String> touched = new TreeSet<>();
    /** The stories the attempt merged away, as they were before it. */
    private final Map<String, Story> vacated = new TreeMap<>();

    private final Map<String, Rewrite> rewrites = new LinkedHashMap<>();
    private final StorylineLinker storylines;

    TouchedStories(IndexView view) {
        this.view = view;
        this.storylines = new StorylineLinker(view);
    }

    /** Whether nothing is touched: the last attempt ended well, or none began. */
    boolean isEmpty() {
        return touched.isEmpty() && vacated.isEmpty() && rewrites.isEmpty();
    }

    /** Forgets what an attempt that ended well touched. */
    void clear() {
        touched.clear();
        vacated.clear();
        rewrites.clear();
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
            view.story(id).ifPresent(s -> vacated.put(id, s));
        }
    }

    /** Notes a stored article that the attempt is about to write again, as {@code written}. */
    void rewriting(IndexedArticle before, IndexedArticle written) {
        Rewrite earlier = rewrites.get(before.id());
        rewrites.put(before.id(), new Rewrite(earlier == null ? before : earlier.before(), written));
        touched.add(before.storyId());
        touched.add(written.storyId());
    }

    /**
     * Before linking again after an attempt stopped midway: 1. every stored article it rewrote is
     * put back as it was, unless it changed since; 2. every touched story is rebuilt from its
     * articles (the article being linked left out when it is decided again), with the merged ids
     * and related reading it has, or had before it was merged away, or deleted when no article is
     * left; 3. no rebuilt story lists another that exists as merged into it; 4. the storylines
     * that list a touched story show it as rebuilt (or its heir, or no longer).
     *
     * @param decidedAgain the article being linked, when it was first stored by the cut-short attempt
     */
    void repair(Optional<String> decidedAgain) {
        for (Rewrite r : rewrites.values()) { // 1
            if (decidedAgain.equals(Optional.of(r.before().id()))) continue;
            Optional<IndexedArticle> now = view.article(r.before().id());
            if (now.isEmpty() || !sameLinks(now.get(), r.written())) continue; // another writer's since
            view.put(r.before(), LinkProfile.of(r.before().analyzed()).features(), true);
        }
        var rebuilt = new TreeMap<String, Story>(); // 2
        for (String storyId : touched) {
            List<IndexedArticle> members = view.storyArticles(storyId).stream()
                    .filter(a -> !decidedAgain.equals(Optional.of(a.id())))
                    .toList();
            Optional<Story> stored = view.story(storyId);
            if (members.isEmpty()) {
                if (stored.isPresent()) view.deleteStory(storyId);
                continue;
            }
            Optional<Story> previous = stored.or(() -> Optional.ofNullable(vacated.get(storyId)));
            Story story = StorySummary.of(storyId, members);
            rebuilt.put(
                    storyId,
                    previous.map(p -> story.withLinks(p.mergedIds(), p.relatedIds()))
                            .orElse(story));
        }
        for (Story story : rebuilt.values()) { // 3
            List<String> merged = story.mergedIds().stream()
                    .filter(id -> !rebuilt.containsKey(id))
                    .toList();
            view.put(story.withLinks(merged, story.relatedIds()));
        }
        storylines.refresh(touched); // 4
        clear();
    }

    /** Whether two versions of an article are linked alike: same original, story and copy relations. */
    private static boolean sameLinks(IndexedArticle a, IndexedArticle b) {
        return a.duplicateOf().equals(b.duplicateOf())
                && a.storyId().equals(b.storyId())
                && a.copies().equals(b.copies());
    }
}
