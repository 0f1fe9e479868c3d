package dev.marsad.bench.ingest;

import dev.marsad.demo.DemoArticle;
import dev.marsad.index.ArticleIndex;
import dev.marsad.index.IndexedArticle;
import dev.marsad.index.LuceneArticleIndex;
import dev.marsad.link.ArticleIds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What an index decided about every demo article: its id, site name, the original it copies (if
 * any) and its story; "missing" when the index does not hold it. Two indexes that agree on every
 * article have the same articles, the same originals and copies, and the same stories.
 *
 * @param byArticle the decision per demo article id
 */
public record DemoDecisions(Map<String, String> byArticle) {

    /** The decision of an article that the index does not hold. */
    static final String MISSING = "missing";

    public DemoDecisions {
        byArticle = Map.copyOf(new TreeMap<>(Objects.requireNonNull(byArticle, "byArticle")));
    }

    /** The decisions of the index in {@code indexDir} about {@code articles}, read without writing it. */
    static DemoDecisions read(Path indexDir, List<DemoArticle> articles) {
        try (var index = LuceneArticleIndex.openReadOnly(indexDir)) {
            return read(index, articles);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index in " + indexDir + ": " + e.getMessage(), e);
        }
    }

    /** The decisions of {@code index}, of either backend, about {@code articles}. */
    static DemoDecisions read(ArticleIndex index, List<DemoArticle> articles) {
        var decisions = new TreeMap<String, String>();
        for (DemoArticle a : articles)
            decisions.put(
                    a.id(),
                    index.article(ArticleIds.of(a.url()))
                            .map(DemoDecisions::describe)
                            .orElse(MISSING));
        return new DemoDecisions(decisions);
    }

    private static String describe(IndexedArticle a) {
        return a.id() + " site=" + a.analyzed().article().siteName().orElse("?") + " copyOf="
                + a.duplicateOf().orElse("-") + " story=" + a.storyId();
    }

    /** Articles this index lacks that {@code expected} holds. */
    long lostAgainst(DemoDecisions expected) {
        return expected.byArticle().entrySet().stream()
                .filter(e -> !e.getValue().equals(MISSING))
                .filter(e -> byArticle.getOrDefault(e.getKey(), MISSING).equals(MISSING))
                .count();
    }

    /** Articles on which this index decided otherwise than {@code expected}. */
    long differencesFrom(DemoDecisions expected) {
        return expected.byArticle().entrySet().stream()
                .filter(e -> !e.getValue().equals(byArticle.getOrDefault(e.getKey(), MISSING)))
                .count();
    }

    /** Articles the index does not hold. */
    long missing() {
        return byArticle.values().stream().filter(MISSING::equals).count();
    }
}
