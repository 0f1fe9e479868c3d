package dev.marsad.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StandardDirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.store.Directory;

/**
 * Searchers over the last commit in a folder that another process writes. Before the first commit
 * there is no index yet: searches see an empty one, and the refresh after the writer's first
 * commit opens it. An index rebuilt and moved into the folder is opened afresh. Never takes the
 * write lock.
 *
 * <p>Lucene's {@code SearcherManager} would do, but it cannot start on a folder without an index.
 */
final class CommittedSearchers extends ReferenceManager<IndexSearcher> {

    private final Directory directory;

    CommittedSearchers(Directory directory) throws IOException {
        this.directory = directory;
        IndexReader reader =
                DirectoryReader.indexExists(directory) ? DirectoryReader.open(directory) : new MultiReader();
        current = new IndexSearcher(reader);
    }

    @Override
    protected IndexSearcher refreshIfNeeded(IndexSearcher old) throws IOException {
        if (!(old.getIndexReader() instanceof StandardDirectoryReader reader))
            return DirectoryReader.indexExists(directory) ? new IndexSearcher(DirectoryReader.open(directory)) : null;
        // every commit has its own id; the version openIfChanged compares is only a change counter
        byte[] latest = SegmentInfos.readLatestCommit(directory).getId();
        if (Arrays.equals(latest, reader.getSegmentInfos().getId())) return null;
        DirectoryReader newer;
        try {
            newer = DirectoryReader.openIfChanged(reader);
        } catch (IllegalStateException replaced) { // segments named like the reader's, with other contents
            newer = null;
        }
        // no newer reader for a new commit: another index was moved into the folder (marsad rebuild),
        // maybe with as many changes as the old one, so it is opened afresh
        return new IndexSearcher(newer != null ? newer : DirectoryReader.open(directory));
    }

    @Override
    protected void decRef(IndexSearcher searcher) throws IOException {
        searcher.getIndexReader().decRef();
    }

    @Override
    protected boolean tryIncRef(IndexSearcher searcher) {
        return searcher.getIndexReader().tryIncRef();
    }

    @Override
    protected int getRefCount(IndexSearcher searcher) {
        return searcher.getIndexReader().getRefCount();
    }
}
