package dev.marsad.arabic.date;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds a folder of ../shared (seed, data) from the test's working directory, or a path that does not exist. */
final class SharedFolder {

    private SharedFolder() {}

    /** The first {@code shared/<name>} found walking up from the working directory. */
    static Path find(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve(name);
            if (Files.isDirectory(candidate)) return candidate;
        }
        return Path.of("..", "shared", name);
    }
}
