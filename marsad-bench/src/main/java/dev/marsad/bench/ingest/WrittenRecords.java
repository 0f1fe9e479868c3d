package dev.marsad.bench.ingest;

import dev.marsad.index.ArticleIndex;
import dev.marsad.index.LinkFeatures;
import dev.marsad.index.Story;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Which articles, stories and storylines a pipeline run left in its index, noted as it writes
 * ({@link MirroredIndex.Write}): the ids of what was put and not deleted since, and each article's
 * link features (which the index keeps only as search keys and gives back with candidates, never
 * by id). {@link #copy} then writes those records, read back from the run's index, into another
 * index through its normal write path: {@code bench solr --fill COPY} fills SolrCloud with the same
 * records and the same stories as the embedded index after one pipeline run into the embedded index
 * alone, at the rate of a bulk load instead of the linker's. Thread-safe.
 */
final class WrittenRecords implements Consumer<MirroredIndex.Write> {

    private final Map<String, LinkFeatures> articles = new LinkedHashMap<>();
    private final Set<String> stories = new LinkedHashSet<>();
    private final Set<String> storylines = new LinkedHashSet<>();

    /** How many records a copy wrote, and in how long. */
    record Copied(int articles, int stories, int storylines, double seconds) {
        double perSecond() {
            return (articles + stories + storylines) / seconds;
        }
    }

    @Override
    public synchronized void accept(MirroredIndex.Write write) {
        switch (write) {
            case MirroredIndex.Write.ArticlePut a -> articles.put(a.article().id(), a.features());
            case MirroredIndex.Write.StoryPut s -> stories.add(s.story().id());
            case MirroredIndex.Write.StoryDeleted d -> stories.remove(d.storyId());
            case MirroredIndex.Write.StorylinePut l ->
                storylines.add(l.storyline().id());
            case MirroredIndex.Write.StorylineDeleted d -> storylines.remove(d.storylineId());
        }
    }

    /**
     * Writes every noted record as {@code from} holds it now into {@code to}: the articles with the
     * link features of their last write, then the stories and storylines; then commits {@code to}
     * with {@code from}'s commit record. Run it after the pipeline that wrote {@code from} has
     * closed.
     *
     * @throws IllegalStateException when {@code from} lacks a record that was written and not deleted
     */
    synchronized Copied copy(ArticleIndex from, ArticleIndex to) {
        long start = System.nanoTime();
        for (var written : articles.entrySet())
            to.put(
                    from.article(written.getKey()).orElseThrow(() -> missing("article", written.getKey())),
                    written.getValue());
        for (String id : stories) {
            Story story = from.story(id).orElseThrow(() -> missing("story", id));
            // story(id) answers for a story merged away with its heir; a merged story was deleted, so
            // an id noted here is still its own story
            if (!story.id().equals(id)) throw missing("story", id);
            to.put(story);
        }
        for (String id : storylines) to.put(from.storyline(id).orElseThrow(() -> missing("storyline", id)));
        to.commit(from.commitData());
        return new Copied(articles.size(), stories.size(), storylines.size(), (System.nanoTime() - start) / 1e9);
    }

    private static IllegalStateException missing(String kind, String id) {
        return new IllegalStateException(
                "the " + kind + " " + id + " was written and not deleted, but the index it is copied from lacks it");
    }
}
