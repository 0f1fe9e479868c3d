package dev.marsad.media;

import java.util.List;
import java.util.Set;

/**
 * What a picture is for, which decides how it is checked and kept: the widths it is scaled to, the
 * format it is written in, how large the fetched file and the picture may be.
 */
public enum ImageKind {
    /**
     * An article's lead image: a card thumbnail (160 and 320 px for dense screens) and the article
     * page's picture (640, 960), as JPEG on white (photos have no transparency worth keeping).
     */
    PHOTO(List.of(160, 320, 640, 960), StoredImage.Format.JPEG, 5 * 1024 * 1024, 64, MediaTypes.PHOTO),
    /**
     * A site's icon beside its name: 32 px and 64 px for dense screens, as PNG (icons are drawn on
     * transparency). ICO files hold several sizes; the largest is read.
     */
    ICON(List.of(32, 64), StoredImage.Format.PNG, 512 * 1024, 16, MediaTypes.ICON);

    private final List<Integer> widths;
    private final StoredImage.Format format;
    private final int maxBytes;
    private final int minSide;
    private final Set<String> mediaTypes;

    ImageKind(List<Integer> widths, StoredImage.Format format, int maxBytes, int minSide, Set<String> mediaTypes) {
        this.widths = widths;
        this.format = format;
        this.maxBytes = maxBytes;
        this.minSide = minSide;
        this.mediaTypes = mediaTypes;
    }

    /** The widths a picture of this kind is kept in, smallest first. */
    public List<Integer> widths() {
        return widths;
    }

    /** The format the scaled copies are written in. */
    public StoredImage.Format format() {
        return format;
    }

    /** The largest file fetched for it, in bytes; a larger one is refused unread. */
    int maxBytes() {
        return maxBytes;
    }

    /**
     * The smallest side a picture of this kind may have: a 1×1 tracking pixel or a spacer declared as
     * an article's image is no picture.
     */
    int minSide() {
        return minSide;
    }

    /** The Content-Types a server may give it (lower case, without parameters). */
    Set<String> mediaTypes() {
        return mediaTypes;
    }

    /** The Content-Types accepted, by kind; SVG never (it can carry script, and is not scaled here). */
    private static final class MediaTypes {
        static final Set<String> PHOTO = Set.of("image/jpeg", "image/pjpeg", "image/png", "image/gif", "image/webp");
        static final Set<String> ICON = Set.of(
                "image/x-icon",
                "image/vnd.microsoft.icon",
                "image/ico",
                "image/icon",
                "image/png",
                "image/gif",
                "image/jpeg",
                "image/webp");
    }
}
