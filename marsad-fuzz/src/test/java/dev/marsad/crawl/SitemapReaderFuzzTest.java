package dev.marsad.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URI;
import java.util.List;

/** A sitemap or sitemap index is read into URLs or into a recorded reason, never an exception. */
class SitemapReaderFuzzTest {

    private static final URI SITEMAP = URI.create("https://fuzz.example/sitemap.xml");
    private static final SitemapReader READER = new SitemapReader(
            new UrlNormalizer(), CrawlConfig.DEFAULT_MAX_LISTING_ITEMS, CrawlConfig.DEFAULT_MAX_BODY_BYTES);
    private static final List<String> CONTENT_TYPES =
            List.of("application/xml", "text/xml", "text/plain", "application/gzip", "application/octet-stream");

    @FuzzTest
    void readsUrlsOrSaysWhyNot(FuzzedDataProvider data) {
        String contentType = data.pickValue(CONTENT_TYPES);
        switch (READER.read(SITEMAP, data.consumeRemainingAsBytes(), contentType)) {
            case Listing.Found found -> {
                assertThat(found.articles())
                        .allSatisfy(d -> assertThat(d.url().getScheme()).isIn("http", "https"));
                assertThat(found.sitemaps())
                        .allSatisfy(u -> assertThat(u.getScheme()).isIn("http", "https"));
            }
            case Listing.Broken broken -> assertThat(broken.detail()).isNotBlank();
        }
    }
}
