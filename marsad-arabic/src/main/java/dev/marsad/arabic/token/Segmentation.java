package dev.marsad.arabic.token;

import java.util.List;
import java.util.Objects;

/**
 * A word split into its clitics: {@code proclitics} as written, in order (و، ف، ب، ك، ل، ال، لل،
 * س), the {@code base} word, and {@code enclitics} (ه، ها، هم، هما، هن، ك، كم، نا، ي). When an
 * enclitic followed a teh marbuta written as ت, the base has its ة back: حكومته → حكومة + ه.
 */
public record Segmentation(List<String> proclitics, String base, List<String> enclitics) {
    public Segmentation {
        proclitics = List.copyOf(proclitics);
        enclitics = List.copyOf(enclitics);
        Objects.requireNonNull(base, "base");
    }

    /** A word without clitics. */
    public static Segmentation whole(String word) {
        return new Segmentation(List.of(), word, List.of());
    }

    /** True when anything was split off. */
    public boolean hasClitics() {
        return !proclitics.isEmpty() || !enclitics.isEmpty();
    }
}
