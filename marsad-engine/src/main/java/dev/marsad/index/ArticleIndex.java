package dev.marsad.index;

import java.io.Closeable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The store and search of articles and stories. The embedded default is {@code LuceneArticleIndex};
 * every implementation passes the same test suite.
 *
 * <p>Writes become visible to reads after {@link #refresh()} or {@link #commit()}; until then
 * reads see the state of the last refresh. Ids are those of {@link IndexedArticle#id()} and
 * {@link Story#id()}; writing an id again replaces it. Writers that must see their own recent
 * writes before the next refresh keep them and compare {@link #writeCount()} with {@link
 * #visibleWriteCount()} to know when the reader has them.
 *
 * <p>A shared index (SolrCloud, written by several workers) refuses a write of a story or article
 * that another writer changed since this process read, listed or wrote it ({@link WriteConflict}).
 * What each process knows of the documents it saw lives in that process only: when one process
 * deletes everything ({@code SolrArticleIndex.deleteAll}), only it forgets, and another process's
 * next write of each document it saw before fails once with {@link WriteConflict}: stop or reopen
 * the other writers before deleting a shared index.
 */
public interface ArticleIndex extends Closeable {

    /** Adds or replaces an article, without link features. */
    default void put(IndexedArticle article) {
        put(article, LinkFeatures.NONE);
    }

    /**
     * Adds or replaces an article with what linking stores beside it: its {@link CandidateKeys}
     * become searchable by {@link #candidates}, and its profile comes back with it as a {@link
     * Candidate}.
     *
     * @throws WriteConflict when the index is shared and another writer changed the article since this
     *     process read, listed or wrote it (e.g. folded a copy into this original: its headline would be
     *     lost)
     */
    void put(IndexedArticle article, LinkFeatures features);

    /**
     * Adds or replaces a story.
     *
     * @throws WriteConflict when the index is shared and another writer changed the story since this
     *     process read or wrote it
     */
    void put(Story story);

    /**
     * Removes a story (after it was merged into another).
     *
     * @throws WriteConflict when the index is shared and another writer changed the story since this
     *     process read or wrote it
     */
    void deleteStory(String storyId);

    /** Adds or replaces a storyline. */
    void put(Storyline storyline);

    /** Removes a storyline (after it was merged into another). */
    void deleteStoryline(String storylineId);

    /** The storyline with this id, else the storyline it was merged into. */
    Optional<Storyline> storyline(String id);

    /** The storyline a story belongs to, if any. */
    Optional<Storyline> storylineOf(String storyId);

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

    /**
     * Makes all writes visible to reads, without the cost of making them durable yet; waits for a
     * refresh that another thread has under way.
     */
    void refresh();

    /**
     * Makes all writes so far visible to reads unless another thread is already refreshing; never
     * waits for that one. Cheap when nothing was written since the last refresh.
     *
     * @return whether this call refreshed (or found nothing to refresh)
     */
    boolean tryRefresh();

    /** The number of writes (puts and deletes) made through this object since it was opened. */
    long writeCount();

    /**
     * How many of the writes counted by {@link #writeCount()} reads are sure to see: every write
     * counted before the latest refresh or commit began.
     */
    long visibleWriteCount();

    /** The article with this id. */
    Optional<IndexedArticle> article(String id);

    /** The articles that are copies of this one, oldest first. */
    List<IndexedArticle> copiesOf(String id);

    /** The articles of a story, copies included, oldest first. */
    List<IndexedArticle> storyArticles(String storyId);

    /**
     * The story with this id, else the story it was merged into (whose {@link Story#id()} then
     * differs from the one asked for).
     */
    Optional<Story> story(String id);

    /**
     * Stories by latest publication, newest first.
     *
     * @param page from 1 to {@link SearchQuery#lastPage(int)}
     * @throws IllegalArgumentException when the page is out of that range
     */
    List<Story> latestStories(int page, int pageSize);

    /**
     * Stories for the home page: by {@link Story#rank()}, highest first (recency with a lead for
     * stories that more publishers tell).
     *
     * @param page from 1 to {@link SearchQuery#lastPage(int)}
     * @throws IllegalArgumentException when the page is out of that range
     */
    List<Story> topStories(int page, int pageSize);

    /**
     * Full-text search with filters, paging, highlighting and facets.
     *
     * @throws QueryRejected when the text asks for more than the query language allows
     * @throws SearchTimedOut when the search ran past its time budget and was cancelled
     */
    SearchResult search(SearchQuery query);

    /**
     * The whole articles of the page of hits that {@link #search} gives for {@code query}, in the same
     * order: for a caller that needs more of them than a list shows (a feed's full text, the entities or
     * tags of an entity's or a tag's articles). No facets, passages or scores; the page costs the
     * decoding of whole records, which {@link #search} avoids.
     *
     * @throws QueryRejected when the text asks for more than the query language allows
     * @throws SearchTimedOut when the search ran past its time budget and was cancelled
     */
    List<IndexedArticle> searchArticles(SearchQuery query);

    /**
     * After a miss, the reader's text respelt so that it finds articles under the same filters
     * ("قرهباخ" → "قره باخ"; see {@code QuerySuggester}); empty when the query finds something, has no
     * text or uses query syntax, or when no respelling finds anything within the respelling's own time
     * limit. {@link #search} never respells: a page or a program asks for this after a miss, and
     * pays for it only then (a query that finds something costs one count here). Every backend gives
     * the same respelling for the same articles whenever both finish within the respelling's limits.
     *
     * @throws QueryRejected when the text asks for more than the query language allows
     */
    Optional<String> suggest(SearchQuery query);

    /**
     * What a reader's page of results shows: {@link #search}; when that finds nothing with every word
     * of a text of three plain words or more required (words of the same terms once), the articles that hold most of them ({@link
     * SearchQuery.Words#MOST}: {@link SearchResult#relaxed()}, each hit naming the words it lacks),
     * under the same filters, ordered and paged as asked; and after a miss with text on the first
     * page, the respelling ({@link #suggest}) in {@link SearchResult#suggestion()}, beside the relaxed
     * hits when there are some. A later page of a relaxed result is relaxed too (every word still finds
     * nothing). A miss on a later page is a page past the end (a site answers it 404), so it is not
     * respelt. A search with most words required that runs past the time budget leaves the page as the
     * miss it was. A miss whose text cannot relax is searched once, not again with most words.
     *
     * @throws QueryRejected when the text asks for more than the query language allows
     * @throws SearchTimedOut when the search with every word required ran past its time budget
     */
    default SearchResult searchAndSuggest(SearchQuery query) {
        SearchResult result = search(query);
        if (result.total() > 0 || query.text().isBlank()) return result;
        return afterMiss(query, result);
    }

    /**
     * What {@link #searchAndSuggest} shows after {@code miss}, {@link #search}'s answer of nothing for
     * {@code query}: the articles that hold most of the words (when the text relaxes and they are some)
     * in place of the miss, and on the first page the respelling ({@link #suggest}) beside. The two do not
     * depend on each other: a backend whose requests are network round trips may ask them at once (the
     * SolrCloud index does); the answer is the same as asking them one after the other, as this default
     * does.
     *
     * @throws QueryRejected when the text asks for more than the query language allows
     */
    default SearchResult afterMiss(SearchQuery query, SearchResult miss) {
        Optional<SearchResult> most = MissPage.relaxed(this, query);
        Optional<String> suggestion = MissPage.respells(query) ? suggest(query) : Optional.empty();
        return MissPage.shown(miss, most, suggestion);
    }

    /**
     * The first {@code query.limit()} candidates of a link query, in {@link CandidateQuery#ORDER};
     * each scores exactly as {@link CandidateQuery#score} says for the article as stored.
     */
    List<Candidate> candidates(CandidateQuery query);

    /**
     * Canonical articles most similar to the given one by title words, keywords, entities and
     * tags, excluding itself and its copies, best first; for readers ("اقرأ أيضاً"), not for linking.
     */
    List<Similar> similarTo(IndexedArticle article, int limit);

    /** The number of articles stored, copies included. */
    long articleCount();

    /** The number of stories stored. */
    long storyCount();

    /**
     * One page of every value of a facet ("tag", "source", "section", "entity") over the canonical
     * articles, most used first, ties in value order; with how many values there are in all.
     *
     * @param page from 1 to {@link SearchQuery#lastPage(int)}
     * @throws IllegalArgumentException when the page is out of that range or the facet is unknown
     */
    FacetPage facetValues(String facet, int page, int pageSize);

    /**
     * The display name stored articles give a tag key: the tag's name, else the name of the entity
     * with that id (a tag that names an entity is that entity); empty when no article has either.
     */
    Optional<String> tagName(String key);

    /**
     * A number that changes whenever what reads and searches see changes (a refresh after a commit
     * or a write): answers made from the index may be reused while it stays the same. On SolrCloud a
     * commit of another process shows within a second ({@code ReaderVersion}), this process's at once.
     */
    long readerVersion();

    /**
     * The turn that writers sharing this index take to link ({@link LinkLock}): one lock per index,
     * the same object on every call.
     */
    LinkLock linkLock();

    /** An article with its similarity score. */
    record Similar(IndexedArticle article, float score) {}

    /**
     * A page of a facet's values.
     *
     * @param total how many values the facet has in all
     * @param values this page's values, most used first
     */
    record FacetPage(long total, List<SearchResult.FacetCount> values) {
        public FacetPage {
            values = List.copyOf(values);
        }
    }
}
