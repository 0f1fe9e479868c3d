package dev.marsad.bench.ingest;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A kept index folder is reused only when its manifest says the same subset, data and analysis built it. */
class RecallBenchManifestTest {

    private static final String BUILT = RecallBench.manifestOf(22905, Path.of("/data/saudinewsnet"), "سلام مفاوض");

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

    /** Review finding C7: an index ingested before copy headlines must not be measured as if it had them. */
    @Test
    void aFolderIngestedBeforeCopyHeadlinesIsRefused(@TempDir Path dir) throws Exception {
        Path manifest = Files.writeString(
                dir.resolve(RecallBench.MANIFEST), "articles=22905\ndata=/data/saudinewsnet\nanalysis=سلام مفاوض\n");
        assertThatThrownBy(() -> RecallBench.requireSameBuild(manifest, BUILT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("older build of Marsad's index")
                .hasMessageContaining("delete it");
    }

    @Test
    void aFolderBuiltTheSameWayIsReused(@TempDir Path dir) throws Exception {
        Path manifest = Files.writeString(dir.resolve(RecallBench.MANIFEST), BUILT);
        assertThatCode(() -> RecallBench.requireSameBuild(manifest, BUILT)).doesNotThrowAnyException();
    }
}
