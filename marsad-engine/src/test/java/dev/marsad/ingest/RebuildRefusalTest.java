package dev.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marsad.index.LuceneArticleIndex;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild never replaces the live index with a poorer one silently: articles the live index holds
 * that are not in {@code warc/} (here pages given to ingest as files, which are stored without a
 * capture record) would be lost, so the live index is kept unless the caller accepts the loss.
 */
class RebuildRefusalTest {

    @TempDir
    Path dir;

    @Test
    void keepsTheLiveIndexWhenTheRebuiltOneWouldLackItsArticles() throws InterruptedException {
        DataFolder folder = new DataFolder(dir);
        long stored = ingestWithoutArchive(folder);
        assertThat(stored).as("articles in the live index").isPositive();

        assertThatThrownBy(() -> Rebuild.rebuild(
                        folder, IngestSettings.withWorkers(1), Rebuild.Replacement.WHEN_NOTHING_LOST, v -> {}))
                .isInstanceOf(Rebuild.Refused.class)
                .hasMessageContaining("lacks " + stored + " articles of the live one")
                .hasMessageContaining("http://site0.example/news/0-0");

        assertThat(articleCount(folder)).as("the live index as it was").isEqualTo(stored);
        assertThat(dir.resolve(Rebuild.REBUILT)).doesNotExist();
        assertThat(dir.resolve(Rebuild.REPLACED)).doesNotExist();
    }

    @Test
    void replacesTheLiveIndexWhenTheCallerAcceptsTheLoss() throws InterruptedException {
        DataFolder folder = new DataFolder(dir);
        ingestWithoutArchive(folder);

        Rebuild.rebuild(folder, IngestSettings.withWorkers(1), Rebuild.Replacement.ALWAYS, v -> {});

        assertThat(articleCount(folder))
                .as("the rebuilt index, from an empty archive")
                .isZero();
    }

    private static long ingestWithoutArchive(DataFolder folder) {
        List<dev.marsad.crawl.Capture> pages = NewsPages.all();
        try (Ingestion ingestion = Ingestion.open(folder, IngestSettings.withWorkers(1))) {
            for (var page : pages) ingestion.pipeline().submit(page);
            ingestion.pipeline().flush();
            return ingestion.index().articleCount();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while ingesting", e);
        }
    }

    private static long articleCount(DataFolder folder) {
        try (var index = LuceneArticleIndex.openReadOnly(folder.index())) {
            return index.articleCount();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
