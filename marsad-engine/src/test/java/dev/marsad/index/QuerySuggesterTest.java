package dev.marsad.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class QuerySuggesterTest {

    /** An imagined index's counts: a name in two spellings, and three words that stand together once. */
    private static final Map<String, Long> KARABAKH = Map.of(
            "كراباخ",
            9L,
            "كارابخ",
            2L,
            "\"قره باخ\"",
            11L,
            "قره باخ",
            11L,
            "تمرد",
            5L,
            "داخل",
            40L,
            "قوات",
            30L,
            "تمرد داخل قوات",
            1L,
            "كراباخ قوات",
            1L);

    /** Counts of an imagined index: what each query text finds. */
    private static long counts(Map<String, Long> known, String text) {
        return known.getOrDefault(text, 0L);
    }

    @Test
    void asksInBatchesAndSuggestsWhatOneAtATimeSuggests() {
        Map<String, Long> known = KARABAKH;
        for (String query : new String[] {"كرابخ", "قرهباخ", "تمرد داخخل قوات", "كرابخ قوات", "لاشيءيطابق"}) {
            var single = new AtomicInteger();
            var requests = new AtomicInteger();
            var batched = new AtomicInteger();
            var oneAtATime = QuerySuggester.suggest(
                    query,
                    t -> {
                        single.incrementAndGet();
                        return counts(known, t);
                    },
                    java.time.Duration.ofMinutes(1));
            var inBatches = QuerySuggester.suggest(
                    query,
                    t -> {
                        requests.incrementAndGet();
                        batched.incrementAndGet();
                        return counts(known, t);
                    },
                    texts -> {
                        requests.incrementAndGet();
                        batched.addAndGet(texts.size());
                        return texts.stream().mapToLong(t -> counts(known, t)).toArray();
                    },
                    java.time.Duration.ofMinutes(1));
            assertThat(inBatches).as(query).isEqualTo(oneAtATime);
            // a step's spellings are asked for with their queries at once: more texts, fewer requests
            assertThat(batched.get()).as("texts counted for %s", query).isBetween(single.get(), 2 * single.get());
            assertThat(requests.get())
                    .as("requests for %s (%d counted)", query, single.get())
                    .isLessThanOrEqualTo(Math.max(3, single.get() / 20));
        }
    }

    /**
     * Issue 13: with estimates from memory (here an upper bound of each count: twice it, or 0 when it
     * finds nothing), the spellings that certainly find nothing are never counted and only the
     * likeliest are counted in their query; the suggestion stays what counting everything gives.
     */
    @Test
    void withEstimatesCountsFewTextsAndSuggestsWhatCountingEverythingSuggests() {
        var known = new java.util.HashMap<>(KARABAKH);
        known.put("قافلة", 3L);
        for (String query :
                new String[] {"كرابخ", "قرهباخ", "تمرد داخخل قوات", "كرابخ قوات", "قفلة كرابخ", "لاشيءيطابق"}) {
            var all = new AtomicInteger();
            var estimated = new AtomicInteger();
            var requests = new AtomicInteger();
            var everything = QuerySuggester.suggest(
                    query,
                    t -> {
                        all.incrementAndGet();
                        return counts(known, t);
                    },
                    java.time.Duration.ofMinutes(1));
            QuerySuggester.Counts batch = texts -> {
                requests.incrementAndGet();
                estimated.addAndGet(texts.size());
                return texts.stream().mapToLong(t -> counts(known, t)).toArray();
            };
            var withEstimates = QuerySuggester.suggest(
                    query,
                    t -> batch.of(java.util.List.of(t))[0],
                    batch,
                    texts -> texts.stream().mapToLong(t -> 2 * counts(known, t)).toArray(),
                    java.time.Duration.ofMinutes(1));
            assertThat(withEstimates).as(query).isEqualTo(everything);
            assertThat(estimated.get())
                    .as("texts counted for %s (%d without estimates)", query, all.get())
                    .isLessThanOrEqualTo(Math.max(2, all.get() / 10));
            assertThat(requests.get()).as("requests for %s", query).isLessThanOrEqualTo(4);
        }
    }

    @Test
    void neverAsksAgainForTheQueryThatJustFoundNothing() {
        // issue 13: the search has just counted the reader's query; a one-word query is its only word
        var asked = new java.util.ArrayList<String>();
        var suggestion = QuerySuggester.suggest(
                "قرهباخ",
                t -> {
                    asked.add(t);
                    return counts(Map.of("\"قره باخ\"", 2L, "قره باخ", 2L), t);
                },
                java.time.Duration.ofMinutes(1));
        assertThat(suggestion).contains("قره باخ");
        assertThat(asked).doesNotContain("قرهباخ").doesNotHaveDuplicates();
    }

    @Test
    void splitsAWordAtThePlaceWhereTheTwoWordsStandTogether() {
        Map<String, Long> known = Map.of("\"قره باخ\"", 11L, "قره باخ", 11L);
        assertThat(QuerySuggester.suggest("قرهباخ", t -> counts(known, t))).contains("قره باخ");
    }

    @Test
    void joinsAWordToTheNextWhenTogetherTheyAreOne() {
        Map<String, Long> known = Map.of("كاراباخ", 7L, "كاراباخ اليوم", 2L, "اليوم", 90L);
        assertThat(QuerySuggester.suggest("كارا باخ اليوم", t -> counts(known, t)))
                .contains("كاراباخ اليوم");
    }

    @Test
    void prefersTheRespellingThatFindsMost() {
        // a long vowel added in two places: the spelling more articles use wins
        Map<String, Long> known = Map.of("كراباخ", 9L, "كارابخ", 2L);
        assertThat(QuerySuggester.suggest("كرابخ", t -> counts(known, t))).contains("كراباخ");
    }

    @Test
    void neverTriesSpellingsTheNormaliserAlreadyJoins() {
        assertThat(QuerySuggester.edits("قافلة")).doesNotContain("قافلة").contains("قفلة", "قافة");
        var asked = new AtomicInteger();
        QuerySuggester.suggest("قافله", t -> {
            asked.incrementAndGet();
            if (t.equals("قافلة")) throw new AssertionError("asked for a spelling the normaliser joins: " + t);
            return 0;
        });
        assertThat(asked.get()).isPositive();
    }

    @Test
    void leavesQueriesWithSyntaxOrManyWordsAlone() {
        var asked = new AtomicInteger();
        assertThat(QuerySuggester.suggest("\"قرهباخ\"", t -> asked.incrementAndGet()))
                .isEmpty();
        assertThat(QuerySuggester.suggest("قرهباخ | يريفان", t -> asked.incrementAndGet()))
                .isEmpty();
        assertThat(QuerySuggester.suggest("ا ب ج د ه و ز", t -> asked.incrementAndGet()))
                .isEmpty();
        assertThat(asked.get()).isZero();
    }

    @Test
    void asksABoundedNumberOfCountsWhateverTheQuery() {
        var asked = new AtomicInteger();
        QuerySuggester.suggest("استراتيجيات تكنولوجيات ميكانيكيات بيروقراطيات ديمقراطيات", t -> {
            asked.incrementAndGet();
            return 0;
        });
        assertThat(asked.get()).isLessThanOrEqualTo(QuerySuggester.MAX_COUNTS + 1);
    }

    @Test
    void respellsAMistypedWordThatSomeOtherArticleHappensToUse() {
        // "داخخل" is in one article (a typo there too), but never with the other two words
        Map<String, Long> known = Map.of("تمرد", 5L, "داخخل", 1L, "قوات", 40L, "داخل", 60L, "تمرد داخل قوات", 2L);
        assertThat(QuerySuggester.suggest("تمرد داخخل قوات", t -> counts(known, t)))
                .contains("تمرد داخل قوات");
    }

    @Test
    void stopsAskingAtTheTimeLimit() {
        var asked = new AtomicInteger();
        QuerySuggester.suggest(
                "استراتيجيات",
                t -> {
                    asked.incrementAndGet();
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return 0;
                },
                java.time.Duration.ofMillis(20));
        assertThat(asked.get()).isLessThan(QuerySuggester.MAX_COUNTS / 2);
    }

    @Test
    void aSuggestionGetsWhatIsLeftOfTheSearchBudgetBetweenATenthAndAQuarter() {
        var budget = java.time.Duration.ofSeconds(1);
        long now = System.nanoTime();
        assertThat(QuerySuggester.timeFor(budget, now)).isEqualTo(java.time.Duration.ofMillis(250));
        assertThat(QuerySuggester.timeFor(budget, now - 2_000_000_000L)).isEqualTo(java.time.Duration.ofMillis(100));
        assertThat(QuerySuggester.timeFor(budget, now - 800_000_000L))
                .isBetween(java.time.Duration.ofMillis(100), java.time.Duration.ofMillis(200));
    }

    @Test
    void suggestsNothingWhenTheRespeltQueryAsAWholeFindsNothing() {
        // each respelt word finds articles, but never together
        Map<String, Long> known = Map.of("\"قره باخ\"", 3L, "قره باخ", 3L, "طوكيو", 4L);
        assertThat(QuerySuggester.suggest("قرهباخ طوكيو", t -> counts(known, t)))
                .isEmpty();
    }
}
