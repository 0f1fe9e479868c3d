package dev.marsad.link;

import dev.marsad.index.IndexedArticle;
import dev.marsad.index.Story;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
 * {@link dev.marsad.index.WriteConflict}, or a write fails), {@link #repair} puts back what it
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
    /**
     * The touched stories of a revision (which may move merged ids between stories), each as it was
     * when first noted, before the attempt wrote it (empty: there was none).
     */
    private final Map<String, Optional<Story>> before = new TreeMap<>();
    /** The stories the attempt merged away. */
    private final Set<String> vacated = new TreeSet<>();

    private final Map<String, Rewrite> rewrites = new LinkedHashMap<>();
    private final StorylineLinker storylines;
    private final CopyHeadlines copyHeadlines;

    TouchedStories(IndexView view) {
        this.view = view;
        this.storylines = new StorylineLinker(view);
        this.copyHeadlines = new CopyHeadlines(view);
    }

    /** Whether nothing is touched: the last attempt ended well, or none began. */
    boolean isEmpty() {
        return touched.isEmpty() && before.isEmpty() && vacated.isEmpty() && rewrites.isEmpty();
    }

    /** Forgets what an attempt that ended well touched. */
    void clear() {
        touched.clear();
        before.clear();
        vacated.clear();
        rewrites.clear();
    }

    /** Notes a story the attempt is about to write without changing its merged ids. */
    void add(String storyId) {
        touched.add(storyId);
    }

    /**
     * Notes a story a revision is about to write, and how it is now (before the attempt wrote it):
     * the repair gives it back the merged ids it has now.
     */
    void addAsItIs(String storyId) {
        touched.add(storyId);
        before.computeIfAbsent(storyId, view::story);
    }

    void addAllAsTheyAre(Collection<String> storyIds) {
        storyIds.forEach(this::addAsItIs);
    }

    /**
     * Notes the stories that a revision is about to merge away (before it moves their articles),
     * each as it is now; they are touched too.
     */
    void vacating(Collection<String> storyIds) {
        for (String id : storyIds) {
            addAsItIs(id); // noted by an earlier attempt (whose repair failed), it stays as noted then
            vacated.add(id);
        }
    }

    /** Notes a stored article that the attempt is about to write again, as {@code written}. */
    void rewriting(IndexedArticle before, IndexedArticle written) {
        Rewrite earlier = rewrites.get(before.id());
        rewrites.put(before.id(), new Rewrite(earlier == null ? before : earlier.before(), written));
        addAsItIs(before.storyId());
        addAsItIs(written.storyId());
    }

    /**
     * Before linking again after an attempt stopped midway: 1. every stored article it rewrote is put
     * back as it was (an original with its copies' headlines as they are now), unless it changed
     * since; 2. every touched story is rebuilt from its articles (the article being linked left out
     * when it is decided again), with the merged ids it had before the attempt (and those another
     * writer recorded on it since, but none the attempt carried over from a story it merged away) and
     * the related reading it has, or had before it was merged away, or deleted when no article is
     * left; 3. no rebuilt story lists another that exists as merged into it; 4. the storylines that
     * list a touched story show it as rebuilt (or its heir, or no longer).
     *
     * @param decidedAgain the article being linked, when it was first stored by the cut-short attempt
     */
    void repair(Optional<String> decidedAgain) {
        for (Rewrite r : rewrites.values()) { // 1
            if (decidedAgain.equals(Optional.of(r.before().id()))) continue;
            Optional<IndexedArticle> now = view.article(r.before().id());
            if (now.isEmpty() || !sameLinks(now.get(), r.written())) continue; // another writer's since
            // an original put back carries its copies' headlines as they are now, not as this attempt read them
            IndexedArticle before = r.before().isCanonical()
                    ? copyHeadlines.carrying(r.before(), decidedAgain, Optional.empty())
                    : r.before();
            view.put(before, LinkProfile.of(before.analyzed()).features(), true);
        }
        Set<String> carried = carried();
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
            Optional<Story> earlier = before.getOrDefault(storyId, stored);
            var merged = new LinkedHashSet<String>();
            earlier.ifPresent(b -> merged.addAll(b.mergedIds()));
            stored.ifPresent(s ->
                    s.mergedIds().stream().filter(id -> !carried.contains(id)).forEach(merged::add));
            List<String> related =
                    stored.or(() -> earlier).map(Story::relatedIds).orElse(List.of());
            rebuilt.put(storyId, StorySummary.of(storyId, members).withLinks(List.copyOf(merged), related));
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

    /**
     * The story ids the attempt may have recorded on the story that took in one it merged away: the
     * id of each story merged away, and the ids that story carried as merged into it before.
     */
    private Set<String> carried() {
        var carried = new TreeSet<String>(vacated);
        for (String id : vacated)
            before.getOrDefault(id, Optional.empty()).ifPresent(v -> carried.addAll(v.mergedIds()));
        return carried;
    }

    /** Whether two versions of an article are linked alike: same original, story and copy relations. */
    private static boolean sameLinks(IndexedArticle a, IndexedArticle b) {
        return a.duplicateOf().equals(b.duplicateOf())
                && a.storyId().equals(b.storyId())
                && a.copies().equals(b.copies());
    }
}
