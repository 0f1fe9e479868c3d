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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceRegistryTest {

    @TempDir
    Path data;

    private static Source source(String id, String name, String... feeds) {
        return new Source(
                id, name, Stream.of(feeds).map(URI::create).toList(), List.of(), List.of(), Duration.ofMillis(500));
    }

    @Test
    void aMissingFileIsAnEmptyRegistry() {
        assertThat(SourceRegistry.inDataFolder(data).sources()).isEmpty();
    }

    @Test
    void addedSourcesAreWrittenInTheSourceFileFormatAndReadBack() throws IOException {
        var registry = SourceRegistry.inDataFolder(data);
        Source alosboa = source("alosboa", "الأسبوع", "http://alosboa.example/rss.xml");
        registry.add(alosboa);

        assertThat(registry.file()).isEqualTo(data.resolve("sources.json"));
        assertThat(SourceList.read(registry.file()).sources()).containsExactly(alosboa);
        assertThat(Files.readString(registry.file(), StandardCharsets.UTF_8)).contains("الأسبوع");
        try (Stream<Path> files = Files.list(data)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("no temporary file left behind")
                    .containsExactlyInAnyOrder("sources.json", "sources.json.lock");
        }
    }

    @Test
    void aChangeMadeByAnotherProcessIsSeenOnTheNextRead() {
        var running = SourceRegistry.inDataFolder(data);
        running.add(source("a", "أ", "http://a.example/rss.xml"));
        assertThat(running.sources()).extracting(Source::id).containsExactly("a");

        SourceRegistry.inDataFolder(data).add(source("b", "ب", "http://b.example/rss.xml"));

        assertThat(running.sources()).extracting(Source::id).containsExactly("a", "b");
    }

    @Test
    void addingAKnownIdIsRefused() {
        var registry = SourceRegistry.inDataFolder(data);
        registry.add(source("a", "أ", "http://a.example/rss.xml"));
        assertThatThrownBy(() -> registry.add(source("a", "أ", "http://a.example/other.xml")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'a'");
    }

    @Test
    void removeReturnsTheSourceAndAnUnknownIdNamesTheKnownOnes() {
        var registry = SourceRegistry.inDataFolder(data);
        Source a = source("a", "أ", "http://a.example/rss.xml");
        registry.add(a);
        registry.add(source("b", "ب", "http://b.example/rss.xml"));

        assertThat(registry.remove("a")).isEqualTo(a);
        assertThat(registry.sources()).extracting(Source::id).containsExactly("b");
        assertThatThrownBy(() -> registry.remove("zzz"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'zzz'")
                .hasMessageContaining("known: b");
    }

    @Test
    void mergeAddsNewSourcesAndGivesKnownOnesTheFeedsTheyLack() {
        var registry = SourceRegistry.inDataFolder(data);
        registry.add(source("a", "أ", "http://a.example/rss.xml"));
        registry.add(source("b", "ب", "http://b.example/rss.xml"));

        SourceRegistry.Merged merged = registry.merge(List.of(
                source("a", "اسم آخر", "http://a.example/rss.xml", "http://a.example/sport.xml"),
                source("b", "ب", "http://b.example/rss.xml"),
                source("c", "ج", "http://c.example/rss.xml")));

        assertThat(merged.added()).containsExactly("c");
        assertThat(merged.extended()).containsExactly("a");
        assertThat(merged.unchanged()).containsExactly("b");
        Source a = registry.read().find("a").orElseThrow();
        assertThat(a.name()).as("the registered name stays").isEqualTo("أ");
        assertThat(a.feeds())
                .containsExactly(URI.create("http://a.example/rss.xml"), URI.create("http://a.example/sport.xml"));
    }

    @Test
    void aMalformedFileIsReportedByName() throws IOException {
        Files.writeString(data.resolve("sources.json"), "{\"sources\": [", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SourceRegistry.inDataFolder(data).sources())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sources.json");
    }
}
