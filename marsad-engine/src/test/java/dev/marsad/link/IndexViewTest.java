package dev.marsad.link;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.index.Candidate;
import dev.marsad.index.CandidateQuery;
import dev.marsad.index.IndexedArticle;
import dev.marsad.index.LinkFeatures;
import dev.marsad.index.LuceneArticleIndex;
import dev.marsad.index.TestArticles;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IndexViewTest {

    private static final int ARTICLES = 10;

    private final LuceneArticleIndex index = LuceneArticleIndex.inMemory();
    private final IndexView view = new IndexView(index, IndexView.MAX_RECENT);

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void seesItsOwnWritesBeforeTheReaderDoes() {
        IndexedArticle a = article(0, Optional.empty());
        view.put(a, LinkFeatures.NONE, false);
        assertThat(index.article(a.id())).isEmpty();
        assertThat(view.article(a.id())).contains(a);
        assertThat(ids(view.candidates(query(3)))).containsExactly(a.id());
    }

    @Test
    void forgetsWritesOnceTheReaderHasThem() {
        view.put(article(0, Optional.empty()), LinkFeatures.NONE, false);
        view.forgetVisible();
        assertThat(view.recentCount()).isEqualTo(1);
        index.refresh();
        view.forgetVisible();
        assertThat(view.recentCount()).isZero();
    }

    @Test
    void refreshesTheReaderItselfWhenMemoryIsFull() {
        var small = new IndexView(index, 3);
        for (int i = 0; i < 3; i++) small.put(article(i, Optional.empty()), LinkFeatures.NONE, false);
        small.forgetVisible();
        assertThat(small.recentCount()).isZero();
        assertThat(index.articleCount()).isEqualTo(3);
    }

    /**
     * The reader still holds the best candidate as canonical after the view made it a copy: asked
     * naively, the reader's first three would include it and the answer would lose a candidate.
     */
    @Test
    void answersAsIfTheReaderWereRefreshedWhenItHoldsAStaleVersion() {
        var articles = new ArrayList<IndexedArticle>();
        for (int i = 0; i < ARTICLES; i++) articles.add(article(i, Optional.empty()));
        for (IndexedArticle a : articles) view.put(a, LinkFeatures.NONE, false);
        index.refresh();
        view.forgetVisible();
        IndexedArticle best = articles.getLast();
        view.put(best.withLinks(Optional.of(articles.getFirst().id()), best.storyId()), LinkFeatures.NONE, true);
        List<String> before = ids(view.candidates(query(3)));
        index.refresh();
        view.forgetVisible();
        assertThat(before).hasSize(3).doesNotContain(best.id()).isEqualTo(ids(view.candidates(query(3))));
    }

    /** An article written twice in memory is found by the keys of its last version only. */
    @Test
    void findsAnArticleWrittenTwiceByItsLastKeysOnly() {
        IndexedArticle first = article(5, Optional.empty());
        view.put(first, LinkFeatures.NONE, false);
        var rewritten = new IndexedArticle(
                first.id(), first.analyzed(), Optional.empty(), first.storyId(), List.of("other"), first.indexedAt());
        view.put(rewritten, LinkFeatures.NONE, false);
        assertThat(view.candidates(query(3))).isEmpty();
        var byNewKey = new CandidateQuery(
                List.of(new CandidateQuery.Key(CandidateQuery.Field.BAND, "other", 1)), Optional.empty(), Set.of(), 3);
        assertThat(ids(view.candidates(byNewKey))).containsExactly(first.id());
        index.refresh();
        view.forgetVisible();
        assertThat(view.recentCount()).isZero();
        assertThat(ids(view.candidates(byNewKey))).containsExactly(first.id());
        assertThat(view.candidates(query(3))).isEmpty();
    }

    @Test
    void listsCopiesWithTheVersionInMemoryWinning() {
        IndexedArticle original = article(0, Optional.empty());
        IndexedArticle copy = article(1, Optional.of(original.id()));
        IndexedArticle other = article(2, Optional.empty());
        for (IndexedArticle a : List.of(original, copy, other)) view.put(a, LinkFeatures.NONE, false);
        index.refresh();
        view.forgetVisible();
        view.put(copy.withLinks(Optional.of(other.id()), copy.storyId()), LinkFeatures.NONE, true);
        assertThat(view.copiesOf(original.id())).isEmpty();
        assertThat(view.copiesOf(other.id())).extracting(IndexedArticle::id).containsExactly(copy.id());
    }

    /** Article {@code i} has band keys k0 … ki, so it scores i + 1 on a query for all of them. */
    private static IndexedArticle article(int i, Optional<String> duplicateOf) {
        var analyzed = TestArticles.analyzed(
                URI.create("https://view.example/" + i),
                "عنوان " + i,
                Instant.parse("2024-01-01T00:00:00Z").plusSeconds(i),
                "موقع",
                Optional.empty(),
                List.of("نص " + i),
                List.of(),
                List.of());
        var keys = new ArrayList<String>();
        for (int k = 0; k <= i; k++) keys.add("k" + k);
        return new IndexedArticle("a" + i, analyzed, duplicateOf, "s" + i, keys, Instant.parse("2024-01-02T00:00:00Z"));
    }

    private static CandidateQuery query(int limit) {
        var keys = new ArrayList<CandidateQuery.Key>();
        for (int k = 0; k <= ARTICLES; k++) keys.add(new CandidateQuery.Key(CandidateQuery.Field.BAND, "k" + k, 1));
        return new CandidateQuery(keys, Optional.empty(), Set.of(), limit);
    }

    private static List<String> ids(List<Candidate> candidates) {
        return candidates.stream().map(Candidate::id).toList();
    }
}
