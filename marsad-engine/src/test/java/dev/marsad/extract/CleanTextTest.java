package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.crawl.Page;
import dev.marsad.extract.ExtractionOutcome.Extracted;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, "clean text in, clean text out": what a page smuggles into its texts and links is taken
 * out once, as the extractor's last step, so that the index, the API, the site and the feeds all
 * get clean text and only web links.
 */
class CleanTextTest {

    private static final URI URL = URI.create("https://clean.example/news/1");
    private static final String BODY =
            "<p>قالت الوزارة في بيان، اليوم الأحد، إن الطريق الجديد سيفتح أمام السيارات الشهر المقبل.</p>"
                    + "<p>وأضاف البيان أن أعمال الإنشاء استغرقت عامين، وأن كلفتها بلغت نحو مئتي مليون دينار.</p>"
                    + "<p>وأشار إلى أن الطريق يربط العاصمة بالمدن الساحلية ويختصر زمن الرحلة إلى النصف تقريبا.</p>";

    private final ArticleExtractor extractor = new ArticleExtractor();

    private Article extract(String head, String body) {
        String html = "<html><head><meta charset=\"utf-8\">" + head + "</head><body><article>" + body
                + "</article></body></html>";
        var outcome = extractor.extract(Page.of(URL, html.getBytes(StandardCharsets.UTF_8), "text/html"));
        assertThat(outcome).isInstanceOf(Extracted.class);
        return ((Extracted) outcome).article();
    }

    @Test
    void removesRightToLeftOverrideFromTitle() {
        Article a = extract("<title>\u202Eالوزارة تفتتح الطريق الجديد</title>", BODY);
        assertThat(a.title()).isEqualTo("الوزارة تفتتح الطريق الجديد");
    }

    @Test
    void removesControlCharacterFromTitle() {
        Article a = extract("<title>الوزارة\u0001 تفتتح الطريق</title>", BODY);
        assertThat(a.title()).isEqualTo("الوزارة تفتتح الطريق");
    }

    @Test
    void cleansTagsBylinesSectionAndBody() {
        Article a = extract(
                "<title>الطريق الجديد</title><meta name=\"author\" content=\"\u202Eسامي\u0007 علي\">"
                        + "<meta property=\"article:section\" content=\"\u202Bاقتصاد\">"
                        + "<meta name=\"keywords\" content=\"نقل\u202E,طرق\u0002\">",
                BODY.replace("الطريق الجديد", "الطريق\u202E الجديد\u0003"));
        assertThat(a.authors()).allSatisfy(s -> assertThat(s).doesNotContain("\u202E", "\u0007"));
        assertThat(a.section()).hasValueSatisfying(s -> assertThat(s).isEqualTo("اقتصاد"));
        assertThat(a.tags()).isNotEmpty().allSatisfy(t -> assertThat(t).doesNotContain("\u202E", "\u0002"));
        assertThat(a.plainText()).doesNotContain("\u202E", "\u0003").contains("الطريق الجديد");
    }

    @Test
    void dropsScriptUrlsOfEmbedsImagesRelatedLinksAndCanonical() {
        Article a = extract(
                "<title>الطريق الجديد</title><link rel=\"canonical\" href=\"javascript:alert(1)\">"
                        + "<meta property=\"og:image\" content=\"data:image/svg+xml,&lt;svg onload=alert(1)&gt;\">",
                BODY + "<blockquote class=\"twitter-tweet\"><p>نص التغريدة عن الطريق</p>— وزارة النقل"
                        + " (@transport) <a href=\"javascript:alert(1)//x.com/transport/status/1\">20 سبتمبر 2023</a>"
                        + "</blockquote>");
        assertThat(a.canonicalUrl()).isEqualTo(URL);
        assertThat(a.image()).isEmpty();
        assertThat(a.embeds()).isNotEmpty().allSatisfy(e -> assertThat(e.url()).isEmpty());
    }

    @Test
    void keepsOnlyWebLinks() {
        assertThat(WebLink.of(URI.create("https://a.example/x"))).isPresent();
        assertThat(WebLink.of(URI.create("HTTP://a.example/x"))).isPresent();
        for (String bad : List.of(
                "javascript:alert(1)",
                "JavaScript:alert(1)",
                "data:text/html,x",
                "vbscript:msgbox(1)",
                "file:///etc/passwd",
                "//a.example/x",
                "/relative",
                "ftp://a.example/x"))
            assertThat(WebLink.of(URI.create(bad))).as(bad).isEmpty();
    }

    @Test
    void keepsUtf8WhenAPageLabelledUtf8TwiceHasFourStrayBytes() {
        byte[] html = ("<html><head><meta charset=\"utf-8\"><title>الطريق الجديد</title></head><body><article>"
                        + BODY.replace("الشهر", "#الشهر").replace("عامين", "#عامين")
                        + "</article></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        var withStray = new ByteArrayOutputStream();
        for (byte b : html) {
            if (b == '#') withStray.write(new byte[] {(byte) 0xFF, (byte) 0xC3}, 0, 2); // not UTF-8
            else withStray.write(b);
        }
        var page = new Page(
                URL,
                200,
                Map.of("Content-Type", List.of("text/html; charset=utf-8")),
                withStray.toByteArray(),
                java.time.Instant.EPOCH);
        var outcome = extractor.extract(page);
        assertThat(outcome).isInstanceOf(Extracted.class);
        Article a = ((Extracted) outcome).article();
        assertThat(a.title()).isEqualTo("الطريق الجديد");
        assertThat(a.plainText()).contains("الشهر المقبل", "\uFFFD");
    }

    @Test
    void readsWindows1256MislabelledAsUtf8AsWindows1256() {
        String html = "<html><head><meta charset=\"utf-8\"><title>الطريق الجديد</title></head><body><article>" + BODY
                + "</article></body></html>";
        var page = Page.of(URL, html.getBytes(java.nio.charset.Charset.forName("windows-1256")), "text/html");
        var outcome = extractor.extract(page);
        assertThat(outcome).isInstanceOf(Extracted.class);
        assertThat(((Extracted) outcome).article().title()).isEqualTo("الطريق الجديد");
    }
}
