package dev.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.crawl.Capture;
import dev.marsad.crawl.Hints;
import dev.marsad.index.ArticleIndex;
import dev.marsad.index.IndexedArticle;
import dev.marsad.index.LuceneArticleIndex;
import dev.marsad.link.ArticleIds;
import dev.marsad.link.LinkResult;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9, points 1, 2 and 4: one pipeline, parallel where pure, ordered where not, durable before done. */
class IngestPipelineTest {

    @TempDir
    Path dir;

    /** What linking decided for every article: id → (original it copies or "-", its story's first article). */
    private static Map<String, String> decisions(LuceneArticleIndex index, List<Verdict> verdicts) {
        var decided = new LinkedHashMap<String, String>();
        for (Verdict v : verdicts)
            if (v instanceof Verdict.Stored s) {
                IndexedArticle a = index.article(s.link().article().id()).orElseThrow();
                String storyLead =
                        index.story(a.storyId()).orElseThrow().articleIds().getFirst();
                decided.put(a.id(), a.duplicateOf().orElse("-") + " story:" + storyLead);
            }
        return decided;
    }

    private static List<Verdict> ingestAll(LuceneArticleIndex index, IngestSettings settings) throws Exception {
        try (var pipeline = IngestPipeline.start(index, settings, Clock.systemUTC())) {
            var futures = new ArrayList<CompletableFuture<Verdict>>();
            for (Capture c : NewsPages.all()) futures.add(pipeline.submit(c));
            pipeline.flush();
            return futures.stream().map(CompletableFuture::join).toList();
        }
    }

    @Test
    void manyWorkersLinkExactlyAsOneWorkerDoes() throws Exception {
        List<Verdict> serial;
        Map<String, String> serialDecisions;
        try (var index = LuceneArticleIndex.inMemory()) {
            serial = ingestAll(index, IngestSettings.withWorkers(1));
            serialDecisions = decisions(index, serial);
        }
        try (var index = LuceneArticleIndex.inMemory()) {
            List<Verdict> parallel = ingestAll(index, IngestSettings.withWorkers(4));
            assertThat(parallel)
                    .extracting(Verdict::url)
                    .containsExactlyElementsOf(serial.stream().map(Verdict::url).toList());
            assertThat(decisions(index, parallel)).isEqualTo(serialDecisions);
        }
        assertThat(serialDecisions.values())
                .as("the test set must exercise copies and shared stories, or it proves nothing")
                .anyMatch(d -> !d.startsWith("-"));
        assertThat(serialDecisions.values().stream()
                        .map(d -> d.substring(d.indexOf("story:")))
                        .distinct()
                        .count())
                .isLessThan(serialDecisions.size());
    }

    @Test
    void verdictsComeInSubmissionOrderWithIncreasingSequences() throws Exception {
        try (var index = LuceneArticleIndex.inMemory()) {
            List<Verdict> verdicts = ingestAll(index, IngestSettings.withWorkers(3));
            List<Long> sequences = verdicts.stream()
                    .filter(v -> v instanceof Verdict.Stored)
                    .map(v -> ((Verdict.Stored) v).sequence())
                    .toList();
            assertThat(sequences).isSorted().doesNotHaveDuplicates();
            assertThat(verdicts.getLast()).isInstanceOfSatisfying(Verdict.Rejected.class, r -> {
                assertThat(r.stage()).isEqualTo(Verdict.Stage.EXTRACT);
                assertThat(r.reason()).isIn(Verdict.Reason.NOT_AN_ARTICLE, Verdict.Reason.EMPTY_BODY);
            });
        }
    }

    @Test
    void aStoredVerdictMeansTheArticleIsInTheLastCommit() throws Exception {
        try (var index = LuceneArticleIndex.open(dir.resolve("index"));
                var pipeline = IngestPipeline.start(index, IngestSettings.defaults(), Clock.systemUTC())) {
            Verdict verdict = pipeline.ingest(NewsPages.all().getFirst());
            assertThat(verdict).isInstanceOf(Verdict.Stored.class);
            // Another reader of the folder sees only commits: the article must be in one already.
            try (var reader = DirectoryReader.open(FSDirectory.open(dir.resolve("index")))) {
                assertThat(reader.numDocs()).as("the article and its story").isGreaterThanOrEqualTo(2);
            }
        }
    }

    @Test
    void sequencesGoOnAcrossRestarts() throws Exception {
        List<Capture> captures = NewsPages.all();
        long first;
        try (var index = LuceneArticleIndex.open(dir.resolve("index"));
                var pipeline = IngestPipeline.start(index, IngestSettings.defaults(), Clock.systemUTC())) {
            first = ((Verdict.Stored) pipeline.ingest(captures.get(0))).sequence();
        }
        try (var index = LuceneArticleIndex.open(dir.resolve("index"));
                var pipeline = IngestPipeline.start(index, IngestSettings.defaults(), Clock.systemUTC())) {
            long second = ((Verdict.Stored) pipeline.ingest(captures.get(1))).sequence();
            assertThat(second).isGreaterThan(first);
        }
    }

    @Test
    void aPlainCommitKeepsTheSequence() throws IOException {
        try (var index = LuceneArticleIndex.open(dir.resolve("index"))) {
            index.commit(Map.of(IngestPipeline.SEQUENCE_KEY, "41"));
            index.commit();
        }
        try (var index = LuceneArticleIndex.open(dir.resolve("index"))) {
            assertThat(index.commitData()).containsEntry(IngestPipeline.SEQUENCE_KEY, "41");
        }
    }

    @Test
    void theCaptureNamesAnUnnamedSiteAndDatesAnUndatedPage() throws Exception {
        String html = "<!DOCTYPE html><html lang=\"ar\"><head><meta charset=\"utf-8\"><title>عنوان الخبر</title></head>"
                + "<body><article><h1>ارتفاع أسعار القمح في الأسواق المحلية</h1>"
                + "<p>ارتفعت أسعار القمح في الأسواق المحلية هذا الأسبوع بنسبة عشرة في المئة بسبب تأخر وصول الشحنات.</p>"
                + "<p>وقال تجار إن المخزون يكفي شهرين فقط وإن الحكومة وعدت بشحنات جديدة قبل نهاية الشهر الجاري.</p>"
                + "<p>ويأتي الارتفاع بعد موجة جفاف أصابت مناطق الزراعة الرئيسية في الشمال خلال الصيف الماضي.</p>"
                + "</article></body></html>";
        Instant listed = Instant.parse("2026-11-30T07:00:00Z");
        Capture bare = NewsPages.capture(
                java.net.URI.create("http://127.0.0.1:8183/article.php?id=9"), html, listed.plusSeconds(30));
        Capture fromFeed = new Capture(
                bare.page(),
                "sada",
                Optional.of("صدى الأرز"),
                new Hints(Optional.empty(), Optional.of(listed)),
                Optional.empty());
        try (var index = LuceneArticleIndex.inMemory();
                var pipeline = IngestPipeline.start(index, IngestSettings.defaults(), Clock.systemUTC())) {
            assertThat(pipeline.ingest(bare))
                    .as("no date on the page and none from a feed")
                    .isInstanceOf(Verdict.Rejected.class);
            Verdict verdict = pipeline.ingest(fromFeed);
            assertThat(verdict).isInstanceOf(Verdict.Stored.class);
            var article = ((Verdict.Stored) verdict).link().article().analyzed().article();
            assertThat(article.siteName()).contains("صدى الأرز");
            assertThat(article.published()).contains(listed);
            assertThat(((Verdict.Stored) verdict).link().article().indexedAt())
                    .as("indexed at the capture time, to the second, so that a rebuild gives the same record")
                    .isEqualTo(listed.plusSeconds(30));
            assertThat(pipeline.tally().summary())
                    .startsWith("1 articles stored")
                    .contains("1 pages rejected");
        }
    }

    @Test
    void reingestingAStoredPageKeepsItsDecisions() throws Exception {
        List<Capture> captures = NewsPages.all();
        try (var index = LuceneArticleIndex.inMemory();
                var pipeline = IngestPipeline.start(index, IngestSettings.defaults(), Clock.systemUTC())) {
            for (Capture c : captures) pipeline.submit(c);
            pipeline.flush();
            Capture copy = captures.get(3); // the first event's copy
            String id = ArticleIds.of(copy.page().url());
            IndexedArticle before = index.article(id).orElseThrow();
            Verdict again = pipeline.ingest(copy);
            assertThat(((Verdict.Stored) again).link().outcome()).isEqualTo(LinkResult.Outcome.UPDATED);
            IndexedArticle after = index.article(id).orElseThrow();
            assertThat(after.duplicateOf()).isEqualTo(before.duplicateOf());
            assertThat(after.storyId()).isEqualTo(before.storyId());
        }
    }

    /**
     * An Error on the linking thread (here from the index's commit) must not leave anybody waiting:
     * what was waiting for the commit fails, every later capture fails at once, flush and close
     * return.
     */
    @Test
    void aLinkingThreadThatStopsFailsEveryCaptureInsteadOfLeavingItWaiting() throws Exception {
        try (var real = LuceneArticleIndex.inMemory()) {
            var breaking = (ArticleIndex) Proxy.newProxyInstance(
                    ArticleIndex.class.getClassLoader(), new Class<?>[] {ArticleIndex.class}, (proxy, method, args) -> {
                        if (method.getName().equals("commit") && args != null)
                            throw new AssertionError("the disk said no");
                        try {
                            return method.invoke(real, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
            List<Capture> pages = NewsPages.all();
            try (var pipeline = IngestPipeline.start(breaking, IngestSettings.withWorkers(2), Clock.systemUTC())) {
                Verdict first = pipeline.submit(pages.get(0)).get(60, TimeUnit.SECONDS);
                assertThat(first).isInstanceOfSatisfying(Verdict.Failed.class, f -> {
                    assertThat(f.stage()).isEqualTo(Verdict.Stage.STORE);
                    assertThat(f.detail()).contains("linking thread stopped").contains("the disk said no");
                });
                Verdict later = pipeline.submit(pages.get(1)).get(60, TimeUnit.SECONDS);
                assertThat(later).isInstanceOf(Verdict.Failed.class);
                pipeline.flush();
                assertThat(pipeline.tally().failedCount()).isEqualTo(2);
            }
        }
    }
}
