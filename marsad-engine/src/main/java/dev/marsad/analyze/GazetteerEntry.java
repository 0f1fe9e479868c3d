package dev.marsad.analyze;

import java.util.List;
import java.util.Objects;

/**
 * One known entity of the gazetteer.
 *
 * @param id the canonical id ("loc:nagorno-karabakh"), ASCII and URL-safe
 * @param type its type
 * @param names its names, the canonical display name first, as written in the resource
 * @param nisbas masculine singular nisba adjectives of a place ("أذري"), possibly empty
 */
record GazetteerEntry(String id, Entity.Type type, List<String> names, List<String> nisbas) {

    GazetteerEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        names = List.copyOf(names);
        nisbas = List.copyOf(nisbas);
        if (!id.matches("[a-z]{3}:[a-z0-9-]+"))
            throw new IllegalArgumentException("gazetteer id '" + id + "' is not like loc:some-place");
        if (names.isEmpty()) throw new IllegalArgumentException("gazetteer entry " + id + " has no name");
    }

    /** The canonical display name. */
    String name() {
        return names.getFirst();
    }
}
