package dev.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.index.ArticleIndex;
import dev.marsad.index.IndexLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rebuild stopped between moving the live index aside and moving the rebuilt one in loses nothing. */
class RebuildSwapTest {

    @TempDir
    Path dir;

    @Test
    void opensTheRebuiltIndexWhenTheSwapWasCutShort() throws IOException {
        store(dir.resolve(Rebuild.REPLACED), "old");
        store(dir.resolve(Rebuild.REBUILT), "old", "rebuilt");
        try (Ingestion ingestion = Ingestion.open(new DataFolder(dir))) {
            assertThat(ingestion.index().articleCount()).isEqualTo(2);
        }
        assertThat(dir.resolve(Rebuild.REPLACED)).doesNotExist();
        assertThat(dir.resolve(Rebuild.REBUILT)).doesNotExist();
    }

    @Test
    void leavesALiveIndexAsItIs() throws IOException {
        store(dir.resolve("index"), "live");
        store(dir.resolve(Rebuild.REBUILT), "live", "rebuilding");
        try (Ingestion ingestion = Ingestion.open(new DataFolder(dir))) {
            assertThat(ingestion.index().articleCount()).isEqualTo(1);
        }
        assertThat(Files.exists(dir.resolve(Rebuild.REBUILT)))
                .as("a rebuild under way is not taken")
                .isTrue();
    }

    private static void store(Path index, String... ids) throws IOException {
        try (ArticleIndex written = IndexLocation.lucene(index).open(IndexLocation.Access.READ_WRITE)) {
            for (String id : ids) written.put(RebuildLossesTest.article(id));
            written.commit();
        }
    }
}
