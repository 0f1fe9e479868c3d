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
 * @param afterBlocks where the post stands in the article: the number of body blocks before it (0
 *     before the first block, {@code body.size()} after the last), or {@link #UNPLACED} when its
 *     place is not known (an embed outside the article's text, an article stored before places were
 *     kept: read back as 0)
 */
public record Embed(
        Platform platform,
        Optional<String> author,
        Optional<String> handle,
        Optional<LocalDate> date,
        String text,
        Optional<URI> url,
        int afterBlocks) {

    /** {@link #afterBlocks} of an embed whose place among the blocks is not known. */
    public static final int UNPLACED = -1;

    public Embed {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(text, "text");
        if (afterBlocks < UNPLACED) throw new IllegalArgumentException("embed place " + afterBlocks);
    }

    /** An embed whose place among the body's blocks is not known. */
    public Embed(
            Platform platform,
            Optional<String> author,
            Optional<String> handle,
            Optional<LocalDate> date,
            String text,
            Optional<URI> url) {
        this(platform, author, handle, date, text, url, UNPLACED);
    }

    /** This embed standing after {@code blocks} body blocks. */
    public Embed placedAfter(int blocks) {
        return new Embed(platform, author, handle, date, text, url, blocks);
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
