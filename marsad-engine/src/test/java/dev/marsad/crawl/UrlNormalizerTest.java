package dev.marsad.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlNormalizerTest {

    private final UrlNormalizer normalizer = new UrlNormalizer();

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "HTTP://News.Example.ORG/a/b, http://news.example.org/a/b",
        "http://news.example.org:80/a, http://news.example.org/a",
        "http://news.example.org/a#comments, http://news.example.org/a",
        "http://news.example.org/x/../a, http://news.example.org/a",
        "http://news.example.org/a?utm_source=rss&id=7, http://news.example.org/a?id=7",
        "http://news.example.org/a?fbclid=abc, http://news.example.org/a",
    })
    void trivialVariantsShareOneForm(String variant, String canonical) {
        assertThat(normalizer.normalize(variant)).contains(URI.create(canonical));
    }

    @org.junit.jupiter.api.Test
    void arabicPathAndItsPercentEncodingShareOneForm() {
        var raw = normalizer.normalize("http://news.example.org/أخبار/جسر-الفرات");
        var encoded = normalizer.normalize(
                "http://news.example.org/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/%D8%AC%D8%B3%D8%B1-%D8%A7%D9%84%D9%81%D8%B1%D8%A7%D8%AA");
        assertThat(raw).isPresent().isEqualTo(encoded);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"mailto:desk@example.org", "ftp://example.org/file", "/relative/only", "", "javascript:void(0)"})
    void nonHttpUrlsAreDropped(String url) {
        assertThat(normalizer.normalize(url)).isEmpty();
    }

    @Test
    void aQueryTheNormalizerCannotReadIsNoUrlNotACrash() {
        // found by fuzzing the sitemap reader: crawler-commons read past the end of this query
        String fuzzed = "https:///%4Dur\uFFFD\uFFFD\uFFFDmple/" + "\uFFFD".repeat(35) + "tps://fuzz.example/?;z";
        assertThat(normalizer.normalize(fuzzed)).isEmpty();
        assertThat(normalizer.normalize("https://fuzz.example/?;z")).isNotNull();
    }
}
