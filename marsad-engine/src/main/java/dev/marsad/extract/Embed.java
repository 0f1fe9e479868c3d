package dev.marsad.extract;

import java.net.URI;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A post from a social platform embedded in an article (a tweet, a YouTube video, …).
 *
 * @param platform where the post lives
 * @param author the display name ("Gada Ennab"), when shown
 * @param handle the account handle without '@' ("gadaennab"), when shown
 * @param date the post date, when shown
 * @param text the post text as quoted on the page (may be empty for videos)
 * @param url the post's permalink, when given
 */
public record Embed(
        Platform platform,
        Optional<String> author,
        Optional<String> handle,
        Optional<LocalDate> date,
        String text,
        Optional<URI> url) {

    public Embed {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(text, "text");
    }

    /** The platforms Marsad recognises. */
    public enum Platform {
        X,
        YOUTUBE,
        FACEBOOK,
        INSTAGRAM,
        TIKTOK,
        TELEGRAM,
        OTHER
    }
}
