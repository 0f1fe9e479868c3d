package dev.marsad.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URI;

/**
 * A feed (RSS, Atom or JSON Feed) is read into its entries or into a recorded reason: never an
 * exception that would stop the crawl, and every entry a link on the web.
 */
class FeedReaderFuzzTest {

    private static final URI FEED = URI.create("https://fuzz.example/rss.xml");
    private static final FeedReader READER = new FeedReader(
            new UrlNormalizer(), CrawlConfig.DEFAULT_MAX_LISTING_ITEMS, CrawlConfig.DEFAULT_MAX_BODY_BYTES);

    @FuzzTest
    void readsEntriesOrSaysWhyNot(byte[] body) {
        switch (READER.read(FEED, body)) {
            case Listing.Found found ->
                assertThat(found.articles())
                        .allSatisfy(d -> assertThat(d.url().getScheme()).isIn("http", "https"));
            case Listing.Broken broken -> assertThat(broken.detail()).isNotBlank();
        }
    }
}
