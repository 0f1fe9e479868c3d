package dev.marsad.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Part of the ArticleIndex contract suite, run by every backend: the index answers a candidate query exactly as {@link CandidateQuery#score} defines it, which is
 * what lets the linker merge the index's answer with the same query evaluated in memory.
 */
public abstract class CandidateQueryContract extends IndexContract {

    private static final int ARTICLES = 40;
    private static final List<String> VOCABULARY = List.of("w1", "w2", "w3", "w4", "w5", "w6");
    private static final Instant START = Instant.parse("2024-05-01T00:00:00Z");

    private final Map<IndexedArticle, LinkFeatures> stored = new java.util.LinkedHashMap<>();

    @BeforeEach
    void fill() {
        index = newIndex();
        var random = new Random(7);
        for (int i = 0; i < ARTICLES; i++) {
            IndexedArticle base = TestArticles.article(
                    "c" + i,
                    "عنوان " + i,
                    START.plusSeconds(3600L * i).toString(),
                    "موقع",
                    List.of("نص"),
                    pick(random, List.of(TestArticles.tag("وسم أ", "ta"), TestArticles.tag("وسم ب", "tb"))),
                    pick(random, List.of(TestArticles.place("loc:x", "س"), TestArticles.place("loc:y", "ص"))),
                    random.nextInt(5) == 0 ? Optional.of("c0") : Optional.empty(),
                    "s" + i);
            var article = new IndexedArticle(
                    base.id(),
                    base.analyzed(),
                    base.duplicateOf(),
                    base.storyId(),
                    pick(random, List.of("b1", "b2", "b3")),
                    base.indexedAt());
            var features = new LinkFeatures(pick(random, VOCABULARY), new byte[] {1, (byte) i});
            index.put(article, features);
            stored.put(article, features);
            if (i % 9 == 0) index.refresh(); // several segments
        }
        index.refresh();
    }

    @Test
    void scoresAndOrdersAsTheQueryDefines() {
        var keys = List.of(
                new CandidateQuery.Key(CandidateQuery.Field.TERM, "w1", 5),
                new CandidateQuery.Key(CandidateQuery.Field.TERM, "w2", 3),
                new CandidateQuery.Key(CandidateQuery.Field.TERM, "w5", 1),
                new CandidateQuery.Key(CandidateQuery.Field.BAND, "b2", 7),
                new CandidateQuery.Key(CandidateQuery.Field.ENTITY, "loc:y", 4),
                new CandidateQuery.Key(CandidateQuery.Field.TAG, "ta", 2));
        var window = new CandidateQuery.Window(START.plusSeconds(3600L * 5), START.plusSeconds(3600L * 30));
        for (var query : List.of(
                new CandidateQuery(keys, Optional.empty(), Set.of(), 100),
                new CandidateQuery(keys, Optional.empty(), Set.of("c3", "c4"), 7),
                new CandidateQuery(keys, Optional.of(window), Set.of("c10"), 5),
                new CandidateQuery(keys.subList(0, 1), Optional.of(window), Set.of(), 3)))
            assertThat(index.candidates(query)).as("%s", query).isEqualTo(inMemory(query));
    }

    @Test
    void findsNothingForKeysNoArticleHas() {
        var query = new CandidateQuery(
                List.of(new CandidateQuery.Key(CandidateQuery.Field.TERM, "absent", 1)), Optional.empty(), Set.of(), 5);
        assertThat(index.candidates(query)).isEmpty();
    }

    private List<Candidate> inMemory(CandidateQuery query) {
        var all = new ArrayList<Candidate>();
        stored.forEach((article, features) -> {
            OptionalInt score = query.score(CandidateKeys.of(article, features));
            if (score.isPresent()) all.add(Candidate.of(article, features, score.getAsInt()));
        });
        all.sort(CandidateQuery.ORDER);
        return all.subList(0, Math.min(query.limit(), all.size()));
    }

    /** A random non-empty-or-empty subset, in list order. */
    private static <T> List<T> pick(Random random, List<T> values) {
        var picked = new ArrayList<T>();
        for (T v : values) if (random.nextBoolean()) picked.add(v);
        return picked;
    }
}
