package dev.marsad.link;

import dev.marsad.index.Story;
import dev.marsad.index.Storyline;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Links stories (events) into storylines (arcs): when a new article's story and another story
 * share their subject ({@link RelatedReading#sharesSubject}) closely enough, within {@link
 * #WINDOW}, their storylines become one. A storyline only grows by such links (connected
 * components), so it does not depend on the order in which the links were found; stories that
 * revisions delete leave it. Each write refreshes the entries of the stories that changed.
 */
final class StorylineLinker {

    /** Two articles further apart than this never link their stories into one storyline. */
    static final Duration WINDOW = Duration.ofDays(30);
    /** Topic similarity at or above which two stories that share a subject are one arc. */
    static final double MIN_SIMILARITY = 0.12;

    private final IndexView view;

    StorylineLinker(IndexView view) {
        this.view = view;
    }

    /** Whether a candidate of a new article links their two stories into one storyline. */
    static boolean isSameArc(StoryClusterer.Ranked candidate, LinkProfile profile, java.time.Instant published) {
        return candidate.similarity() >= MIN_SIMILARITY
                && Duration.between(published, candidate.candidate().published())
                                .abs()
                                .compareTo(WINDOW)
                        <= 0
                && RelatedReading.sharesSubject(profile, candidate.candidate().profile(), candidate.similarity());
    }

    /**
     * Updates the storylines after a story changed: 1. the storylines of the story, of the
     * stories it links to and of the stories that changed with it; 2. their union with the linked
     * stories, without deleted stories; 3. written under the smallest storyline id (else a new
     * one), the others deleted and recorded as merged into it; none is kept for a lone story.
     *
     * @param storyId the story that changed
     * @param linked stories found to be of the same arc
     * @param changed other stories that changed (revised) or were deleted with it
     */
    void update(String storyId, Collection<String> linked, Collection<String> changed) {
        var lines = new TreeMap<String, Storyline>(); // 1
        var involved = new TreeSet<String>(linked);
        involved.add(storyId);
        involved.addAll(changed);
        for (String s : involved) view.storylineOf(s).ifPresent(l -> lines.put(l.id(), l));
        if (lines.isEmpty() && linked.isEmpty()) return;
        var previous = new LinkedHashMap<String, Storyline.Entry>(); // 2
        for (Storyline l : lines.values()) for (Storyline.Entry e : l.stories()) previous.put(e.storyId(), e);
        Set<String> members = new TreeSet<>(previous.keySet());
        members.add(storyId);
        members.addAll(linked);
        var entries = new ArrayList<Storyline.Entry>();
        for (String s : members) {
            if (!involved.contains(s) && previous.containsKey(s)) entries.add(previous.get(s));
            else view.story(s).map(Storyline.Entry::of).ifPresent(entries::add);
        }
        String id = lines.isEmpty() ? "l" + storyId : lines.firstKey(); // 3
        var merged = new TreeSet<String>();
        for (Storyline l : lines.values()) {
            merged.addAll(l.mergedIds());
            if (!l.id().equals(id)) merged.add(l.id());
        }
        if (entries.size() < 2) {
            for (String line : lines.keySet()) view.deleteStoryline(line);
            return;
        }
        merged.remove(id);
        // the survivor first, naming those merged into it: a write that fails deletes nothing
        write(id, entries, merged);
        for (String line : lines.keySet()) if (!line.equals(id)) view.deleteStoryline(line);
    }

    /**
     * Brings the entries of {@code storyIds} up to date in the storylines that list them, after a
     * repair rebuilt those stories from their articles (a link that failed after writing its stories
     * left their entries as they were): each entry becomes its story as it is now; a story that is
     * gone gives its place to the story among {@code storyIds} that records its id as merged, or
     * leaves; a storyline left with fewer than two stories is deleted. Storylines are not joined or
     * split here: the links the failed attempt found are found again by later articles.
     */
    void refresh(Collection<String> storyIds) {
        var lines = new TreeMap<String, Storyline>();
        var heirs = new TreeMap<String, Story>();
        for (String s : storyIds) {
            view.storylineOf(s).ifPresent(l -> lines.put(l.id(), l));
            view.story(s).ifPresent(story -> story.mergedIds().forEach(m -> heirs.put(m, story)));
        }
        for (Storyline line : lines.values()) {
            var entries = new TreeMap<String, Storyline.Entry>();
            for (Storyline.Entry e : line.stories()) {
                if (!storyIds.contains(e.storyId())) entries.putIfAbsent(e.storyId(), e);
                else
                    view.story(e.storyId())
                            .or(() -> Optional.ofNullable(heirs.get(e.storyId())))
                            .ifPresent(now -> entries.put(now.id(), Storyline.Entry.of(now)));
            }
            if (entries.size() < 2) view.deleteStoryline(line.id());
            else write(line.id(), new ArrayList<>(entries.values()), line.mergedIds());
        }
    }

    /** Writes a storyline of {@code entries} (at least two), oldest first, under {@code id}. */
    private void write(String id, List<Storyline.Entry> entries, Collection<String> merged) {
        entries.sort(Comparator.comparing(Storyline.Entry::first).thenComparing(Storyline.Entry::storyId));
        view.put(new Storyline(
                id,
                titleOf(entries),
                entries,
                entries.getFirst().first(),
                entries.stream()
                        .map(Storyline.Entry::last)
                        .max(Comparator.naturalOrder())
                        .orElseThrow(),
                List.copyOf(merged)));
    }

    /** The headline of the largest story, of equal ones the latest. */
    private static String titleOf(List<Storyline.Entry> entries) {
        return entries.stream()
                .max(Comparator.comparingInt(Storyline.Entry::articles)
                        .thenComparing(Storyline.Entry::last)
                        .thenComparing(Storyline.Entry::storyId, Comparator.reverseOrder()))
                .orElseThrow()
                .title();
    }
}
