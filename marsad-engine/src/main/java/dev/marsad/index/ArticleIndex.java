package dev.marsad.index;

import java.io.Closeable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The store and search of articles and stories. The embedded default is {@code LuceneArticleIndex};
 * every implementation passes the same test suite.
 *
 * <p>Writes become visible to reads after {@link #commit()}. Ids are those of {@link
 * IndexedArticle#id()} and {@link Story#id()}; writing an id again replaces it.
 */
public interface ArticleIndex extends Closeable {

    /** Adds or replaces an article. */
    void put(IndexedArticle article);

    /** Adds or replaces a story. */
    void put(Story story);

    /** Removes a story (after it was merged into another). */
    void deleteStory(String storyId);

    /** Makes all writes durable and visible to reads. */
    void commit();

    /**
     * Makes all writes durable and visible to reads, and records {@code data} with the commit
     * (replacing what earlier commits recorded): the ingest pipeline keeps its sequence there, so
     * that it is durable exactly with the articles.
     */
    void commit(Map<String, String> data);

    /** What the last commit recorded with {@link #commit(Map)}; empty for a new index. */
    Map<String, String> commitData();

    /** Makes all writes visible to reads, without the cost of making them durable yet. */
    void refresh();

    /** The article with this id. */
    Optional<IndexedArticle> article(String id);

    /** The articles that are copies of this one, oldest first. */
    List<IndexedArticle> copiesOf(String id);

    /** The articles of a story, copies included, oldest first. */
    List<IndexedArticle> storyArticles(String storyId);

    /** The story with this id. */
    Optional<Story> story(String id);

    /**
     * Stories by latest publication, newest first.
     *
     * @param page from 1 to {@link SearchQuery#lastPage(int)}
     * @throws IllegalArgumentException when the page is out of that range
     */
    List<Story> latestStories(int page, int pageSize);

    /** Full-text search with filters, paging, highlighting and facets. */
    SearchResult search(SearchQuery query);

    /** Canonical articles sharing at least one fingerprint band key, most shared first. */
    List<IndexedArticle> withFingerprintKeys(Collection<String> keys, int limit);

    /**
     * Canonical articles most similar to the given one by terms, entities and tags, excluding
     * itself and its copies, best first.
     */
    List<Similar> similarTo(IndexedArticle article, int limit);

    /** The number of articles stored, copies included. */
    long articleCount();

    /** An article with its similarity score. */
    record Similar(IndexedArticle article, float score) {}
}
