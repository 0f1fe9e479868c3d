package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.crawl.Page;
import dev.marsad.extract.ExtractionOutcome.Extracted;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: "extract gives image: null even on real news pages that declare one". The lead image a
 * page declares in Open Graph, JSON-LD or a Twitter card, with its URL made absolute.
 */
class LeadImageTest {

    private static final URI URL = URI.create("https://lead.example/news/2024/01/wheat.html");
    private static final String BODY = "<h1>ارتفاع أسعار القمح في الأسواق</h1>"
            + "<p>ارتفعت أسعار القمح في الأسواق العربية هذا الأسبوع بنسبة عشرة بالمئة بحسب التجار في عدة مدن.</p>"
            + "<p>وقال تجار إن الطلب زاد مع اقتراب الشتاء في معظم المدن وإن المخزون لا يكفي لأكثر من شهرين.</p>"
            + "<p>وأضافوا أن الحكومة وعدت بشحنات جديدة قبل نهاية الشهر، من دون أن تحدد كمياتها أو مصادرها.</p>";

    private static Optional<Image> leadImage(String head) {
        String html = "<html><head><meta charset=\"utf-8\"><title>ارتفاع أسعار القمح في الأسواق</title>"
                + "<meta property=\"article:published_time\" content=\"2024-01-02T10:00:00Z\">" + head
                + "</head><body><article>" + BODY + "</article></body></html>";
        var outcome = new ArticleExtractor().extract(Page.of(URL, html.getBytes(StandardCharsets.UTF_8), "text/html"));
        assertThat(outcome).isInstanceOf(Extracted.class);
        return ((Extracted) outcome).article().image();
    }

    @Test
    void takesAnAbsoluteOpenGraphImage() {
        assertThat(leadImage("<meta property=\"og:image\" content=\"https://cdn.lead.example/a/lead.jpg\">"))
                .map(Image::url)
                .contains(URI.create("https://cdn.lead.example/a/lead.jpg"));
    }

    @Test
    void resolvesARootRelativeOpenGraphImageAgainstThePage() {
        assertThat(leadImage("<meta property=\"og:image\" content=\"/media/lead.jpg\">"))
                .map(Image::url)
                .contains(URI.create("https://lead.example/media/lead.jpg"));
    }

    @Test
    void resolvesAPathRelativeTwitterImageAgainstThePage() {
        assertThat(leadImage("<meta name=\"twitter:image\" content=\"img/lead.jpg\">"))
                .map(Image::url)
                .contains(URI.create("https://lead.example/news/2024/01/img/lead.jpg"));
    }

    @Test
    void resolvesARelativeJsonLdImage() {
        String ld =
                "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                        + "\"headline\":\"ارتفاع أسعار القمح في الأسواق\",\"image\":{\"@type\":\"ImageObject\",\"url\":\"/up/1.jpg\"}}"
                        + "</script>";
        assertThat(leadImage(ld)).map(Image::url).contains(URI.create("https://lead.example/up/1.jpg"));
    }

    @Test
    void takesAProtocolRelativeImageAsHttps() {
        assertThat(leadImage("<meta property=\"og:image\" content=\"//cdn.lead.example/lead.jpg\">"))
                .map(Image::url)
                .contains(URI.create("https://cdn.lead.example/lead.jpg"));
    }
}
