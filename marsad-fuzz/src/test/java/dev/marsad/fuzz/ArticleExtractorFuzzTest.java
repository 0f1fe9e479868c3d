package dev.marsad.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.marsad.crawl.Page;
import dev.marsad.extract.ArticleExtractor;
import dev.marsad.extract.ExtractionOutcome;
import java.net.URI;
import java.util.List;

/**
 * The extractor reads any bytes a stranger serves: whatever the page, it gives an article or a
 * reason, never an exception, and an article's text is its own (no paragraph is empty).
 */
class ArticleExtractorFuzzTest {

    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();
    private static final List<String> CONTENT_TYPES = List.of(
            "text/html; charset=utf-8",
            "text/html; charset=windows-1256",
            "text/html",
            "application/xhtml+xml",
            "text/html; charset=nonsense",
            "application/octet-stream");

    @FuzzTest
    void givesAnArticleOrAReason(FuzzedDataProvider data) {
        String contentType = data.pickValue(CONTENT_TYPES);
        String path = data.consumeString(40).replaceAll("[^a-z0-9/-]", "");
        byte[] body = data.consumeRemainingAsBytes();
        var page = Page.of(URI.create("https://fuzz.example/news/" + path), body, contentType);
        switch (EXTRACTOR.extract(page)) {
            case ExtractionOutcome.Extracted e -> {
                assertThat(e.article().url()).isNotNull();
                assertThat(e.article().paragraphs())
                        .allSatisfy(p -> assertThat(p).isNotBlank());
            }
            case ExtractionOutcome.Rejected r -> assertThat(r.detail()).isNotNull();
        }
    }
}
