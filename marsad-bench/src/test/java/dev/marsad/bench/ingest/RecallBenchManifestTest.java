package dev.marsad.bench.ingest;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A kept index folder is reused only when its manifest says the same subset, data and analysis built it. */
class RecallBenchManifestTest {

    private static final String BUILT = "articles=22905\ndata=/data/saudinewsnet\nanalysis=سلام مفاوض\n";

    @Test
    void aFolderWithoutAManifestIsRefused(@TempDir Path dir) {
        assertThatThrownBy(() -> RecallBench.requireSameBuild(dir.resolve(RecallBench.MANIFEST), BUILT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("did not finish");
    }

    @Test
    void aFolderBuiltWithAnotherAnalysisIsRefused(@TempDir Path dir) throws Exception {
        Path manifest = Files.writeString(dir.resolve(RecallBench.MANIFEST), BUILT.replace("مفاوض", "مفاوضات"));
        assertThatThrownBy(() -> RecallBench.requireSameBuild(manifest, BUILT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("another analysis");
    }

    @Test
    void aFolderBuiltTheSameWayIsReused(@TempDir Path dir) throws Exception {
        Path manifest = Files.writeString(dir.resolve(RecallBench.MANIFEST), BUILT);
        assertThatCode(() -> RecallBench.requireSameBuild(manifest, BUILT)).doesNotThrowAnyException();
    }
}
