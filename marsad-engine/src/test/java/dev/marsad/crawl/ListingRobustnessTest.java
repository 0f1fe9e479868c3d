package dev.marsad.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Random Arabic/Latin/markup input never makes a listing reader or the URL normaliser throw, and
 * what comes out keeps the invariants: only absolute http(s) URLs, normalisation idempotent.
 */
class ListingRobustnessTest {

    private static final URI BASE = URI.create("http://news.example/section/");
    private static final String[] PIECES = {
        "<rss version=\"2.0\">",
        "<channel>",
        "<item>",
        "<link>",
        "</link>",
        "<title>",
        "</title>",
        "</item>",
        "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">",
        "<url><loc>",
        "</loc></url>",
        "<a href=\"",
        "\">",
        "</a>",
        "{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[{\"url\":\"",
        "\"}]}",
        "http://news.example/",
        "https://آخر.example/خبر",
        "../",
        "?utm_source=x&id=",
        "#",
        "%D8%A3",
        "%zz",
        " ",
        "خبر عاجل",
        "أذربيجان",
        "قره باخ",
        "\u0640",
        "\u064B",
        "&amp;",
        "&bogus;",
        "<![CDATA[",
        "]]>",
        "<!DOCTYPE x>",
        "\uFEFF",
        "\u0000",
        "\r\n",
        "mailto:x@y",
        "javascript:alert(1)",
        "//cdn.example/x",
        "٢٠٢٣",
        "\"",
        "'"
    };

    private static String randomText(Random random) {
        var text = new StringBuilder();
        int pieces = random.nextInt(40);
        for (int i = 0; i < pieces; i++) {
            if (random.nextInt(5) == 0) text.append((char) random.nextInt(0x0700));
            else text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    @RepeatedTest(150)
    void readersNeverThrowAndYieldOnlyHttpUrls(RepetitionInfo repetition) {
        var random = new Random(repetition.getCurrentRepetition());
        String text = randomText(random);
        byte[] body = random.nextInt(10) == 0 ? randomBytes(random) : text.getBytes(StandardCharsets.UTF_8);
        var normalizer = new UrlNormalizer();
        assertThatCode(() -> {
                    check(new FeedReader(
                                    normalizer,
                                    CrawlConfig.DEFAULT_MAX_LISTING_ITEMS,
                                    CrawlConfig.DEFAULT_MAX_BODY_BYTES)
                            .read(BASE, body));
                    check(new SitemapReader(
                                    normalizer,
                                    CrawlConfig.DEFAULT_MAX_LISTING_ITEMS,
                                    CrawlConfig.DEFAULT_MAX_BODY_BYTES)
                            .read(BASE, body, "application/xml"));
                    check(new StartPageLinks(normalizer, 50).read(BASE, body));
                })
                .as("input: %s", text)
                .doesNotThrowAnyException();
    }

    @RepeatedTest(150)
    void normalisationIsIdempotent(RepetitionInfo repetition) {
        var random = new Random(1000 + repetition.getCurrentRepetition());
        String url = (random.nextBoolean() ? "http://news.example/" : "") + randomText(random);
        var normalizer = new UrlNormalizer();
        Optional<URI> once = normalizer.normalize(url);
        once.ifPresent(u -> {
            assertThat(u.getScheme()).isIn("http", "https");
            assertThat(normalizer.normalize(u)).as("normalize twice: %s", url).contains(u);
        });
    }

    private static void check(Listing listing) {
        if (listing instanceof Listing.Found found) {
            for (Discovered d : found.articles()) {
                assertThat(d.url().getScheme()).isIn("http", "https");
                assertThat(d.url().getHost()).isNotNull();
            }
        }
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(2000)];
        random.nextBytes(bytes);
        return bytes;
    }
}
