package dev.marsad.web;

import java.util.Objects;
import java.util.Optional;

/**
 * A publisher as a card names it: its name linking to its page, and its icon (the site's favicon as
 * Marsad keeps it) or, when it has none, a monogram: its first letter on one of a few colours chosen
 * by its name.
 *
 * @param name the publisher's name
 * @param href its page on this site
 * @param icon its icon, when Marsad has one
 * @param letter the monogram's letter
 * @param tone the monogram's colour, 0 to {@link #TONES} − 1 (a CSS class: the CSP allows no inline style)
 */
public record PublisherMark(String name, String href, Optional<Picture> icon, String letter, int tone) {

    /** How many monogram colours the style sheet has ({@code .monogram.tone-0} …). */
    static final int TONES = 6;

    public PublisherMark {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(icon, "icon");
        Objects.requireNonNull(letter, "letter");
        if (tone < 0 || tone >= TONES) throw new IllegalArgumentException("monogram tone " + tone + " out of range");
    }

    /** The monogram of {@code name}: its first letter or digit, and a tone that a name keeps. */
    static PublisherMark monogram(String name, String href) {
        String letter = name.codePoints().filter(Character::isLetterOrDigit).findFirst().stream()
                .mapToObj(Character::toString)
                .findFirst()
                .orElse("\u2022");
        return new PublisherMark(name, href, Optional.empty(), letter, Math.floorMod(name.hashCode(), TONES));
    }
}
