package dev.marsad.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the shared evaluation data lives: {@code ../shared/data} next to the project, found from
 * the working directory as the nearest ancestor holding {@code shared/data}.
 */
public final class AnalyzeBenchData {

    private AnalyzeBenchData() {}

    /** The data file or folder {@code relative} under the shared data folder, or as given when absent. */
    public static Path resolve(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data").resolve(relative);
            if (Files.exists(candidate)) return candidate;
        }
        return Path.of("..", "shared", "data").resolve(relative);
    }
}
