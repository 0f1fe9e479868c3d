package dev.marsad.demo;

import java.util.Objects;

/**
 * Two demo stories related by topic but distinct: they must never be clustered as one story, and
 * each should come up as related reading for the other (like the seed page's Karabakh ceasefire
 * and its teaser on the Riyadh talks on Ukraine).
 *
 * @param first one story id
 * @param second the other story id
 */
public record StoryPair(String first, String second) {

    public StoryPair {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (first.equals(second))
            throw new IllegalArgumentException("a story pair needs two stories, got '" + first + "' twice");
    }
}
