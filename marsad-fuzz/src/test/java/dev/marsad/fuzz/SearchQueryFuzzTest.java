package dev.marsad.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.marsad.crawl.Capture;
import dev.marsad.crawl.Page;
import dev.marsad.index.LuceneArticleIndex;
import dev.marsad.index.SearchQuery;
import dev.marsad.index.SearchResult;
import dev.marsad.ingest.IngestPipeline;
import dev.marsad.ingest.IngestSettings;
import dev.marsad.ingest.Verdict;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * What a reader types into the search box is parsed by the engine's query parser: any text gives
 * results or a clear bad-request error ({@link IllegalArgumentException}, a 400 on the web), never
 * another exception (a 500), whatever quotes, operators, wildcards or scripts it holds.
 */
class SearchQueryFuzzTest {

    private static LuceneArticleIndex index;

    @BeforeAll
    static void indexThreeArticles() throws InterruptedException, ExecutionException {
        index = LuceneArticleIndex.inMemory();
        try (var pipeline = IngestPipeline.start(index, IngestSettings.withWorkers(1), Clock.systemUTC())) {
            for (int i = 0; i < FuzzPages.COUNT; i++) {
                Verdict verdict = pipeline.submit(Capture.of(Page.of(
                                URI.create("https://fuzz.example/news/" + i),
                                FuzzPages.article(i).getBytes(StandardCharsets.UTF_8),
                                "text/html; charset=utf-8")))
                        .get();
                assertThat(verdict).isInstanceOf(Verdict.Stored.class);
            }
        }
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    @FuzzTest
    void answersOrRefusesClearly(FuzzedDataProvider data) {
        int page = data.consumeInt(1, 3);
        String text = data.consumeRemainingAsString();
        SearchResult result;
        try {
            result = index.search(SearchQuery.of(text).withPage(page, 10));
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            return;
        }
        assertThat(result.total()).isBetween(0L, (long) FuzzPages.COUNT);
    }
}
