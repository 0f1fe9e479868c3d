package dev.marsad.analyze;

import java.util.List;
import java.util.Objects;

/**
 * A tag unified across spellings: أذربيجان and اذربيجان are one tag.
 *
 * @param name the display name (the most common or most complete spelling)
 * @param key the spelling-independent key, stable across articles; used in URLs and facets
 * @param variants every spelling seen for it, display name included
 */
public record Tag(String name, String key, List<String> variants) {
    public Tag {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(key, "key");
        if (key.isBlank()) throw new IllegalArgumentException("tag '" + name + "': blank key");
        variants = List.copyOf(variants);
    }
}
