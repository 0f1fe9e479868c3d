package dev.marsad.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceListTest {

    @TempDir
    Path dir;

    private Path write(String json) throws IOException {
        Path file = dir.resolve("sources.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void readsAllFieldsOfAnEntry() throws IOException {
        Path file = write("""
                {"sources":[{"id":"alosboa","name":"الأسبوع",
                  "feeds":["http://alosboa.example/rss.xml"],
                  "sitemaps":["http://alosboa.example/news-sitemap.xml"],
                  "startPages":["http://alosboa.example/section/politics"],
                  "delayMillis":500},
                 {"id":"wakala","name":"الوكالة","sitemaps":["https://wakala.example/sitemap.xml"]}]}
                """);
        SourceList list = SourceList.read(file);
        assertThat(list.sources()).hasSize(2);
        Source first = list.sources().getFirst();
        assertThat(first.name()).isEqualTo("الأسبوع");
        assertThat(first.feeds()).containsExactly(URI.create("http://alosboa.example/rss.xml"));
        assertThat(first.startPages()).containsExactly(URI.create("http://alosboa.example/section/politics"));
        assertThat(first.delay()).isEqualTo(Duration.ofMillis(500));
        assertThat(list.sources().get(1).feeds()).isEmpty();
        assertThat(list.sources().get(1).delay()).isEqualTo(SourceList.DEFAULT_DELAY);
    }

    @Test
    void entryWithoutAnyListingIsRejectedNamingFileAndEntry() throws IOException {
        Path file = write("{\"sources\":[{\"id\":\"empty\",\"name\":\"بلا روابط\"}]}");
        assertThatThrownBy(() -> SourceList.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("entry 0")
                .hasMessageContaining("empty")
                .hasMessageContaining("feeds, sitemaps or startPages");
    }

    @Test
    void missingNameIsRejected() throws IOException {
        Path file = write("{\"sources\":[{\"id\":\"x\",\"feeds\":[\"http://x.example/rss\"]}]}");
        assertThatThrownBy(() -> SourceList.read(file)).hasMessageContaining("\"name\"");
    }

    @Test
    void relativeUrlIsRejected() throws IOException {
        Path file = write("{\"sources\":[{\"id\":\"x\",\"name\":\"س\",\"feeds\":[\"/rss.xml\"]}]}");
        assertThatThrownBy(() -> SourceList.read(file)).hasMessageContaining("'/rss.xml'");
    }

    @Test
    void duplicateIdsAreRejected() throws IOException {
        Path file = write("""
                {"sources":[{"id":"a","name":"أ","feeds":["http://a.example/rss"]},
                            {"id":"a","name":"ب","feeds":["http://b.example/rss"]}]}
                """);
        assertThatThrownBy(() -> SourceList.read(file)).hasMessageContaining("duplicate source id 'a'");
    }

    @Test
    void malformedJsonNamesTheFile() throws IOException {
        Path file = write("{\"sources\":[{\"id\":");
        assertThatThrownBy(() -> SourceList.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString());
    }

    @Test
    void writesWhatItReads() throws IOException {
        Path file = write("""
                {"sources":[{"id":"alosboa","name":"الأسبوع","feeds":["http://alosboa.example/rss.xml"],
                  "sitemaps":["http://alosboa.example/news-sitemap.xml"],"delayMillis":500},
                 {"id":"wakala","name":"الوكالة","startPages":["https://wakala.example/politics"]}]}
                """);
        SourceList list = SourceList.read(file);
        Path copy = dir.resolve("copy.json");
        Files.write(copy, list.toJson());
        assertThat(SourceList.read(copy)).isEqualTo(list);
        assertThat(Files.readString(copy, StandardCharsets.UTF_8)).contains("\"name\" : \"الأسبوع\"");
    }

    @ParameterizedTest
    @CsvSource({
        "https://www.Example.com/news, example-com",
        "http://127.0.0.1:8181/, 127-0-0-1-8181",
        "https://news.alosboa.example, news-alosboa-example",
        "http://xn--mgbh0fb.example/, xn-mgbh0fb-example"
    })
    void anIdIsDerivedFromTheHost(String url, String id) {
        assertThat(Source.idFor(URI.create(url))).isEqualTo(id);
    }
}
