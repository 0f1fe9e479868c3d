package dev.marsad.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * The embedded index: one Lucene directory holding articles and stories. Thread-safe; writes are
 * visible after {@link #refresh()} (a near-real-time reader) or {@link #commit()}, which also
 * makes them durable.
 */
public final class LuceneArticleIndex implements ArticleIndex {

    /** The most documents one listing reads (a story's articles, an article's copies). */
    private static final int MAX_LISTING = 1000;

    /** How often a read-only index looks for a newer commit of the writer. */
    static final Duration FOLLOW_INTERVAL = Duration.ofSeconds(1);

    private final Directory directory;
    /** Absent when the index was opened read-only. */
    private final Optional<IndexWriter> writer;

    private final ReferenceManager<IndexSearcher> searchers;
    /** Present when the index was opened read-only: picks up the writer's commits. */
    private final Optional<PeriodicRefresh> follower;

    private final ArticleJson json = new ArticleJson();
    private final IndexFields fields = new IndexFields(json);
    private final ReaderStates readerStates;
    private final ArticleSearch search;
    /** Writes that have returned; counted after the write, so a refresh that reads it sees them. */
    private final AtomicLong writes = new AtomicLong();
    /** Writes counted before the latest refresh began. */
    private final AtomicLong visibleWrites = new AtomicLong();
    /** Only one process writes the folder (Lucene's write lock), so the writers to share it are threads. */
    private final LinkLock linkLock = LinkLock.inProcess();

    private LuceneArticleIndex(Directory directory, String name, Analyzer analyzer, Mode mode) throws IOException {
        this(directory, name, analyzer, mode, ArticleSearch.TIME_BUDGET);
    }

    private LuceneArticleIndex(Directory directory, String name, Analyzer analyzer, Mode mode, Duration searchBudget)
            throws IOException {
        this.directory = directory;
        if (mode == Mode.READ_WRITE) {
            var config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            IndexWriter indexWriter = new IndexWriter(directory, config);
            this.writer = Optional.of(indexWriter);
            this.searchers = new SearcherManager(indexWriter, null);
            this.follower = Optional.empty();
        } else {
            this.writer = Optional.empty();
            this.searchers = new CommittedSearchers(directory);
            this.follower = Optional.of(new PeriodicRefresh(searchers, FOLLOW_INTERVAL, name));
        }
        this.readerStates = new ReaderStates(fields.config(), this::articleOf);
        this.search = new ArticleSearch(analyzer, readerStates, this::articlesByIds, this::cardsByIds, searchBudget);
    }

    /**
     * Opens (or creates) the index in a folder.
     *
     * @throws UncheckedIOException when the folder cannot be used (locked by another process, not
     *     writable, corrupt)
     */
    public static LuceneArticleIndex open(Path dir) {
        try {
            return new LuceneArticleIndex(
                    FSDirectory.open(dir), "the index in " + dir, IndexAnalyzer.create(), Mode.READ_WRITE);
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            throw new IllegalStateException(
                    "the index in " + dir + " is in use by another Marsad process (serve, demo, crawl)", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open index in " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens the index in a folder for reading only, while another process may be writing it. It
     * never takes the write lock; it sees the writer's last commit, and looks for a newer one every
     * {@link #FOLLOW_INTERVAL} on a daemon thread (or at once on {@link #refresh()}). While the
     * folder holds no index yet, the index is empty and fills with the first commit. Writes throw
     * {@link IllegalStateException}.
     *
     * @throws UncheckedIOException when the folder cannot be read (not a folder, no permission,
     *     corrupt index)
     */
    public static LuceneArticleIndex openReadOnly(Path dir) {
        try {
            return new LuceneArticleIndex(
                    FSDirectory.open(dir), "the index in " + dir, IndexAnalyzer.create(), Mode.READ_ONLY);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read index in " + dir + ": " + e.getMessage(), e);
        }
    }

    private enum Mode {
        READ_WRITE,
        READ_ONLY
    }

    /** An index in memory whose searches have {@code searchBudget} to collect their hits; for tests. */
    static LuceneArticleIndex inMemory(Duration searchBudget) {
        try {
            return new LuceneArticleIndex(
                    new ByteBuffersDirectory(),
                    "an in-memory index",
                    IndexAnalyzer.create(),
                    Mode.READ_WRITE,
                    searchBudget);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create in-memory index", e);
        }
    }

    /** An index in memory, gone when closed; for tests and one-off commands. */
    public static LuceneArticleIndex inMemory() {
        try {
            return new LuceneArticleIndex(
                    new ByteBuffersDirectory(), "an in-memory index", IndexAnalyzer.create(), Mode.READ_WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create in-memory index", e);
        }
    }

    @Override
    public LinkLock linkLock() {
        return linkLock;
    }

    @Override
    public void put(IndexedArticle article, LinkFeatures features) {
        update(idTerm(IndexFields.KIND_ARTICLE, article.id()), fields.articleDocument(article, features));
    }

    @Override
    public void put(Story story) {
        update(idTerm(IndexFields.KIND_STORY, story.id()), fields.storyDocument(story));
    }

    @Override
    public void deleteStory(String storyId) {
        try {
            writer().deleteDocuments(idTerm(IndexFields.KIND_STORY, storyId));
            writes.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete story " + storyId, e);
        }
    }

    @Override
    public void put(Storyline storyline) {
        update(idTerm(IndexFields.KIND_STORYLINE, storyline.id()), fields.storylineDocument(storyline));
    }

    @Override
    public void deleteStoryline(String storylineId) {
        try {
            writer().deleteDocuments(idTerm(IndexFields.KIND_STORYLINE, storylineId));
            writes.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete storyline " + storylineId, e);
        }
    }

    @Override
    public Optional<Storyline> storyline(String id) {
        return first(new TermQuery(idTerm(IndexFields.KIND_STORYLINE, id)))
                .or(() -> first(kindQuery(IndexFields.KIND_STORYLINE, new Term(IndexFields.MERGED, id))))
                .map(doc -> json.read(doc.get(IndexFields.JSON), Storyline.class));
    }

    @Override
    public Optional<Storyline> storylineOf(String storyId) {
        return first(new TermQuery(new Term(IndexFields.LINE_STORY, storyId)))
                .map(doc -> json.read(doc.get(IndexFields.JSON), Storyline.class));
    }

    /** Documents of one kind with a term. */
    private static Query kindQuery(String kind, Term term) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.KIND, kind)), Occur.FILTER)
                .add(new TermQuery(term), Occur.FILTER)
                .build();
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
        try {
            long written = writes.get();
            IndexWriter w = writer();
            data.ifPresent(d -> w.setLiveCommitData(d.entrySet()));
            w.commit();
            searchers.maybeRefreshBlocking();
            visibleWrites.accumulateAndGet(written, Math::max);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit index", e);
        }
    }

    @Override
    public Map<String, String> commitData() {
        try {
            if (!DirectoryReader.indexExists(directory)) return Map.of();
            return Map.copyOf(SegmentInfos.readLatestCommit(directory).getUserData());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index's last commit: " + e.getMessage(), e);
        }
    }

    @Override
    public void refresh() {
        try {
            long written = writes.get();
            searchers.maybeRefreshBlocking();
            visibleWrites.accumulateAndGet(written, Math::max);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot refresh index readers", e);
        }
    }

    @Override
    public boolean tryRefresh() {
        try {
            long written = writes.get();
            if (writer.isPresent() && written == visibleWrites.get()) return true; // a reader follows commits
            boolean refreshed = searchers.maybeRefresh();
            if (refreshed) visibleWrites.accumulateAndGet(written, Math::max);
            return refreshed;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot refresh index readers", e);
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
        return first(new TermQuery(idTerm(IndexFields.KIND_ARTICLE, id))).map(this::articleOf);
    }

    @Override
    public List<IndexedArticle> copiesOf(String id) {
        return articles(new TermQuery(new Term(IndexFields.DUPLICATE_OF, id)));
    }

    @Override
    public List<IndexedArticle> storyArticles(String storyId) {
        return articles(new TermQuery(new Term(IndexFields.STORY, storyId)));
    }

    @Override
    public Optional<Story> story(String id) {
        return first(new TermQuery(idTerm(IndexFields.KIND_STORY, id)))
                .or(() -> first(kindQuery(IndexFields.KIND_STORY, new Term(IndexFields.MERGED, id))))
                .map(doc -> json.read(doc.get(IndexFields.JSON), Story.class));
    }

    @Override
    public List<Story> latestStories(int page, int pageSize) {
        return stories(IndexFields.LAST, page, pageSize);
    }

    @Override
    public List<Story> topStories(int page, int pageSize) {
        return stories(IndexFields.RANK, page, pageSize);
    }

    /** A page of stories by a long doc-values field, highest first. */
    private List<Story> stories(String sortField, int page, int pageSize) {
        SearchQuery.checkDepth(page, pageSize);
        var sort = new Sort(new SortField(sortField, SortField.Type.LONG, true), SortField.FIELD_DOC);
        Query stories = new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_STORY));
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(stories, page * pageSize, sort);
            var result = new ArrayList<Story>();
            ScoreDoc[] docs = top.scoreDocs;
            for (int i = (page - 1) * pageSize; i < docs.length; i++)
                result.add(json.read(load(searcher, docs[i].doc).get(IndexFields.JSON), Story.class));
            return result;
        });
    }

    @Override
    public Optional<String> tagName(String key) {
        Objects.requireNonNull(key, "key");
        return withSearcher(
                searcher -> readerStates.of(searcher.getIndexReader()).name(searcher, IndexFields.TAG, key));
    }

    /** How many documents of any kind {@code query} matches (for tests of query forms). */
    long count(Query query) {
        return withSearcher(searcher -> searcher.count(query));
    }

    @Override
    public SearchResult search(SearchQuery query) {
        return withSearcher(searcher -> search.search(searcher, query));
    }

    @Override
    public List<IndexedArticle> searchArticles(SearchQuery query) {
        return withSearcher(searcher -> search.searchArticles(searcher, query));
    }

    @Override
    public Optional<String> suggest(SearchQuery query) {
        return withSearcher(searcher -> search.suggest(searcher, query));
    }

    @Override
    public List<Candidate> candidates(CandidateQuery query) {
        if (query.keys().isEmpty()) return List.of();
        return withSearcher(searcher -> search.candidates(searcher, query));
    }

    @Override
    public List<Similar> similarTo(IndexedArticle article, int limit) {
        return withSearcher(searcher -> search.similarTo(searcher, article, limit));
    }

    @Override
    public long readerVersion() {
        // both searcher managers (NRT over the writer, committed for read-only) search directory readers
        return withSearcher(searcher -> ((DirectoryReader) searcher.getIndexReader()).getVersion());
    }

    @Override
    public long storyCount() {
        return withSearcher(
                searcher -> (long) searcher.count(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_STORY))));
    }

    @Override
    public FacetPage facetValues(String facet, int page, int pageSize) {
        SearchQuery.checkDepth(page, pageSize);
        if (!java.util.Arrays.asList(IndexFields.FACETS).contains(facet))
            throw new IllegalArgumentException(
                    "no facet '" + facet + "'; facets are " + String.join(", ", IndexFields.FACETS));
        return withSearcher(searcher -> search.facetValues(searcher, facet, page, pageSize));
    }

    @Override
    public long articleCount() {
        return withSearcher(
                searcher -> (long) searcher.count(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_ARTICLE))));
    }

    /**
     * Calls {@code action} with the id of every article that reads see (as of the last refresh or
     * commit), in no particular order: what a rebuild compares the live index with. Reads the ids'
     * doc values, not the stored articles.
     */
    public void forEachArticleId(Consumer<String> action) {
        withSearcher(searcher -> {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                SortedDocValues ids = leaf.reader().getSortedDocValues(IndexFields.ARTICLE_ID);
                if (ids == null) continue;
                Bits live = leaf.reader().getLiveDocs(); // null: no deletions in this segment
                for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc())
                    if (live == null || live.get(doc))
                        action.accept(ids.lookupOrd(ids.ordValue()).utf8ToString());
            }
            return null;
        });
    }

    @Override
    public void close() throws IOException {
        follower.ifPresent(PeriodicRefresh::close);
        try (directory;
                searchers) {
            if (writer.isPresent()) {
                try (IndexWriter w = writer.get()) {
                    w.commit();
                }
            }
        }
    }

    /** The search state of the reader that searches see now; for tests. */
    ReaderState currentReaderState() {
        return withSearcher(searcher -> readerStates.of(searcher.getIndexReader()));
    }

    /** The per-reader search states made so far, and those of open readers; for tests. */
    ReaderStates readerStates() {
        return readerStates;
    }

    private List<IndexedArticle> articles(Query filter) {
        Query query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_ARTICLE)), Occur.FILTER)
                .add(filter, Occur.FILTER)
                .build();
        var sort = new Sort(new SortField(IndexFields.PUBLISHED, SortField.Type.LONG));
        return withSearcher(searcher -> {
            var result = new ArrayList<IndexedArticle>();
            for (ScoreDoc hit : searcher.search(query, MAX_LISTING, sort).scoreDocs)
                result.add(articleOf(load(searcher, hit.doc)));
            return result;
        });
    }

    private List<IndexedArticle> articlesByIds(IndexSearcher searcher, int[] docIds) throws IOException {
        var result = new ArrayList<IndexedArticle>(docIds.length);
        for (int doc : docIds) result.add(articleOf(load(searcher, doc)));
        return result;
    }

    /** Articles as lists show them: their stored cards, or cards made from their records when stored before cards. */
    private List<ListedArticle> cardsByIds(IndexSearcher searcher, int[] docIds) throws IOException {
        var result = new ArrayList<ListedArticle>(docIds.length);
        StoredFields stored = searcher.storedFields();
        for (int doc : docIds) {
            var card = new StoredCard(json);
            stored.document(doc, card);
            result.add(card.read(doc));
        }
        return result;
    }

    private IndexedArticle articleOf(Document doc) {
        return json.read(doc.get(IndexFields.JSON), IndexedArticle.class);
    }

    private Optional<Document> first(Query query) {
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(query, 1);
            return top.scoreDocs.length == 0 ? Optional.empty() : Optional.of(load(searcher, top.scoreDocs[0].doc));
        });
    }

    private static Document load(IndexSearcher searcher, int doc) throws IOException {
        return searcher.storedFields().document(doc);
    }

    private static Term idTerm(String kind, String id) {
        return new Term(IndexFields.ID, kind + ":" + id);
    }

    private void update(Term id, Document doc) {
        try {
            writer().updateDocument(id, doc);
            writes.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + id.text() + " to the index", e);
        }
    }

    private IndexWriter writer() {
        return writer.orElseThrow(() -> new IllegalStateException("this index was opened read-only"));
    }

    private <T> T withSearcher(SearcherFunction<T> function) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return function.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("index read failed: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }
}
