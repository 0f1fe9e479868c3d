package dev.marsad.arabic.name;

import java.util.Objects;

/** Two names and whether they are one name ({@link Relation#SAME}) or two ({@link Relation#DIFFERENT}). */
public record NamePair(Relation relation, String category, String a, String b) {

    /** Whether the two names of a pair name the same thing. */
    public enum Relation {
        SAME,
        DIFFERENT
    }

    public NamePair {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(category, "category");
        if (a == null || a.isBlank() || b == null || b.isBlank()) {
            throw new IllegalArgumentException("name pair needs two names, got '" + a + "' and '" + b + "'");
        }
    }
}
