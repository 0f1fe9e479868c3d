package dev.marsad.media;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * A fetched picture is scaled into copies no wider than its kind keeps, or refused with a reason
 * ({@link ImageRejected}); never another exception, whatever a stranger's server sends.
 */
class ImageScalerFuzzTest {

    @FuzzTest
    void scalesOrRefuses(FuzzedDataProvider data) {
        ImageKind kind = data.pickValue(ImageKind.values());
        byte[] bytes = data.consumeRemainingAsBytes();
        try {
            ImageScaler.Scaled scaled = ImageScaler.scale(bytes, kind, "https://fuzz.example/p");
            assertThat(scaled.copies()).isNotEmpty();
            assertThat(scaled.copies().keySet())
                    .allMatch(w -> w <= Math.max(scaled.width(), kind.widths().getLast()));
            assertThat((long) scaled.width() * scaled.height()).isLessThanOrEqualTo(ImageScaler.MAX_PIXELS);
        } catch (ImageRejected refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }
}
