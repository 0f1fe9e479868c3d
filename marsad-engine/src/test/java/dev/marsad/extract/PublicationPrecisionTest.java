package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.crawl.Page;
import dev.marsad.extract.ExtractionOutcome.Extracted;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 15, "times that are true": a page that gives only a date is extracted with {@link
 * TimePrecision#DAY}, so that no time of day is invented for it later; a page that gives a time keeps
 * {@link TimePrecision#TIME}.
 */
class PublicationPrecisionTest {

    private static final URI URL = URI.create("https://dates.example/news/1");
    private static final String BODY =
            "<p>قالت الوزارة في بيان، اليوم الأحد، إن الطريق الجديد سيفتح أمام السيارات الشهر المقبل.</p>"
                    + "<p>وأضاف البيان أن أعمال الإنشاء استغرقت عامين، وأن كلفتها بلغت نحو مئتي مليون دينار.</p>"
                    + "<p>وأشار إلى أن الطريق يربط العاصمة بالمدن الساحلية ويختصر زمن الرحلة إلى النصف تقريبا.</p>";

    private final ArticleExtractor extractor = new ArticleExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "meta date only      | <meta property='article:published_time' content='2023-09-20'> | | 2023-09-20T00:00:00Z | DAY",
                "meta with time      | <meta property='article:published_time' content='2023-09-20T10:30:00+03:00'> | | 2023-09-20T07:30:00Z | TIME",
                "time element date   | | <time datetime='2023-09-20'>20 سبتمبر</time> | 2023-09-20T00:00:00Z | DAY",
                "date line, no time  | | <p>تاريخ النشر: 20 سبتمبر 2023</p> | 2023-09-20T00:00:00Z | DAY",
                "date line with time | | <p>تاريخ النشر: 20 سبتمبر 2023 - 10:30</p> | 2023-09-20T10:30:00Z | TIME",
            })
    void keepsWhetherThePageGaveATimeOfDay(
            String label, String head, String line, String instant, TimePrecision precision) {
        String html = "<html><head><meta charset=\"utf-8\"><title>الطريق الجديد</title>" + (head == null ? "" : head)
                + "</head><body><article><h1>الطريق الجديد</h1>" + (line == null ? "" : line) + BODY
                + "</article></body></html>";
        var outcome = extractor.extract(Page.of(URL, html.getBytes(StandardCharsets.UTF_8), "text/html"));
        assertThat(outcome).as(label).isInstanceOf(Extracted.class);
        Article a = ((Extracted) outcome).article();
        assertThat(a.published()).as(label).contains(Instant.parse(instant));
        assertThat(a.publishedPrecision()).as(label).isEqualTo(precision);
    }
}
