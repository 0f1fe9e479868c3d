package dev.marsad.analyze;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds a folder of the shared area ({@code ../shared/<name>} next to the project) from the
 * working directory of a test: the nearest ancestor that has {@code shared/<name>}.
 */
final class SharedFolder {

    private SharedFolder() {}

    static Optional<Path> find(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve(name);
            if (Files.isDirectory(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }
}
