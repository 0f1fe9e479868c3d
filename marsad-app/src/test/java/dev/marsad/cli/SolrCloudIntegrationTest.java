package dev.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marsad.analyze.AnalyzedArticle;
import dev.marsad.crawl.CrawlState;
import dev.marsad.demo.DemoNewsroom;
import dev.marsad.index.ArticleIndex;
import dev.marsad.index.ArticleIndexContract;
import dev.marsad.index.CandidateQueryContract;
import dev.marsad.index.IndexLocation;
import dev.marsad.index.IndexedArticle;
import dev.marsad.index.LinkFeatures;
import dev.marsad.index.ListingCountsContract;
import dev.marsad.index.LocalSolrCloud;
import dev.marsad.index.MostWordsContract;
import dev.marsad.index.SearchQuery;
import dev.marsad.index.SearchResult;
import dev.marsad.index.SearchSteeringContract;
import dev.marsad.index.SolrArticleIndex;
import dev.marsad.index.SolrCollections;
import dev.marsad.index.Story;
import dev.marsad.index.TestArticles;
import dev.marsad.index.WriteConflict;
import dev.marsad.ingest.DataFolder;
import dev.marsad.ingest.Ingestion;
import dev.marsad.link.ArticleIds;
import dev.marsad.link.ArticleLinker;
import dev.marsad.link.LinkResult;
import dev.marsad.web.WebConfig;
import dev.marsad.web.WebServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, part 3: the SolrCloud backend on a real cluster. One 2-node SolrCloud (embedded
 * ZooKeeper, in a child JVM) for the whole class, its collections made with 2 shards × 2 replicas;
 * the whole ArticleIndex contract suite runs on it, then the demo newsroom is crawled into it
 * through the normal pipeline and served, and finally one node is stopped and reads go on.
 */
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class SolrCloudIntegrationTest {

    private static LocalSolrCloud cloud;
    /** The node list of {@code --index solr:…}. */
    private static String address;

    @BeforeAll
    static void startCluster() {
        cloud = LocalSolrCloud.start(2);
        address = cloud.indexSpec().substring("solr:".length());
        var outcome = SolrCollections.ensure(address, new SolrCollections.Layout(2, 2));
        assertThat(outcome.created()).containsExactlyInAnyOrder(SolrCollections.ARTICLES, SolrCollections.STORIES);
    }

    @AfterAll
    static void stopCluster() {
        if (cloud != null) cloud.close();
    }

    /** The collections emptied, and a writer over them. */
    private static SolrArticleIndex emptyIndex() {
        // a generous search budget: on a loaded machine a cold search or respelling may pass the
        // reader-facing second, and the contracts test what is found, not how fast
        SolrArticleIndex index = SolrArticleIndex.open(address, IndexLocation.Access.READ_WRITE, Duration.ofMinutes(1));
        index.deleteAll();
        return index;
    }

    @Nested
    @Order(1)
    class Contract extends ArticleIndexContract {
        @Override
        protected ArticleIndex newIndex() {
            return emptyIndex();
        }

        @Override
        protected ArticleIndex reopen(ArticleIndex index) throws IOException {
            index.close();
            return SolrArticleIndex.open(address, IndexLocation.Access.READ_WRITE);
        }
    }

    @Nested
    @Order(2)
    class Steering extends SearchSteeringContract {
        @Override
        protected ArticleIndex newIndex() {
            return emptyIndex();
        }

        /**
         * Issue 13: the contract's respellings are asked of Solr's term dictionaries (the articles were
         * just committed); once the vocabulary is read into memory, the same misses give the same
         * suggestions from it.
         */
        @Test
        void suggestsTheSameOnceTheVocabularyIsInMemory() throws InterruptedException {
            var solr = (SolrArticleIndex) index;
            awaitVocabulary(solr);
            assertThat(solr.respellingVocabulary().orElseThrow().terms()).isPositive();
            suggestsTheTwoWordSpellingOfANameWrittenAsOne();
            suggestsAOneLetterRespellingAndKeepsTheWordsThatFound();
            suggestsNothingWhenAHitIsFoundOrNoRespellingFindsAnything();
            suggestsOnlyWhatFindsSomethingUnderTheSameFilters();
            suggestsARespellingOfEveryWordThatFindsNothing();
            assertThat(solr.respellingVocabulary()).as("still current").isPresent();
        }

        /**
         * The first respelling of an index asks once whether every article holds its searched terms in
         * one field ({@code WrittenEverywhere}), on the page's thread: not a miss's request, so it is
         * asked before a test counts a miss's requests.
         */
        private static void firstRespelling(SolrArticleIndex solr) {
            assertThat(solr.searchAndSuggest(SearchQuery.of("ثثثخخخ")).total()).isZero();
        }

        /** Waits until the vocabulary is read into memory (at most a minute). */
        private static void awaitVocabulary(SolrArticleIndex solr) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (solr.respellingVocabulary().isEmpty()) {
                assertThat(System.nanoTime())
                        .as("vocabulary read within a minute")
                        .isLessThan(deadline);
                Thread.sleep(50);
            }
        }

        /**
         * Issue 13: with the vocabulary and its document frequencies in memory, a miss's page costs at
         * most 3 requests of the search's own thread (the page's relaxed search, run on another thread
         * for it, counts as its own): the search; the reader's words and joins counted at once, with the
         * respellings of the first word that certainly finds nothing in their query (p99 work: before,
         * those were a request of their own, and the reader's query was counted again); and, for a
         * text that relaxes, the search with two thirds of its words required (issue 13, known-item
         * recall), asked beside the respelling; else one count to break a tie. On the code before the
         * p99 work this fails: «قفلة مساعدات» cost 4 requests there (the test allowed 5, and 6 for a
         * miss that relaxes). A two-word miss cannot relax and is not searched again (review 4).
         */
        @Test
        void aMultiWordMissCostsAFewRequestsOnceTheVocabularyIsInMemory() throws InterruptedException {
            var solr = (SolrArticleIndex) index;
            awaitVocabulary(solr);
            firstRespelling(solr);
            for (String typed : List.of("قفلة مساعدات", "مساعدات وصلت قفلة", "قفلة مسادعات")) {
                long before = solr.requestsSentByThisThread();
                SearchResult miss = solr.searchAndSuggest(SearchQuery.of(typed));
                long requests = solr.requestsSentByThisThread() - before;
                assertThat(solr.search(SearchQuery.of(typed)).total()).as(typed).isZero();
                // two words never relax (review 4, R1); a text that cannot relax is searched once (R3)
                boolean relaxes = typed.equals("مساعدات وصلت قفلة");
                assertThat(miss.relaxed()).as(typed).isEqualTo(relaxes);
                assertThat(miss.suggestion()).as(typed).isPresent();
                assertThat(requests).as("requests for the miss '%s'", typed).isLessThanOrEqualTo(3);
            }
        }

        /**
         * Issue 13 (a miss's page): a miss of words that each find something but never stand together
         * is respelt a word at a time in the query of the others; a respelling beside two words that
         * were just counted together and found nothing cannot find anything, and is not asked of the
         * cluster ({@code RequiredClauses}). On the code before that, which asked every such text: 29
         * and 26 texts, 7 and 6 requests. Since the rarest word's respellings come with the first
         * counts (branch batch: one request fewer), they are asked before the words beside them are
         * known to find nothing together: 11 and 19 texts (8 and 8 before), in 4 requests each (5 and
         * 4 before: the bound of 4 fails on 191de8c). The suggestions (none here: no respelling makes
         * the words stand together) are the embedded index's, as for every text the contract asks.
         * Upper bounds and an empty suggestion cannot catch a wrong skip: {@code
         * SkippedRespellingsTest} (marsad-solr) has a miss whose skip leaves a suggestion to find, and
         * checks it and every count asked against the cluster's full queries.
         */
        @Test
        void aMissOfWordsThatNeverStandTogetherAsksOnlyWhatMayFind() throws InterruptedException {
            var solr = (SolrArticleIndex) index;
            awaitVocabulary(solr);
            firstRespelling(solr);
            for (String typed : List.of("قافلة الضفة وقف", "هدنة غزة الضفة")) {
                long texts = solr.respellingCountsAsked();
                long requests = solr.requestsSentByThisThread();
                SearchResult miss = solr.searchAndSuggest(SearchQuery.of(typed));
                assertThat(miss.total()).as(typed).isZero();
                assertThat(miss.suggestion()).as(typed).isEmpty();
                assertThat(solr.respellingCountsAsked() - texts)
                        .as("texts counted for the miss '%s'", typed)
                        .isLessThanOrEqualTo(20);
                assertThat(solr.requestsSentByThisThread() - requests)
                        .as("requests for the miss '%s'", typed)
                        .isLessThanOrEqualTo(4);
            }
        }

        /**
         * Issue 13 (p99, branch batch): a miss of words that each find something, two by two too, but
         * not all together (the bench's usual miss) is respelt a word at a time in the query of the
         * others, the rarest first; its respellings come with the first counts, and when none wins
         * every other word's come in one request, not one request a word. Requests of the page's
         * thread (the search, its relaxed search and the counts): at most 6 and 4 (on 191de8c, 7 and 6:
         * this fails there). No respelling makes these words stand together.
         */
        @Test
        void aMissOfWordsThatEachFindSomethingAsksTheirRespellingsAtOnce() throws InterruptedException {
            var solr = (SolrArticleIndex) index;
            awaitVocabulary(solr);
            // the first search of an index asks once whether every article has its passages: not a miss's
            solr.search(SearchQuery.of("بروكسل"));
            firstRespelling(solr);
            for (var bound : List.of(Map.entry("بروكسل الطرفين إطلاق", 4L), Map.entry("وساطة صباح رفح", 6L))) {
                String typed = bound.getKey();
                long requests = solr.requestsSentByThisThread();
                SearchResult miss = solr.searchAndSuggest(SearchQuery.of(typed));
                assertThat(solr.requestsSentByThisThread() - requests)
                        .as("requests for the miss '%s'", typed)
                        .isLessThanOrEqualTo(bound.getValue());
                assertThat(solr.search(SearchQuery.of(typed)).total()).as(typed).isZero();
                assertThat(miss.suggestion()).as(typed).isEmpty();
            }
        }

        /**
         * Issue 13 (p99, review 5 T1): a closed index's miss page fails with a clear error rather than
         * waits (its pool refuses the relaxed search once shut down; CallerRunsPolicy dropped it, and the
         * page waited forever).
         */
        @Test
        void aClosedIndexsMissPageFailsInsteadOfWaiting() throws IOException {
            SearchQuery typed = SearchQuery.of("مساعدات وصلت قفلة");
            SearchResult miss = index.search(typed);
            var closed = SolrArticleIndex.open(address, IndexLocation.Access.READ_ONLY);
            closed.close();
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                    Duration.ofSeconds(60),
                    () -> assertThatThrownBy(() -> closed.afterMiss(typed, miss))
                            .isInstanceOf(IllegalStateException.class)
                            .hasMessageContaining("closed"));
        }

        /**
         * Issue 13 (p99, review 5 T1): pages of misses asked while the index is being closed each end, with
         * the page (close waits for the relaxed searches under way before closing the nodes) or with an
         * error that says what failed, and none waits past the time limit.
         */
        @Test
        void missPagesAskedDuringCloseAnswerOrFailButNeverWait() throws Exception {
            SearchQuery typed = SearchQuery.of("مساعدات وصلت قفلة");
            SearchResult miss = index.search(typed);
            SearchResult page = index.afterMiss(typed, miss);
            var closing = SolrArticleIndex.open(address, IndexLocation.Access.READ_ONLY, Duration.ofMinutes(1));
            var readers = java.util.concurrent.Executors.newFixedThreadPool(
                    3, Thread.ofPlatform().name("reader-", 0).factory());
            var started = new java.util.concurrent.CountDownLatch(3);
            var outcomes = new ArrayList<java.util.concurrent.Future<List<String>>>();
            for (int r = 0; r < 3; r++)
                outcomes.add(readers.submit(() -> {
                    var seen = new ArrayList<String>();
                    started.countDown();
                    for (int i = 0; i < 200; i++) {
                        try {
                            SearchResult shown = closing.afterMiss(typed, miss);
                            seen.add(shown.equals(page) ? "page" : "other page: " + shown);
                        } catch (RuntimeException e) {
                            seen.add("error: " + e.getMessage());
                            break;
                        }
                    }
                    return seen;
                }));
            try {
                started.await();
                Thread.sleep(300);
                org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), closing::close);
                for (var outcome : outcomes) {
                    List<String> seen = outcome.get(60, java.util.concurrent.TimeUnit.SECONDS);
                    // a reader whose first page was cut by the close has no page before its last
                    assertThat(seen.subList(0, seen.size() - 1))
                            .as("pages before the last")
                            .allMatch("page"::equals);
                    assertThat(seen.getLast()).as("the last").matches("page|error: .+");
                }
            } finally {
                readers.shutdownNow();
            }
        }
    }

    @Nested
    @Order(2)
    class Relaxed extends MostWordsContract {
        @Override
        protected ArticleIndex newIndex() {
            return emptyIndex();
        }
    }

    @Nested
    @Order(3)
    class Listings extends ListingCountsContract {
        @Override
        protected ArticleIndex newIndex() {
            return emptyIndex();
        }
    }

    @Nested
    @Order(4)
    class Candidates extends CandidateQueryContract {
        @Override
        protected ArticleIndex newIndex() {
            return emptyIndex();
        }
    }

    @Nested
    @Order(5)
    class TwoWriters {

        @Test
        void refuseToOverwriteAStoryTheOtherChangedSinceTheyReadIt() throws IOException {
            try (SolrArticleIndex first = emptyIndex();
                    SolrArticleIndex second = SolrArticleIndex.open(address, IndexLocation.Access.READ_WRITE)) {
                var story = new Story(
                        "s1",
                        "هدنة في قره باخ",
                        List.of("a1"),
                        List.of("موقع"),
                        Instant.parse("2023-09-20T08:00:00Z"),
                        Instant.parse("2023-09-20T08:00:00Z"),
                        List.of(),
                        List.of());
                first.put(story);
                first.commit();
                Story seenByFirst = first.story("s1").orElseThrow();
                Story seenBySecond = second.story("s1").orElseThrow();
                second.put(joined(seenBySecond, "a2"));
                second.commit();
                assertThatThrownBy(() -> first.put(joined(seenByFirst, "a3")))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("changed by another writer");
                first.put(joined(first.story("s1").orElseThrow(), "a3"));
                first.put(joined(first.story("s1").orElseThrow(), "a4"));
                first.commit();
                assertThat(second.story("s1").orElseThrow().articleIds())
                        .as("no fold lost")
                        .containsExactly("a1", "a2", "a3", "a4");
            }
        }

        /**
         * The stale-version bug of bench solr (a LINK failure per 250 articles with one worker): a
         * story read through the id of a story merged into it was taken from a search, as of the
         * last commit, and its older version replaced the one this process had written since.
         */
        @Test
        void aStoryReadThroughAMergedIdIsCurrentAndDoesNotSpoilItsVersion() throws IOException {
            try (SolrArticleIndex index = emptyIndex()) {
                index.put(story("m1", "a1"));
                index.put(story("m2", "a2"));
                index.commit();
                Story heir = joined(index.story("m2").orElseThrow(), "a1").withLinks(List.of("m1"), List.of());
                index.deleteStory("m1");
                index.put(heir);
                index.commit(); // searches now see the heir with a1 and a2
                Story inMemory = joined(heir, "a3"); // as a linker holds it, not read again
                index.put(inMemory);
                assertThat(index.story("m1").orElseThrow().articleIds())
                        .as("the merged id leads to the heir as it is now, not as of the last commit")
                        .containsExactly("a2", "a1", "a3");
                index.put(joined(inMemory, "a4"));
                index.commit();
                assertThat(index.story("m2").orElseThrow().articleIds()).containsExactly("a2", "a1", "a3", "a4");
            }
        }

        /**
         * Stories first written in a batch: Solr answers the new version only for the documents whose
         * shard leader took the request, so the others must still be held to what this process wrote.
         */
        @Test
        void aStoryWrittenInABatchIsStillGuardedAgainstTheOtherWriter() throws IOException {
            try (SolrArticleIndex first = emptyIndex();
                    SolrArticleIndex second = SolrArticleIndex.open(address, IndexLocation.Access.READ_WRITE)) {
                var ids = List.of("b1", "b2", "b3", "b4", "b5", "b6");
                for (String id : ids) first.put(story(id, "a1"));
                first.commit();
                for (String id : ids) second.put(joined(second.story(id).orElseThrow(), "a2"));
                second.commit();
                for (String id : ids)
                    assertThatThrownBy(() -> first.put(joined(story(id, "a1"), "a3")))
                            .as("first's write of %s over second's", id)
                            .isInstanceOf(IllegalStateException.class)
                            .hasMessageContaining("changed by another writer");
                var own = List.of("c1", "c2", "c3", "c4", "c5", "c6");
                for (String id : own) first.put(story(id, "a1"));
                first.commit();
                for (String id : own) {
                    Story once = joined(story(id, "a1"), "a2"); // from memory: no other writer, no conflict
                    first.put(once);
                    first.put(joined(once, "a3"));
                }
                first.commit();
                for (String id : own)
                    assertThat(second.story(id).orElseThrow().articleIds()).containsExactly("a1", "a2", "a3");
            }
        }

        /**
         * A linker merging a story away deletes it: the delete is refused like a write when the
         * other writer changed the story since (its articles would be left in no story).
         */
        @Test
        void refuseToDeleteAStoryTheOtherChangedSinceTheyReadIt() throws IOException {
            try (SolrArticleIndex first = emptyIndex();
                    SolrArticleIndex second = SolrArticleIndex.open(address, IndexLocation.Access.READ_WRITE)) {
                first.put(story("v1", "a1"));
                first.commit();
                second.put(joined(second.story("v1").orElseThrow(), "a2"));
                second.commit();
                assertThatThrownBy(() -> first.deleteStory("v1")).isInstanceOf(WriteConflict.class);
                assertThat(second.story("v1").orElseThrow().articleIds()).containsExactly("a1", "a2");
                first.story("v1").orElseThrow();
                first.deleteStory("v1");
                first.commit();
                assertThat(second.story("v1")).as("deleted once read again").isEmpty();
            }
        }

        /**
         * Issue 13 part 4, review finding C2: two workers' linkers fold a copy each into one original
         * on the real cluster. The first has read the original and decided; before it writes, the
         * second folds its copy and makes it visible (as when the first stalled past its lease). The
         * first's write of the original must not erase the second's copy headline.
         */
        @Test
        void twoLinkersFoldingCopiesIntoOneOriginalKeepBothHeadlines() throws IOException {
            race("a", Moment.BEFORE_THE_COPY);
        }

        /**
         * Issue 13, the window left by the test above: the first linker has listed the original's copies
         * and is about to write the original when the second folds its copy into it and makes it
         * visible. The first's write of the original is refused (the original changed since it read
         * it), and the first links its copy again on the original as it is now: both headlines stay.
         * Before article writes were conditional, the second's headline was lost until the original's
         * next write.
         */
        @Test
        void aCopyFoldedBetweenTheOtherLinkersListingAndItsWriteOfTheOriginalKeepsItsHeadline() throws IOException {
            int interleaved = race("b", Moment.BEFORE_THE_ORIGINAL);
            assertThat(interleaved)
                    .as("writes of the original by the first: refused once, then again")
                    .isGreaterThan(1);
        }

        /** When, in the first linker's writes, the second links its copy. */
        private enum Moment {
            /** Before the first writes its copy (and lists the original's copies). */
            BEFORE_THE_COPY,
            /** After the first listed the original's copies, before it writes the original. */
            BEFORE_THE_ORIGINAL
        }

        /**
         * Two linkers fold a copy each into one original on the real cluster, the second linking (and
         * committing) at {@code moment} of the first's writes; both copies' headlines must find the
         * original afterwards.
         *
         * @param path the articles' URL path, distinct per test
         * @return how many times the first linker's writes reached the watched article
         */
        private int race(String path, Moment moment) throws IOException {
            List<String> report = TestArticles.CEASEFIRE_REPORT;
            AnalyzedArticle original = news(
                    "https://khabar.example/" + path + "/1",
                    "وقف إطلاق النار في كاراباخ",
                    "2023-09-20T08:00:00Z",
                    report);
            AnalyzedArticle first = news(
                    "https://mirror.example/" + path + "/x",
                    "تقارير: هدنة في قره باخ",
                    "2023-09-20T09:30:00Z",
                    report.subList(0, 2));
            AnalyzedArticle second = news(
                    "https://madar.example/" + path + "/y",
                    "عاجل: توقف المعارك في الإقليم",
                    "2023-09-20T09:40:00Z",
                    report.subList(0, 2));
            try (SolrArticleIndex one = emptyIndex();
                    SolrArticleIndex two = SolrArticleIndex.open(address, IndexLocation.Access.READ_WRITE)) {
                String originalId = new ArticleLinker(one, Clock.systemUTC())
                        .link(original)
                        .article()
                        .id();
                one.commit();
                var other = new ArticleLinker(two, Clock.systemUTC());
                String watched = moment == Moment.BEFORE_THE_COPY
                        ? ArticleIds.of(first.article().canonicalUrl())
                        : originalId;
                var interleaved = new AtomicInteger();
                ArticleIndex stalling = (ArticleIndex) Proxy.newProxyInstance(
                        ArticleIndex.class.getClassLoader(),
                        new Class<?>[] {ArticleIndex.class},
                        (proxy, method, args) -> {
                            if (method.getName().equals("put")
                                    && args.length == 2
                                    && args[0] instanceof IndexedArticle a
                                    && a.id().equals(watched)
                                    && interleaved.getAndIncrement() == 0) {
                                assertThat(other.link(second).outcome()).isEqualTo(LinkResult.Outcome.COPY);
                                two.commit();
                            }
                            try {
                                return method.invoke(one, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
                assertThat(new ArticleLinker(stalling, Clock.systemUTC())
                                .link(first)
                                .outcome())
                        .isEqualTo(LinkResult.Outcome.COPY);
                assertThat(interleaved).as("the second linked in between").hasValueGreaterThan(0);
                one.commit();
                assertThat(two.search(SearchQuery.of("تقارير هدنة")).hits())
                        .extracting(h -> h.article().id())
                        .containsExactly(originalId);
                assertThat(two.search(SearchQuery.of("عاجل المعارك")).hits())
                        .as("the second worker's copy headline, folded while the first linked")
                        .extracting(h -> h.article().id())
                        .containsExactly(originalId);
                assertThat(one.article(originalId).orElseThrow().copies().copyHeadlineTexts())
                        .containsExactlyInAnyOrder("تقارير: هدنة في قره باخ", "عاجل: توقف المعارك في الإقليم");
                return interleaved.get();
            }
        }

        /**
         * Issue 13 (review, finding 1): a copy the linker knows only from a listing ({@code copiesOf}, as
         * of the last commit) is rewritten from that listing when a new article turns out to be the
         * original of its group (the copy re-pointed to it). The other worker moves the copy to another
         * story after the first listed it and before the first writes it. The first's rewrite is refused
         * (the listing's version is held; the read by id just before the write does not replace it), and
         * its retry lists the copy anew: the copy ends re-pointed to the new original and in the other
         * worker's story. Before listings held a version, the rewrite went through on the version of that
         * read and put the copy back into its old story.
         */
        @Test
        void aListedCopyChangedByTheOtherWriterBeforeItIsRewrittenKeepsBothChanges() throws IOException {
            List<String> report = TestArticles.CEASEFIRE_REPORT;
            AnalyzedArticle original =
                    news("https://khabar.example/g/1", "وقف إطلاق النار في كاراباخ", "2023-09-20T09:00:00Z", report);
            AnalyzedArticle copy = news(
                    "https://mirror.example/g/x",
                    "تقارير: هدنة في قره باخ",
                    "2023-09-20T10:00:00Z",
                    report.subList(0, 2));
            AnalyzedArticle earlier =
                    news("https://wakala.example/g/0", "باكو تعلن وقف العمليات", "2023-09-20T08:00:00Z", report);
            try (SolrArticleIndex first = emptyIndex();
                    SolrArticleIndex second = SolrArticleIndex.open(address, IndexLocation.Access.READ_WRITE)) {
                var secondLinker = new ArticleLinker(second, Clock.systemUTC());
                String originalId = secondLinker.link(original).article().id();
                String copyId = secondLinker.link(copy).article().id();
                assertThat(second.article(copyId).orElseThrow().duplicateOf()).contains(originalId);
                second.commit();
                var listed = new java.util.concurrent.atomic.AtomicBoolean();
                var moved = new java.util.concurrent.atomic.AtomicBoolean();
                var copyWrites = new AtomicInteger();
                ArticleIndex firstWithAnOtherWriter = (ArticleIndex) Proxy.newProxyInstance(
                        ArticleIndex.class.getClassLoader(),
                        new Class<?>[] {ArticleIndex.class},
                        (proxy, method, args) -> {
                            boolean ofTheCopy = args != null
                                    && (copyId.equals(args[0])
                                            || args[0] instanceof IndexedArticle a && a.id().equals(copyId));
                            if (listed.get() && ofTheCopy && !moved.getAndSet(true)) {
                                // the second worker moves the copy (as its story revision would) and commits
                                IndexedArticle now = second.article(copyId).orElseThrow();
                                second.put(now.withLinks(now.duplicateOf(), "story-of-the-second"), LinkFeatures.NONE);
                                second.commit();
                            }
                            if (method.getName().equals("put") && ofTheCopy) copyWrites.incrementAndGet();
                            try {
                                Object result = method.invoke(first, args);
                                if (method.getName().equals("copiesOf") && originalId.equals(args[0]))
                                    listed.compareAndSet(false, holds(result, copyId));
                                return result;
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
                LinkResult linked = new ArticleLinker(firstWithAnOtherWriter, Clock.systemUTC()).link(earlier);
                assertThat(linked.outcome()).isEqualTo(LinkResult.Outcome.ORIGINAL_OF_COPY);
                assertThat(moved)
                        .as("the second moved the copy after the first listed it")
                        .isTrue();
                first.commit();
                IndexedArticle copyNow = second.article(copyId).orElseThrow();
                assertThat(copyNow.duplicateOf())
                        .as("the first's change")
                        .contains(linked.article().id());
                assertThat(copyNow.storyId()).as("the second's change").isEqualTo("story-of-the-second");
                assertThat(second.article(originalId).orElseThrow().duplicateOf())
                        .contains(linked.article().id());
                assertThat(copyWrites)
                        .as("the first's writes of the copy: refused once, then written again")
                        .hasValueGreaterThan(1);
            }
        }

        /** Whether a listing of articles holds the article {@code id}. */
        private static boolean holds(Object listing, String id) {
            return ((List<?>) listing)
                    .stream().anyMatch(a -> ((IndexedArticle) a).id().equals(id));
        }

        /** Article documents are guarded as stories are: by the version read, or the record written. */
        @Test
        void refuseToOverwriteAnArticleTheOtherChangedSinceTheyReadOrWroteIt() throws IOException {
            try (SolrArticleIndex first = emptyIndex();
                    SolrArticleIndex second = SolrArticleIndex.open(address, IndexLocation.Access.READ_WRITE)) {
                var ids = List.of("r1", "r2", "r3", "r4", "r5", "r6");
                for (String id : ids) first.put(article(id, "s-" + id), LinkFeatures.NONE);
                first.commit();
                for (String id : ids)
                    second.put(second.article(id).orElseThrow().withLinks(Optional.empty(), "s2"), LinkFeatures.NONE);
                second.commit();
                for (String id : ids) // first's own write in memory, whatever the version Solr answered it
                assertThatThrownBy(() -> first.put(article(id, "s1"), LinkFeatures.NONE))
                            .as("first's write of %s over second's", id)
                            .isInstanceOf(WriteConflict.class)
                            .hasMessageContaining("article " + id + " was changed by another writer");
                for (String id : ids)
                    first.put(first.article(id).orElseThrow().withLinks(Optional.empty(), "s1"), LinkFeatures.NONE);
                first.commit();
                for (String id : ids) {
                    first.put(article(id, "s3"), LinkFeatures.NONE); // from memory: no other writer, no conflict
                    first.put(article(id, "s4"), LinkFeatures.NONE);
                }
                first.commit();
                for (String id : ids)
                    assertThat(second.article(id).orElseThrow().storyId()).isEqualTo("s4");
            }
        }

        /**
         * Review 7, finding 1: versions the first writer took from a listing in an earlier link outlive
         * it, and another writer changed those copies since. Rewrites built from a newer listing cost
         * one conflict in all (the conflict forgets every listed version, the retry lists again), not
         * one per copy, which had made a link of three such copies run out of the linker's attempts.
         */
        @Test
        void versionsListedInAnEarlierLinkCostOneConflictNotOnePerDocument() throws IOException {
            try (SolrArticleIndex first = emptyIndex();
                    SolrArticleIndex second = SolrArticleIndex.open(address, IndexLocation.Access.READ_WRITE)) {
                var copies = List.of("m1", "m2", "m3");
                second.put(article("o1", "s1"), LinkFeatures.NONE);
                for (String id : copies)
                    second.put(article(id, "s1").withLinks(Optional.of("o1"), "s1"), LinkFeatures.NONE);
                second.commit();
                assertThat(first.copiesOf("o1")).hasSize(3); // an earlier link of the first lists them
                for (String id : copies)
                    second.put(second.article(id).orElseThrow().withLinks(Optional.of("o1"), "s2"), LinkFeatures.NONE);
                second.commit();
                var conflicts = new AtomicInteger();
                for (int attempt = 0; attempt < 3; attempt++) {
                    try {
                        for (IndexedArticle listed : first.copiesOf("o1")) // built from the newest listing
                        first.put(listed.withLinks(Optional.of("o1"), "s3"), LinkFeatures.NONE);
                        break;
                    } catch (WriteConflict e) {
                        conflicts.incrementAndGet();
                    }
                }
                first.commit();
                assertThat(conflicts)
                        .as("conflicts before every copy was written")
                        .hasValue(1);
                for (String id : copies)
                    assertThat(second.article(id).orElseThrow().storyId()).isEqualTo("s3");
            }
        }

        /** A writer that deleted everything writes its documents again as new ones, without a condition. */
        @Test
        void aWriterThatDeletedEverythingWritesAgainWithoutAConflict() throws IOException {
            try (SolrArticleIndex index = emptyIndex()) {
                index.put(article("d1", "s1"), LinkFeatures.NONE);
                index.put(story("s1", "d1"));
                index.commit();
                index.article("d1").orElseThrow();
                index.story("s1").orElseThrow();
                index.deleteAll();
                index.put(article("d1", "s2"), LinkFeatures.NONE);
                index.put(story("s1", "d1"));
                index.commit();
                assertThat(index.article("d1").orElseThrow().storyId()).isEqualTo("s2");
            }
        }

        private static IndexedArticle article(String id, String storyId) {
            return new IndexedArticle(
                    id,
                    news(
                            "https://khabar.example/r/" + id,
                            "هدنة في قره باخ",
                            "2023-09-20T08:00:00Z",
                            List.of("أعلنت الأطراف هدنة في الإقليم بعد أيام من المعارك.")),
                    Optional.empty(),
                    storyId,
                    List.of(),
                    Instant.parse("2023-09-20T08:00:00Z"));
        }

        private static AnalyzedArticle news(String url, String title, String published, List<String> paragraphs) {
            return TestArticles.analyzed(
                    URI.create(url),
                    title,
                    Instant.parse(published),
                    URI.create(url).getHost(),
                    Optional.empty(),
                    paragraphs,
                    List.of(),
                    List.of());
        }

        private static Story story(String id, String articleId) {
            return new Story(
                    id,
                    "هدنة في قره باخ",
                    List.of(articleId),
                    List.of("موقع"),
                    Instant.parse("2023-09-20T08:00:00Z"),
                    Instant.parse("2023-09-20T08:00:00Z"),
                    List.of(),
                    List.of());
        }

        private static Story joined(Story story, String articleId) {
            var ids = new ArrayList<>(story.articleIds());
            ids.add(articleId);
            return new Story(
                            story.id(),
                            story.title(),
                            ids,
                            story.publishers(),
                            story.first(),
                            story.last(),
                            story.tagKeys(),
                            story.entityIds())
                    .withLinks(story.mergedIds(), story.relatedIds());
        }
    }

    @Nested
    @Order(6)
    class DemoOnTheCluster {

        @TempDir
        Path data;

        private final HttpClient http = HttpClient.newHttpClient();

        @Test
        void ingestsTheDemoServesItAndKeepsReadingWhenANodeStops() throws Exception {
            emptyIndex().close();
            var folder = new DataFolder(data).withIndex(IndexLocation.parse(cloud.indexSpec()));
            var log = new StringWriter();
            try (DemoNewsroom newsroom = DemoNewsroom.start()) {
                var sources = DemoCommand.writeSources(newsroom, folder);
                try (var ingestion = Ingestion.open(folder);
                        var state = CrawlState.open(folder.crawlDatabase())) {
                    CrawlCommand.crawl(
                            folder,
                            sources,
                            state,
                            ingestion.pipeline(),
                            1000,
                            DemoCommand.ownSites(newsroom),
                            new PrintWriter(log, true));
                }
                var sample = newsroom.articles().getFirst();
                try (ArticleIndex reader = folder.indexLocation().open(IndexLocation.Access.READ_ONLY);
                        var server =
                                WebServer.start(reader, new InetSocketAddress("127.0.0.1", 0), WebConfig.defaults())) {
                    assertThat(reader.articleCount())
                            .as("every demo article stored; crawl log:%n%s", log)
                            .isEqualTo(newsroom.articleCount());
                    assertThat(reader.storyCount()).isPositive();
                    String articleId = ArticleIds.of(sample.url());
                    checkPagesAndApi(server.baseUri(), articleId, sample.title());

                    SolrCollections.Check healthy = SolrCollections.check(address);
                    assertThat(healthy.isComplete()).as(healthy.describe()).isTrue();
                    assertThat(healthy.olderArticles())
                            .as("every article written today: no older field asked")
                            .containsOnly(
                                    java.util.Map.entry("body_passages", 0L),
                                    java.util.Map.entry("searched_terms", 0L));
                    assertThat(healthy.collections())
                            .allSatisfy(c -> assertThat(c.shards() * 2).isEqualTo(c.replicas()));

                    cloud.stopNode(1);
                    assertThat(SolrCollections.check(address).isComplete())
                            .as("a node's replicas are down")
                            .isFalse();
                    assertThat(reader.article(articleId))
                            .as("read by id with a node down")
                            .isPresent();
                    checkPagesAndApi(server.baseUri(), articleId, sample.title());
                }
            }
        }

        /** The home page, an article page and a search of the API answer from the cluster. */
        private void checkPagesAndApi(URI base, String articleId, String title) throws Exception {
            HttpResponse<String> home = get(base, "/");
            assertThat(home.statusCode()).isEqualTo(200);
            HttpResponse<String> page = get(base, "/article/" + articleId);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(org.jsoup.Jsoup.parse(page.body()).select("h1").text()).contains(title);
            JsonNode search = new ObjectMapper()
                    .readTree(get(base, "/api/search?q=" + URLEncoder.encode("كاراباخ", StandardCharsets.UTF_8))
                            .body());
            assertThat(search.get("total").asLong()).isPositive();
            assertThat(search.toString()).contains("<mark>");
        }

        private HttpResponse<String> get(URI base, String path) throws IOException, InterruptedException {
            return http.send(
                    HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }
}
