package dev.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marsad.index.IndexLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13: a data folder names its index in its settings, and --index overrides them. */
class DataFolderIndexTest {

    @TempDir
    Path dir;

    @Test
    void takesTheIndexFromTheDataFolderSettingsUnlessOverridden() throws IOException {
        var folder = new DataFolder(dir);
        assertThat(folder.indexLocation()).isEqualTo(IndexLocation.lucene(dir.resolve("index")));
        Files.writeString(
                dir.resolve(DataFolder.CONFIG), "index = solr:http://127.0.0.1:8983/solr\n", StandardCharsets.UTF_8);
        assertThat(folder.indexLocation().spec()).isEqualTo("solr:http://127.0.0.1:8983/solr");
        var other = IndexLocation.lucene(dir.resolve("elsewhere"));
        assertThat(folder.withIndex(other).indexLocation()).isEqualTo(other);
        Files.writeString(dir.resolve(DataFolder.CONFIG), "index=nowhere\n", StandardCharsets.UTF_8);
        assertThatThrownBy(folder::indexLocation)
                .hasMessageContaining(DataFolder.CONFIG)
                .hasMessageContaining("'nowhere'");
    }
}
