package dev.marsad.index;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/**
 * What every class of the ArticleIndex contract suite shares: the index under test, which a
 * backend's subclass makes fresh and empty with {@link #newIndex()}, closed after each test.
 */
public abstract class IndexContract {

    /** The index under test; each contract class writes its fixture to it before each test. */
    protected ArticleIndex index;

    /** A fresh, empty index of the backend under test; closed after each test. */
    protected abstract ArticleIndex newIndex();

    /** The ids of a result's hits, in order. */
    protected static List<String> ids(SearchResult result) {
        return result.hits().stream().map(h -> h.article().id()).toList();
    }

    @AfterEach
    void closeIndex() throws IOException {
        if (index != null) index.close();
    }
}
