package dev.marsad.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpmlTest {

    @TempDir
    Path dir;

    private Path fixture(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, TestSite.resourceBytes(name));
        return file;
    }

    @Test
    void exportAndImportGiveTheSameFeedsNamesAndIds() throws IOException {
        List<Source> sources = List.of(
                new Source(
                        "alosboa",
                        "الأسبوع",
                        List.of(
                                URI.create("https://alosboa.example/rss.xml"),
                                URI.create("https://alosboa.example/sport.xml")),
                        List.of(),
                        List.of(),
                        SourceList.DEFAULT_DELAY),
                new Source(
                        "wakala",
                        "الوكالة \"العربية\" & شركاؤها",
                        List.of(URI.create("http://wakala.example/feed/atom")),
                        List.of(),
                        List.of(URI.create("http://wakala.example/politics")),
                        SourceList.DEFAULT_DELAY),
                new Source(
                        "madar",
                        "المدار",
                        List.of(),
                        List.of(URI.create("https://madar.example/news-sitemap.xml")),
                        List.of(),
                        SourceList.DEFAULT_DELAY));
        Path file = dir.resolve("sources.opml");
        Files.write(file, Opml.write(sources, "مصادر مرصد"));

        Opml.Imported back = Opml.read(file);

        assertThat(back.skipped()).isEmpty();
        assertThat(back.sources())
                .as("feeds, names and ids kept; a source without feeds has no OPML form")
                .containsExactly(
                        new Source(
                                "alosboa",
                                "الأسبوع",
                                sources.get(0).feeds(),
                                List.of(),
                                List.of(),
                                SourceList.DEFAULT_DELAY),
                        new Source(
                                "wakala",
                                "الوكالة \"العربية\" & شركاؤها",
                                sources.get(1).feeds(),
                                List.of(),
                                List.of(),
                                SourceList.DEFAULT_DELAY));
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(xml)
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"")
                .contains("<opml", "version=\"2.0\"", "<title>مصادر مرصد</title>")
                .contains("type=\"rss\"", "text=\"الأسبوع\"", "htmlUrl=\"http://wakala.example/politics\"")
                .contains("htmlUrl=\"https://alosboa.example/\"");
    }

    @Test
    void readsTheNestedOutlinesOfAFeedReaderExport() throws IOException {
        Opml.Imported imported = Opml.read(fixture("opml-feed-reader-export.opml"));

        assertThat(imported.sources())
                .extracting(Source::id)
                .containsExactly("alosboa-example", "wakala-example", "tech-example", "untitled-example");
        Source alosboa = imported.sources().getFirst();
        assertThat(alosboa.name()).as("the first outline's text").isEqualTo("الأسبوع - الرئيسية");
        assertThat(alosboa.feeds())
                .as("feeds of one host make one source")
                .containsExactly(
                        URI.create("https://www.alosboa.example/rss.xml"),
                        URI.create("https://www.alosboa.example/sport/rss.xml"));
        assertThat(imported.sources().get(1).feeds()).containsExactly(URI.create("http://wakala.example/feed/atom"));
        assertThat(imported.sources().get(2).name())
                .as("title when there is no text")
                .isEqualTo("مدونة التقنية");
        assertThat(imported.sources().get(3).name()).as("the host when unnamed").isEqualTo("untitled.example");
        assertThat(imported.skipped()).singleElement().asString().contains("feed://odd.example/rss");
        assertThat(imported.sources()).allSatisfy(s -> assertThat(s.delay()).isEqualTo(Duration.ofSeconds(1)));
    }

    @Test
    void aMalformedFileIsNamedWithTheLineOfTheError() throws IOException {
        Path file = fixture("opml-malformed.opml");
        assertThatThrownBy(() -> Opml.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cannot parse OPML file " + file)
                .hasMessageContaining("line 6");
    }

    @Test
    void aDoctypeIsRefusedSoNoExternalEntityIsRead() throws IOException {
        Path file = fixture("opml-external-entity.opml");
        assertThatThrownBy(() -> Opml.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void aFileThatIsNotOpmlIsNamed() throws IOException {
        Path file = dir.resolve("feed.opml");
        Files.write(file, TestSite.rssOf("http://a.example/1"));
        assertThatThrownBy(() -> Opml.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("<rss>");
    }
}
