package dev.marsad.bench.ingest;

import dev.marsad.index.ArticleIndex;
import dev.marsad.index.IndexedArticle;
import dev.marsad.index.LinkFeatures;
import dev.marsad.index.LinkLock;
import dev.marsad.index.SearchQuery;
import dev.marsad.index.SearchResult;
import dev.marsad.index.Story;
import dev.marsad.index.Storyline;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One pipeline run filling two indexes with the same articles, stories and storylines: every read
 * and commit goes to the {@code primary} (so the linker decides exactly as on it alone), every write
 * goes to the primary and to the {@code mirror} as well ({@link Write}). {@code bench solr --fill
 * MIRROR} sends the writes on to the SolrCloud backend as they come, {@code
 * --fill COPY} only notes what was written ({@link WrittenRecords}) and copies it afterwards; the
 * search comparison needs the same articles in every index, not four ingests.
 */
final class MirroredIndex implements ArticleIndex {

    /** One write of the pipeline, as the mirror receives it. */
    sealed interface Write {
        record ArticlePut(IndexedArticle article, LinkFeatures features) implements Write {}

        record StoryPut(Story story) implements Write {}

        record StoryDeleted(String storyId) implements Write {}

        record StorylinePut(Storyline storyline) implements Write {}

        record StorylineDeleted(String storylineId) implements Write {}

        /** Makes this write on {@code index}. */
        default void applyTo(ArticleIndex index) {
            switch (this) {
                case ArticlePut a -> index.put(a.article(), a.features());
                case StoryPut s -> index.put(s.story());
                case StoryDeleted d -> index.deleteStory(d.storyId());
                case StorylinePut l -> index.put(l.storyline());
                case StorylineDeleted d -> index.deleteStoryline(d.storylineId());
            }
        }
    }

    private final ArticleIndex primary;
    private final Consumer<Write> mirror;

    /**
     * @param mirror receives every write after the primary made it; {@code write -> write.applyTo(other)}
     *     sends it on to another index as it comes
     */
    MirroredIndex(ArticleIndex primary, Consumer<Write> mirror) {
        this.primary = primary;
        this.mirror = mirror;
    }

    private void both(Write write) {
        write.applyTo(primary);
        mirror.accept(write);
    }

    @Override
    public void put(IndexedArticle article, LinkFeatures features) {
        both(new Write.ArticlePut(article, features));
    }

    @Override
    public void put(Story story) {
        both(new Write.StoryPut(story));
    }

    @Override
    public void deleteStory(String storyId) {
        both(new Write.StoryDeleted(storyId));
    }

    @Override
    public void put(Storyline storyline) {
        both(new Write.StorylinePut(storyline));
    }

    @Override
    public void deleteStoryline(String storylineId) {
        both(new Write.StorylineDeleted(storylineId));
    }

    @Override
    public Optional<Storyline> storyline(String id) {
        return primary.storyline(id);
    }

    @Override
    public Optional<Storyline> storylineOf(String storyId) {
        return primary.storylineOf(storyId);
    }

    @Override
    public void commit() {
        primary.commit();
    }

    @Override
    public void commit(Map<String, String> data) {
        primary.commit(data);
    }

    @Override
    public Map<String, String> commitData() {
        return primary.commitData();
    }

    @Override
    public void refresh() {
        primary.refresh();
    }

    @Override
    public boolean tryRefresh() {
        return primary.tryRefresh();
    }

    @Override
    public long writeCount() {
        return primary.writeCount();
    }

    @Override
    public long visibleWriteCount() {
        return primary.visibleWriteCount();
    }

    @Override
    public Optional<IndexedArticle> article(String id) {
        return primary.article(id);
    }

    @Override
    public List<IndexedArticle> copiesOf(String id) {
        return primary.copiesOf(id);
    }

    @Override
    public List<IndexedArticle> storyArticles(String storyId) {
        return primary.storyArticles(storyId);
    }

    @Override
    public Optional<Story> story(String id) {
        return primary.story(id);
    }

    @Override
    public List<Story> latestStories(int page, int pageSize) {
        return primary.latestStories(page, pageSize);
    }

    @Override
    public List<Story> topStories(int page, int pageSize) {
        return primary.topStories(page, pageSize);
    }

    @Override
    public SearchResult search(SearchQuery query) {
        return primary.search(query);
    }

    @Override
    public List<IndexedArticle> searchArticles(SearchQuery query) {
        return primary.searchArticles(query);
    }

    @Override
    public Optional<String> suggest(SearchQuery query) {
        return primary.suggest(query);
    }

    @Override
    public List<dev.marsad.index.Candidate> candidates(dev.marsad.index.CandidateQuery query) {
        return primary.candidates(query);
    }

    @Override
    public List<Similar> similarTo(IndexedArticle article, int limit) {
        return primary.similarTo(article, limit);
    }

    @Override
    public long articleCount() {
        return primary.articleCount();
    }

    @Override
    public long storyCount() {
        return primary.storyCount();
    }

    @Override
    public FacetPage facetValues(String facet, int page, int pageSize) {
        return primary.facetValues(facet, page, pageSize);
    }

    @Override
    public Optional<String> tagName(String key) {
        return primary.tagName(key);
    }

    @Override
    public long readerVersion() {
        return primary.readerVersion();
    }

    @Override
    public LinkLock linkLock() {
        return primary.linkLock();
    }

    /** Closes neither index: their owner does. */
    @Override
    public void close() throws IOException {}
}
