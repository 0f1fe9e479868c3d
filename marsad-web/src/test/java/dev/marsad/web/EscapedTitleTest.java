package dev.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marsad.crawl.Capture;
import dev.marsad.crawl.Page;
import dev.marsad.index.LuceneArticleIndex;
import dev.marsad.ingest.IngestPipeline;
import dev.marsad.ingest.IngestSettings;
import dev.marsad.ingest.Verdict;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, part 8: a story title showed {@code &quot;}. The page's site had escaped its title twice
 * ({@code og:title="…&amp;quot;…"}), extraction kept the leftover reference as text, and every page
 * escaped it once more. Followed here from the page's bytes through extraction, the ingest pipeline
 * and the index to the article page, the story page and the API.
 */
class EscapedTitleTest {

    private static final String TITLE = "وزير النقل: \"الطريق الساحلي يفتح غداً\"";

    private static final String PAGE = """
            <html lang="ar" dir="rtl"><head><meta charset="utf-8">
            <title>وزير النقل: &amp;quot;الطريق الساحلي يفتح غداً&amp;quot; | الساحل اليوم</title>
            <meta property="og:title" content="وزير النقل: &amp;quot;الطريق الساحلي يفتح غداً&amp;quot;">
            <meta property="og:site_name" content="الساحل اليوم">
            <meta property="article:published_time" content="2025-02-11T18:00:00+02:00">
            </head><body><div class="story">
            <p>أعلن وزير النقل مساء الثلاثاء أن الطريق الساحلي سيفتح أمام السيارات صباح الأربعاء، بعد انتهاء \
            أعمال الصيانة التي استمرت أسبوعين إثر الانهيار الجزئي لجانب منه.</p>
            <p>وقال الوزير إن الشاحنات الثقيلة ستمنع من عبور الطريق ليلاً خلال الشهر الأول، ريثما تنتهي \
            الاختبارات على الجدار الاستنادي الجديد الذي بني على طول المقطع المتضرر.</p>
            <p>وكانت الوزارة قد أغلقت الطريق بعد العاصفة الأخيرة، وحولت السير إلى الطريق الداخلي الذي شهد \
            ازدحاماً كبيراً طوال الأسبوعين الماضيين.</p>
            </div></body></html>
            """;

    @Test
    void aTitleTheSiteEscapedTwiceShowsItsQuotesOnEveryPage(@TempDir Path dir) throws Exception {
        try (LuceneArticleIndex index = LuceneArticleIndex.open(dir.resolve("index"))) {
            Page page = Page.of(
                    URI.create("https://sahil-today.example/n/2025/02/coastal-road"),
                    PAGE.getBytes(StandardCharsets.UTF_8),
                    "text/html; charset=utf-8");
            Verdict verdict;
            try (var pipeline = IngestPipeline.start(index, IngestSettings.defaults(), Clock.systemUTC())) {
                verdict = pipeline.ingest(Capture.of(page));
            }
            assertThat(verdict).isInstanceOf(Verdict.Stored.class);
            var stored = ((Verdict.Stored) verdict).link().article();
            assertThat(stored.analyzed().article().title()).isEqualTo(TITLE);
            try (WebServer server =
                    WebServer.start(index, new InetSocketAddress("127.0.0.1", 0), WebConfig.defaults())) {
                String article = get(server, "article/" + stored.id());
                assertThat(Jsoup.parse(article).select("h1").text()).isEqualTo(TITLE);
                assertThat(article).doesNotContain("&amp;quot;").doesNotContain("&amp;#34;");
                String story = get(server, "story/" + stored.storyId());
                assertThat(Jsoup.parse(story).text()).contains(TITLE).doesNotContain("&quot;");
                JsonNode api = new ObjectMapper().readTree(get(server, "api/articles/" + stored.id()));
                assertThat(api.path("title").asText()).isEqualTo(TITLE);
            }
        }
    }

    private static String get(WebServer server, String path) throws Exception {
        var response =
                FixtureServer.send(HttpRequest.newBuilder(server.baseUri().resolve(path)));
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}
