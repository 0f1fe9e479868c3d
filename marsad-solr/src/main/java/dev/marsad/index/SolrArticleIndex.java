package dev.marsad.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.AbstractUpdateRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * The index on SolrCloud: articles in {@value SolrCollections#ARTICLES}, stories, storylines and
 * the commit record in {@value SolrCollections#STORIES}, reached through a list of node URLs with
 * fail-over ({@link SolrNodes}). Marsad analyses, Solr stores and searches: documents carry the
 * embedded index's fields with title and body pre-analysed ({@link SolrDocuments}), and queries are
 * the embedded index's query trees in Solr's syntax ({@link SolrSearch}).
 *
 * <p>Writes are sent in batches of {@value #BATCH} (and before any read, so a read by id sees
 * them). {@link #refresh()} and {@link #commit()} are soft commits: what Solr acknowledged is
 * durable in its update log (replayed after a crash), and Solr's own hard commits (every minute,
 * {@code solr.autoCommit.maxTime}) and {@link #close()} bound that log; a hard commit per ingest
 * batch would open new searchers on every replica for nothing. Reads by id ({@link
 * #article}, {@link #story}, {@link #storyline}, {@link #commitData}) use real-time get and see
 * every write sent, before any commit; searches and listings see what the last refresh or commit
 * of any writer made visible. A story or article this process read, listed or wrote is written again
 * only if no other writer changed it meanwhile ({@link DocumentVersions}); otherwise the write fails
 * with {@link WriteConflict}. Thread-safe.
 */
public final class SolrArticleIndex implements ArticleIndex {

    /** Documents sent to Solr in one update request. */
    static final int BATCH = 100;
    /** The most documents one listing reads (a story's articles, an article's copies), as the embedded index. */
    private static final int MAX_LISTING = 1000;

    private final SolrNodes nodes;
    private final IndexLocation.Access access;
    private final SolrDocuments documents = new SolrDocuments();
    private final ArticleJson json;
    private final SolrSearch search;
    private final DocumentVersions versions = new DocumentVersions();
    /** What a read of one document asks for: the stored record, and its id and version for {@link DocumentVersions}. */
    private static final String READ_FIELDS =
            String.join(",", SolrDocuments.JSON_FIELDS) + "," + IndexFields.ID + "," + DocumentVersions.FIELD;

    /** Documents not sent yet. */
    private final PendingDocuments pending =
            new PendingDocuments(List.of(SolrCollections.ARTICLES, SolrCollections.STORIES), BATCH);

    /** Collections written since their last commit; guarded by itself. */
    private final java.util.Set<String> uncommitted = new java.util.TreeSet<>();

    private final ReentrantLock refreshing = new ReentrantLock();
    private final AtomicLong writes = new AtomicLong();
    private final AtomicLong visibleWrites = new AtomicLong();
    /** {@link #readerVersion()}: the cluster's, asked at most once a second unless this process commits. */
    private final ReaderVersion readerVersion =
            new ReaderVersion(this::clusterVersion, visibleWrites::get, System::nanoTime);
    /** The workers' link turn: a lease document in the stories collection. */
    private final LinkLock linkLock;

    /**
     * Threads that run a miss's relaxed search while its respelling is asked on the page's own thread
     * ({@link #afterMiss}); a few, whatever the number of readers.
     */
    static final int MISS_THREADS = 4;

    /**
     * Where a miss's relaxed search runs beside its respelling: the page's two round trips at once
     * (issue 13, p99). The index owns this small pool, against STYLE's "no concurrency inside stages",
     * because only a SolrCloud page has two independent round trips to overlap, and a few threads bound
     * the requests that readers' pages add to the cluster at once. A search is handed over only to a
     * free thread, else it runs on the page's thread (no queue); closed with the index.
     */
    private final BesideThePage besideRespelling;

    /** The time budget of one search: how long a page waits for its relaxed search at most. */
    private final java.time.Duration searchBudget;

    private SolrArticleIndex(SolrNodes nodes, IndexLocation.Access access, java.time.Duration searchBudget) {
        this.nodes = nodes;
        this.access = access;
        this.json = documents.json();
        this.search = new SolrSearch(nodes, json, searchBudget, visibleWrites::get);
        this.linkLock = new SolrLinkLock(nodes);
        this.searchBudget = searchBudget;
        this.besideRespelling = new BesideThePage(MISS_THREADS, "marsad-solr-relaxed-", searchBudget);
    }

    /**
     * Opens the index on the cluster behind {@code address} (node URLs, comma-separated), creating
     * the configset and the collections when the cluster lacks them (2 shards, 2 replicas when
     * there are two live nodes or more).
     *
     * @throws IllegalArgumentException when the address is no list of http(s) URLs
     * @throws java.io.UncheckedIOException when no node answers
     */
    public static SolrArticleIndex open(String address, IndexLocation.Access access) {
        return open(address, access, ArticleSearch.TIME_BUDGET);
    }

    /**
     * {@link #open(String, IndexLocation.Access)} with searches given {@code searchBudget} (and
     * respellings their share of it) instead of {@link ArticleSearch#TIME_BUDGET}; for tests on a
     * loaded machine, where a cold search may pass the reader-facing budget.
     */
    public static SolrArticleIndex open(String address, IndexLocation.Access access, java.time.Duration searchBudget) {
        SolrNodes nodes = SolrNodes.of(address);
        try {
            SolrCollections.ensure(nodes, SolrCollections.Layout.forNodes(SolrCollections.liveNodes(nodes)));
            return new SolrArticleIndex(nodes, access, searchBudget);
        } catch (RuntimeException e) {
            try {
                nodes.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    @Override
    public LinkLock linkLock() {
        return linkLock;
    }

    /**
     * {@inheritDoc} An article this process read (by id), listed ({@link #copiesOf}, {@link
     * #storyArticles}) or wrote is written alone, on condition that nobody changed it since ({@link
     * DocumentVersions}), as a story is: an original written on copy headlines listed before another
     * worker folded a copy into it, or a listed copy re-pointed or moved after another worker changed
     * it, is refused instead of undoing that worker's change (issue 13).
     *
     * @throws WriteConflict when another writer changed or deleted the article since
     */
    @Override
    public void put(IndexedArticle article, LinkFeatures features) {
        write(
                SolrCollections.ARTICLES,
                SolrDocuments.articleId(article.id()),
                documents.article(article, features),
                (detail, cause) -> WriteConflict.onArticle(article.id(), detail, cause));
    }

    @Override
    public void put(Story story) {
        write(
                SolrCollections.STORIES,
                SolrDocuments.storyId(story.id()),
                documents.story(story),
                (detail, cause) -> WriteConflict.onStory(story.id(), detail, cause));
    }

    /** How a refused write of one document is reported. */
    @FunctionalInterface
    private interface Conflict {
        WriteConflict of(String detail, Throwable cause);
    }

    /**
     * Writes a story or article document: with the batch when this process holds nothing for it (never
     * read, listed or wrote it, or forgot it), else alone, on condition that nobody changed it since (Solr's {@code _version_}).
     */
    private void write(String collection, String docId, SolrInputDocument doc, Conflict conflict) {
        if (versions.of(docId).isEmpty()) {
            send(collection, doc);
            return;
        }
        writable();
        flush(); // this document's own earlier writes go first: the version held is then the latest
        Optional<DocumentVersions.Held> held = versions.of(docId);
        if (held.isEmpty()) { // forgotten meanwhile: a refused write of it on another thread
            send(collection, doc);
            return;
        }
        long version = expected(collection, docId, held.get(), conflict);
        doc.addField(DocumentVersions.FIELD, version);
        try {
            update(collection, List.of(doc));
        } catch (SolrException e) {
            if (e.code() != SolrException.ErrorCode.CONFLICT.code) throw e;
            versions.forgetAfterConflict(docId);
            throw conflict.of("version " + version, e);
        }
        writes.incrementAndGet();
    }

    /**
     * The version a document must be at for this process's write: the one held, or for a document
     * this process wrote without learning the version (the update was forwarded to another node's
     * shard leader) its current version, if it is still as this process wrote it.
     *
     * @throws WriteConflict when another writer changed or deleted it since
     */
    private long expected(String collection, String docId, DocumentVersions.Held held, Conflict conflict) {
        return switch (held) {
            case DocumentVersions.Held.Version v -> v.value();
            case DocumentVersions.Held.Listed l -> l.value();
            case DocumentVersions.Held.Written w -> confirmed(collection, docId, w.digest(), conflict);
        };
    }

    private long confirmed(String collection, String docId, String writtenDigest, Conflict conflict) {
        Optional<SolrDocument> current = byId(collection, docId);
        if (current.isPresent()
                && DocumentVersions.recordDigest(
                                current.get().getFieldValue(SolrDocuments.PACKED_JSON),
                                current.get().getFieldValue(IndexFields.JSON))
                        .equals(Optional.of(writtenDigest))
                && current.get().getFieldValue(DocumentVersions.FIELD) instanceof Number v
                && v.longValue() > 0) return v.longValue();
        versions.forgetAfterConflict(docId);
        throw conflict.of(
                current.isPresent() ? "its content differs from this process's write" : "it was deleted", null);
    }

    @Override
    public void put(Storyline storyline) {
        send(SolrCollections.STORIES, documents.storyline(storyline));
    }

    /**
     * Deletes a story; one this process read or wrote only on condition that nobody changed it
     * since, as {@link #put(Story)} writes it.
     *
     * @throws WriteConflict when another writer changed or deleted it since
     */
    @Override
    public void deleteStory(String storyId) {
        String docId = SolrDocuments.storyId(storyId);
        Optional<DocumentVersions.Held> held = versions.of(docId);
        if (held.isEmpty()) {
            delete(docId, Optional.empty());
            return;
        }
        writable();
        flush();
        long version = expected(
                SolrCollections.STORIES,
                docId,
                held.get(),
                (detail, cause) -> WriteConflict.onStory(storyId, detail, cause));
        // forgotten only once Solr answered: after a failure without an answer (a timeout) the
        // delete may or may not have happened, so the next write of the story stays conditional
        try {
            delete(docId, Optional.of(version));
        } catch (SolrException e) {
            if (e.code() != SolrException.ErrorCode.CONFLICT.code) throw e;
            versions.forgetAfterConflict(docId);
            throw WriteConflict.onStory(storyId, "version " + version, e);
        }
        versions.forget(docId);
    }

    @Override
    public void deleteStoryline(String storylineId) {
        delete(SolrDocuments.storylineId(storylineId), Optional.empty());
    }

    private void send(String collection, SolrInputDocument doc) {
        writable();
        pending.add(collection, doc, this::update);
        writes.incrementAndGet();
    }

    /** Deletes a document of the stories collection, on condition that it is at {@code version} if given. */
    private void delete(String id, Optional<Long> version) {
        writable();
        flush();
        var request = new UpdateRequest();
        if (version.isPresent()) request.deleteById(id, version.get());
        else request.deleteById(id);
        synchronized (uncommitted) {
            uncommitted.add(SolrCollections.STORIES);
        }
        nodes.write("delete " + id, client -> request.process(client, SolrCollections.STORIES));
        writes.incrementAndGet();
    }

    /** Sends every document not sent yet, in the order they were written. */
    private void flush() {
        if (access == IndexLocation.Access.READ_ONLY) return;
        pending.flush(this::update);
    }

    private void update(String collection, List<SolrInputDocument> docs) {
        synchronized (uncommitted) {
            uncommitted.add(collection);
        }
        var request = new UpdateRequest();
        request.add(docs);
        request.setParam("versions", "true"); // the answer names each document's new _version_
        var answer = nodes.write(
                "write " + docs.size() + " documents to " + collection, client -> request.process(client, collection));
        versions.written(docs, answer.getResponse().get("adds"));
    }

    @Override
    public Optional<Storyline> storyline(String id) {
        return current(SolrDocuments.storylineId(id), kindWith(IndexFields.KIND_STORYLINE, IndexFields.MERGED, id))
                .map(doc -> json.read(jsonOf(doc), Storyline.class));
    }

    @Override
    public Optional<Storyline> storylineOf(String storyId) {
        return first(SolrCollections.STORIES, kindWith(IndexFields.KIND_STORYLINE, IndexFields.LINE_STORY, storyId))
                .map(doc -> json.read(jsonOf(doc), Storyline.class));
    }

    @Override
    public void commit() {
        commitWith(Optional.empty());
    }

    @Override
    public void commit(Map<String, String> data) {
        commitWith(Optional.of(Map.copyOf(data)));
    }

    private void commitWith(Optional<Map<String, String>> data) {
        writable();
        long written = writes.get();
        data.ifPresent(d -> send(SolrCollections.STORIES, documents.commitRecord(d)));
        softCommit(written);
    }

    @Override
    public Map<String, String> commitData() {
        return byId(SolrCollections.STORIES, SolrDocuments.COMMIT_ID)
                .map(doc -> {
                    Map<?, ?> read = json.read(jsonOf(doc), Map.class);
                    var data = new TreeMap<String, String>();
                    read.forEach((k, v) -> data.put(String.valueOf(k), String.valueOf(v)));
                    return Map.<String, String>copyOf(data);
                })
                .orElse(Map.of());
    }

    @Override
    public void refresh() {
        if (access == IndexLocation.Access.READ_ONLY) return; // Solr opens what writers commit by itself
        softCommit(writes.get());
    }

    /** Sends what is pending and makes every write counted up to {@code written} visible. */
    private void softCommit(long written) {
        refreshing.lock();
        try {
            flush();
            commitBoth(true);
            visibleWrites.accumulateAndGet(written, Math::max);
        } finally {
            refreshing.unlock();
        }
    }

    @Override
    public boolean tryRefresh() {
        if (writes.get() == visibleWrites.get()) return true;
        if (!refreshing.tryLock()) return false;
        try {
            refresh();
            return true;
        } finally {
            refreshing.unlock();
        }
    }

    /**
     * A soft commit (visible) or a hard one (visible, and written to the index files) of the
     * collections written since their last commit; a hard one commits both.
     */
    private void commitBoth(boolean soft) {
        List<String> written;
        synchronized (uncommitted) {
            written = soft ? List.copyOf(uncommitted) : List.of(SolrCollections.ARTICLES, SolrCollections.STORIES);
            uncommitted.clear();
        }
        for (int i = 0; i < written.size(); i++) {
            String collection = written.get(i);
            var request = new UpdateRequest();
            request.setAction(AbstractUpdateRequest.ACTION.COMMIT, true, true, soft);
            try {
                nodes.call((soft ? "refresh " : "commit ") + collection, client -> request.process(client, collection));
            } catch (RuntimeException e) {
                synchronized (uncommitted) { // still to commit, by the next commit
                    uncommitted.addAll(written.subList(i, written.size()));
                }
                throw e;
            }
        }
    }

    @Override
    public long writeCount() {
        return writes.get();
    }

    @Override
    public long visibleWriteCount() {
        return visibleWrites.get();
    }

    @Override
    public Optional<IndexedArticle> article(String id) {
        return byId(SolrCollections.ARTICLES, SolrDocuments.articleId(id)).map(doc -> {
            seen(doc);
            return json.read(SolrDocuments.recordOf(doc), IndexedArticle.class);
        });
    }

    @Override
    public List<IndexedArticle> copiesOf(String id) {
        return articles(IndexFields.DUPLICATE_OF, id);
    }

    @Override
    public List<IndexedArticle> storyArticles(String storyId) {
        return articles(IndexFields.STORY, storyId);
    }

    /**
     * The articles with a keyword, as of the last commit; each one's version is remembered for this
     * process's next write of it when nothing is held for it ({@link DocumentVersions#listed}): the
     * linker rewrites listed copies and story members without reading them by id (issue 13).
     */
    private List<IndexedArticle> articles(String field, String value) {
        var query = new SolrQuery(kindWith(IndexFields.KIND_ARTICLE, field, value));
        query.setRows(MAX_LISTING);
        query.set("fl", READ_FIELDS);
        query.set("sort", IndexFields.PUBLISHED + " asc, " + IndexFields.ID + " asc");
        var result = new ArrayList<IndexedArticle>();
        for (SolrDocument doc : query(SolrCollections.ARTICLES, query).getResults()) {
            if (access != IndexLocation.Access.READ_ONLY) versions.listed(doc);
            result.add(json.read(SolrDocuments.recordOf(doc), IndexedArticle.class));
        }
        return result;
    }

    @Override
    public Optional<Story> story(String id) {
        return current(SolrDocuments.storyId(id), kindWith(IndexFields.KIND_STORY, IndexFields.MERGED, id))
                .map(doc -> {
                    seen(doc);
                    return json.read(jsonOf(doc), Story.class);
                });
    }

    /**
     * A story's or storyline's document as it is now: by real-time get, else the document that
     * records {@code docId} as merged into it, found by a search and then read by real-time get too
     * (the search's copy is as of the last commit and may be older than a write since).
     */
    private Optional<SolrDocument> current(String docId, String mergedInto) {
        return byId(SolrCollections.STORIES, docId)
                .or(() -> first(SolrCollections.STORIES, mergedInto)
                        .flatMap(heir -> byId(SolrCollections.STORIES, (String) heir.getFieldValue(IndexFields.ID))));
    }

    @Override
    public List<Story> latestStories(int page, int pageSize) {
        return stories(IndexFields.LAST, page, pageSize);
    }

    @Override
    public List<Story> topStories(int page, int pageSize) {
        return stories(IndexFields.RANK, page, pageSize);
    }

    private List<Story> stories(String sortField, int page, int pageSize) {
        SearchQuery.checkDepth(page, pageSize);
        var query = new SolrQuery(IndexFields.KIND + ":" + IndexFields.KIND_STORY);
        query.setStart((page - 1) * pageSize);
        query.setRows(pageSize);
        query.setFields(IndexFields.JSON);
        query.set("sort", sortField + " desc, " + IndexFields.ID + " asc");
        var result = new ArrayList<Story>();
        for (SolrDocument doc : query(SolrCollections.STORIES, query).getResults())
            result.add(json.read(jsonOf(doc), Story.class));
        return result;
    }

    @Override
    public SearchResult search(SearchQuery query) {
        flush();
        return search.search(query);
    }

    @Override
    public List<IndexedArticle> searchArticles(SearchQuery query) {
        flush();
        return search.searchArticles(query);
    }

    @Override
    public Optional<String> suggest(SearchQuery query) {
        flush();
        return search.suggest(query, QuerySuggester.Typed.UNKNOWN);
    }

    /**
     * As {@link ArticleIndex#afterMiss}, the relaxed search on another thread while the respelling is
     * asked on this one (they do not depend on each other): a miss's page waits for the longer of the
     * two, not for both (issue 13, p99). When no thread is free the relaxed search runs on this thread
     * first, as the default does. The page waits for it no longer than the search budget from its start:
     * past it the page answers the miss with its respelling, as for a search that ran past its budget
     * ({@link SearchTimedOut}). The requests of both count as this thread's ({@link
     * #requestsSentByThisThread}). The respelling does not count the reader's query again when {@code
     * miss} is the answer of nothing to this very query: it would count 0, so the respelling is the same
     * for an index that does not change between the miss and the page.
     *
     * @throws IllegalStateException when the index is closed
     */
    @Override
    public SearchResult afterMiss(SearchQuery query, SearchResult miss) {
        flush();
        // the respelling does not count the reader's query again when the page's search just found nothing
        QuerySuggester.Typed typed = miss.total() == 0 && miss.query().equals(query)
                ? QuerySuggester.Typed.FINDS_NOTHING
                : QuerySuggester.Typed.UNKNOWN;
        if (!MissPage.respells(query)) return MissPage.shown(miss, MissPage.relaxed(this, query), Optional.empty());
        if (!MissPage.relaxes(query)) return MissPage.shown(miss, Optional.empty(), search.suggest(query, typed));
        long deadline = System.nanoTime() + searchBudget.toNanos();
        Future<SearchResult> most =
                besideRespelling.start(nodes.forCaller(() -> search(query.withWords(SearchQuery.Words.MOST))));
        Optional<String> suggestion;
        try {
            suggestion = search.suggest(query, typed);
        } catch (RuntimeException e) {
            most.cancel(true);
            throw e;
        }
        Optional<SearchResult> relaxed = MissPage.relaxedOf(() -> BesideThePage.await(
                most,
                deadline,
                "the relaxed search of '" + query.text() + "'",
                () -> new SearchTimedOut(query.text(), searchBudget)));
        return MissPage.shown(miss, relaxed, suggestion);
    }

    @Override
    public List<Candidate> candidates(CandidateQuery query) {
        if (query.keys().isEmpty()) return List.of();
        flush();
        return search.candidates(query);
    }

    @Override
    public List<Similar> similarTo(IndexedArticle article, int limit) {
        flush();
        return search.similarTo(article, limit);
    }

    @Override
    public long articleCount() {
        return count(SolrCollections.ARTICLES, IndexFields.KIND_ARTICLE);
    }

    @Override
    public long storyCount() {
        return count(SolrCollections.STORIES, IndexFields.KIND_STORY);
    }

    private long count(String collection, String kind) {
        var query = new SolrQuery(IndexFields.KIND + ":" + kind);
        query.setRows(0);
        return query(collection, query).getResults().getNumFound();
    }

    @Override
    public FacetPage facetValues(String facet, int page, int pageSize) {
        SearchQuery.checkDepth(page, pageSize);
        if (!Arrays.asList(IndexFields.FACETS).contains(facet))
            throw new IllegalArgumentException(
                    "no facet '" + facet + "'; facets are " + String.join(", ", IndexFields.FACETS));
        flush();
        return search.facetValues(facet, page, pageSize);
    }

    @Override
    public Optional<String> tagName(String key) {
        Objects.requireNonNull(key, "key");
        flush();
        return search.name(IndexFields.TAG, key);
    }

    /**
     * Changes with what searches see: the newest document version and the number of documents of
     * both collections (a delete lowers the count, any write raises the newest version), at once for
     * this process's commits and within a second for another process's ({@link ReaderVersion}).
     */
    @Override
    public long readerVersion() {
        flush();
        return readerVersion.get();
    }

    /** The cluster's version now: of both collections, two searches. */
    private long clusterVersion() {
        long version = 17;
        for (String collection : List.of(SolrCollections.ARTICLES, SolrCollections.STORIES))
            version = 31 * version + SolrCollections.versionOf(nodes, collection);
        return version;
    }

    /** Sends what is pending and, when writable, makes it durable with a hard commit. */
    @Override
    public void close() throws IOException {
        try {
            // the relaxed searches under way end (or are interrupted) before the nodes they use close
            besideRespelling.close();
            if (access == IndexLocation.Access.READ_WRITE) {
                flush();
                commitBoth(false);
            }
        } finally {
            nodes.close();
        }
    }

    /** The node URLs this index talks to. */
    public List<java.net.URI> nodeUrls() {
        return nodes.urls();
    }

    /**
     * The size of the articles' vocabulary that the respelling after a miss reads in memory, when
     * one is loaded and as of what searches see now; otherwise empty, and a read is started in the
     * background (see docs/SOLRCLOUD.md, "Respellings").
     *
     * @param terms terms held, over title and body
     * @param bytes memory taken
     * @param cut whether the cap left terms unread (they count as held)
     */
    public record Vocabulary(int terms, long bytes, boolean cut) {}

    /** The respelling's vocabulary as it is now ({@link Vocabulary}); costs at most one small request. */
    public Optional<Vocabulary> respellingVocabulary() {
        return search.vocabulary().map(v -> new Vocabulary(v.size(), v.ramBytesUsed(), v.isCut()));
    }

    /**
     * The requests this index has sent to the cluster so far (each node tried counts once): for
     * tests and benchmarks that count what a search costs.
     */
    public long requestsSent() {
        return nodes.requestsSent();
    }

    /**
     * The texts the respellings after misses have asked Solr to count so far, one facet query each
     * (issue 13): what the cluster evaluated for them, whichever thread asked.
     */
    public long respellingCountsAsked() {
        return search.countsAsked();
    }

    /**
     * The requests the calling thread has sent through this index so far: what its own searches cost,
     * without the checks and reads other threads make meanwhile.
     */
    public long requestsSentByThisThread() {
        return nodes.requestsSentHere();
    }

    /**
     * Removes every document from both collections and commits; for tests and for a user who
     * starts over. Only this index forgets the versions it held ({@link DocumentVersions}): another
     * process writing to the same collections still holds the versions of documents that no longer
     * exist, and its next write of each of them fails once with {@link WriteConflict} (the version is
     * then forgotten: its linker reads again and retries, and a plain writer's next write goes
     * through). So stop or reopen every other writer of a newsroom before deleting it.
     *
     * @throws IllegalStateException when the index was opened read-only
     */
    public void deleteAll() {
        writable();
        pending.clear();
        for (String collection : List.of(SolrCollections.ARTICLES, SolrCollections.STORIES)) {
            var request = new UpdateRequest();
            request.deleteByQuery("*:*");
            nodes.call("delete all of " + collection, client -> request.process(client, collection));
            synchronized (uncommitted) {
                uncommitted.add(collection);
            }
        }
        commitBoth(true);
        // a change every reader sees, even when nothing was written since the last commit
        visibleWrites.set(writes.incrementAndGet());
        versions.forgetAll(); // a document written again now is new: no condition
    }

    private Optional<SolrDocument> byId(String collection, String id) {
        flush();
        var params = new ModifiableSolrParams();
        params.set("fl", READ_FIELDS);
        return Optional.ofNullable(nodes.call("get " + id, client -> client.getById(collection, id, params)));
    }

    private Optional<SolrDocument> first(String collection, String q) {
        var query = new SolrQuery(q);
        query.setRows(1);
        query.set("fl", READ_FIELDS);
        var docs = query(collection, query).getResults();
        return docs.isEmpty() ? Optional.empty() : Optional.of(docs.getFirst());
    }

    private QueryResponse query(String collection, SolrQuery query) {
        flush();
        return nodes.call(
                "query " + collection + " for " + query.getQuery(),
                client -> client.query(collection, query, SolrRequest.METHOD.POST));
    }

    /** Documents of one kind with a keyword. */
    private static String kindWith(String kind, String field, String value) {
        return "+" + IndexFields.KIND + ":" + kind + " +" + field + ":" + SolrQueryWriter.quoted(value);
    }

    /**
     * Remembers the version of a document read by real-time get, for this process's next write of it;
     * a read-only index (a site serving pages) writes nothing and remembers nothing.
     */
    private void seen(SolrDocument doc) {
        if (access != IndexLocation.Access.READ_ONLY) versions.seen(doc);
    }

    private static String jsonOf(SolrDocument doc) {
        return SolrDocuments.jsonOf(doc);
    }

    private void writable() {
        if (access == IndexLocation.Access.READ_ONLY)
            throw new IllegalStateException("this index was opened read-only");
    }
}
