package dev.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.crawl.Capture;
import dev.marsad.crawl.Hints;
import dev.marsad.crawl.Page;
import dev.marsad.extract.Article;
import dev.marsad.extract.Block;
import dev.marsad.extract.TimePrecision;
import dev.marsad.index.TestArticles;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 15: a page that gives only a date takes its feed's time of day when the feed's time falls
 * on that date, and keeps its own date (and DAY) otherwise; a page with a time keeps it.
 */
class CrawlKnowledgeTest {

    private static final URI URL = URI.create("https://news.example/a/1");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "date only; feed on that day,    2023-09-20T00:00:00Z, DAY,  2023-09-20T14:05:00Z, 2023-09-20T14:05:00Z, TIME",
        "date only; feed on another day, 2023-09-20T00:00:00Z, DAY,  2023-09-21T01:00:00Z, 2023-09-20T00:00:00Z, DAY",
        "page with a time,               2023-09-20T09:00:00Z, TIME, 2023-09-20T14:05:00Z, 2023-09-20T09:00:00Z, TIME",
    })
    void takesTheListingsTimeOnlyForTheSameDay(
            String label,
            Instant page,
            TimePrecision precision,
            Instant listed,
            Instant expected,
            TimePrecision expectedPrecision) {
        Article article = TestArticles.analyzed(
                        URL, "خبر", page, "موقع", Optional.empty(), List.of("نص الخبر"), List.of(), List.of())
                .article()
                .withPublished(page, precision);
        Capture capture = new Capture(
                Page.of(URL, "<html></html>".getBytes(StandardCharsets.UTF_8), "text/html"),
                "news",
                Optional.of("موقع"),
                new Hints(Optional.empty(), Optional.of(listed)),
                Optional.empty());
        Article known = ArticlePreparer.withCrawlKnowledge(article, capture);
        assertThat(known.published()).as(label).contains(expected);
        assertThat(known.publishedPrecision()).as(label).isEqualTo(expectedPrecision);
    }

    @Test
    void aPageWithNoDateTakesANewsSitemapsDateAloneAsADateWithNoTime() {
        Instant day = Instant.parse("2023-09-20T00:00:00Z");
        Article undated = Article.ofText(
                URL, "خبر", Optional.empty(), Optional.of("موقع"), List.of(new Block.Paragraph("نص الخبر")));
        Article known = ArticlePreparer.withCrawlKnowledge(
                undated, capture(new Hints(Optional.empty(), Optional.of(day), true)));
        assertThat(known.published()).contains(day);
        assertThat(known.publishedPrecision()).isEqualTo(TimePrecision.DAY);
        // a date alone is never "the same day, known more exactly"
        Article dated = undated.withPublished(day, TimePrecision.DAY);
        assertThat(ArticlePreparer.withCrawlKnowledge(
                                dated, capture(new Hints(Optional.empty(), Optional.of(day), true)))
                        .publishedPrecision())
                .isEqualTo(TimePrecision.DAY);
    }

    private static Capture capture(Hints hints) {
        return new Capture(
                Page.of(URL, "<html></html>".getBytes(StandardCharsets.UTF_8), "text/html"),
                "news",
                Optional.of("موقع"),
                hints,
                Optional.empty());
    }
}
