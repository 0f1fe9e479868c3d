package dev.marsad.link;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.analyze.AnalyzedArticle;
import dev.marsad.index.ArticleIndex;
import dev.marsad.index.IndexedArticle;
import dev.marsad.index.LuceneArticleIndex;
import dev.marsad.index.Story;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two workers linking into one index at the same moment: the stories, copies and summaries they
 * leave are exactly those of one worker linking every article in the order the turns fell, so no
 * story is made twice and no copy is left unfolded. The flow is dealt to the workers alternately,
 * so that the originals, copies and rewrites of every event arrive at both (as when publishers
 * crawled by different workers report one event).
 */
class SharedLinkerTest {

    private static final Instant INDEXED = Instant.parse("2024-04-01T00:00:00Z");
    private static final Clock CLOCK = Clock.fixed(INDEXED, ZoneOffset.UTC);
    private static final List<AnalyzedArticle> FLOW = SyntheticNews.articles(20240301L);

    /** What linking left: every article's original and story, and every story. */
    private record Outcome(Map<String, String> articles, Map<String, Story> stories) {}

    @ParameterizedTest
    @ValueSource(ints = {2, 7})
    void twoWorkersAtOnceLinkAsOneWorkerInTheOrderOfTheirTurns(int perTurn) throws Exception {
        List<List<AnalyzedArticle>> shares = shares(2);
        assertThat(shares)
                .allSatisfy(s -> assertThat(s).as("each worker has articles").hasSizeGreaterThan(5));
        List<AnalyzedArticle> linkedOrder = Collections.synchronizedList(new ArrayList<>());
        Outcome together;
        try (var index = LuceneArticleIndex.inMemory();
                ExecutorService threads = Executors.newFixedThreadPool(
                        2, Thread.ofPlatform().name("worker-", 1).factory())) {
            var start = new CyclicBarrier(2);
            var done = new ArrayList<Future<Long>>();
            for (List<AnalyzedArticle> share : shares)
                done.add(threads.submit(() -> work(index, share, perTurn, start, linkedOrder)));
            long turns = 0;
            for (Future<Long> f : done) turns += f.get();
            assertThat(turns).as("turns taken").isGreaterThan(2);
            index.commit();
            together = outcome(index);
        }
        assertThat(linkedOrder).hasSize(FLOW.size());
        try (var index = LuceneArticleIndex.inMemory()) {
            var linker = new ArticleLinker(index, CLOCK);
            for (AnalyzedArticle a : linkedOrder) linker.link(a, INDEXED);
            index.commit();
            Outcome alone = outcome(index);
            assertThat(together.articles()).as("originals and stories").isEqualTo(alone.articles());
            assertThat(together.stories()).as("story summaries").isEqualTo(alone.stories());
        }
        var first = new java.util.HashSet<String>();
        for (AnalyzedArticle a : shares.getFirst())
            first.add(ArticleIds.of(a.article().canonicalUrl()));
        assertThat(together.stories().values())
                .as("some story holds articles of both workers")
                .anySatisfy(s ->
                        assertThat(s.articleIds()).containsAnyElementsOf(first).anyMatch(id -> !first.contains(id)));
    }

    /** One worker: links its share in turns of {@code perTurn} articles, refreshing before each turn ends. */
    private static long work(
            ArticleIndex index,
            List<AnalyzedArticle> share,
            int perTurn,
            CyclicBarrier start,
            List<AnalyzedArticle> linkedOrder)
            throws Exception {
        var linker = new SharedLinker(index, CLOCK);
        start.await();
        for (int i = 0; i < share.size(); i++) {
            linker.link(share.get(i), INDEXED);
            linkedOrder.add(share.get(i)); // under the turn: the order of linking
            if ((i + 1) % perTurn == 0 || i == share.size() - 1) {
                index.refresh();
                assertThat(linker.endTurn()).isTrue();
                Thread.yield();
            }
        }
        return linker.turnCount();
    }

    /** The flow dealt to the workers in turn, in arrival order. */
    private static List<List<AnalyzedArticle>> shares(int workers) {
        var shares = new ArrayList<List<AnalyzedArticle>>();
        for (int k = 0; k < workers; k++) shares.add(new ArrayList<>());
        for (int i = 0; i < FLOW.size(); i++) shares.get(i % workers).add(FLOW.get(i));
        return shares;
    }

    private static Outcome outcome(ArticleIndex index) throws IOException {
        var articles = new TreeMap<String, String>();
        var stories = new TreeMap<String, Story>();
        for (AnalyzedArticle a : FLOW) {
            IndexedArticle stored =
                    index.article(ArticleIds.of(a.article().canonicalUrl())).orElseThrow();
            articles.put(stored.id(), stored.duplicateOf().orElse("-") + " in " + stored.storyId());
            stories.put(stored.storyId(), index.story(stored.storyId()).orElseThrow());
        }
        return new Outcome(articles, stories);
    }
}
