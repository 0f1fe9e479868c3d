package dev.marsad.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marsad.ingest.DataFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexLocationTest {

    @TempDir
    Path dir;

    @Test
    void readsABackendAndItsAddress() {
        var solr = IndexLocation.parse("SOLR:http://10.0.0.5:8983/solr,http://10.0.0.6:8983/solr");
        assertThat(solr.scheme()).isEqualTo("solr");
        assertThat(solr.address()).isEqualTo("http://10.0.0.5:8983/solr,http://10.0.0.6:8983/solr");
        assertThat(solr.isEmbedded()).isFalse();
        assertThat(IndexLocation.parse("lucene:/srv/index").isEmbedded()).isTrue();
    }

    @Test
    void rejectsAValueWithoutSchemeOrAddress() {
        assertThatThrownBy(() -> IndexLocation.parse("/srv/index")).hasMessageContaining("'/srv/index'");
        assertThatThrownBy(() -> IndexLocation.parse("solr:  ")).hasMessageContaining("names no folder or URL");
    }

    @Test
    void namesTheMissingBackendAndTheKnownOnes() {
        assertThatThrownBy(() -> IndexLocation.parse("elastic:http://x").open(IndexLocation.Access.READ_ONLY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no index backend 'elastic'")
                .hasMessageContaining("lucene");
    }

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
