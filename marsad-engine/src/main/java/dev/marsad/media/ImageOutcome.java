package dev.marsad.media;

import java.net.URI;
import java.util.Objects;

/** What fetching one picture gave: the stored picture, or why there is none. */
public sealed interface ImageOutcome {

    /** The picture's URL. */
    URI url();

    /** The picture is in the store. */
    record Stored(URI url, StoredImage image) implements ImageOutcome {
        public Stored {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(image, "image");
        }
    }

    /** No picture: unreachable, refused by the address rules, not an image, too large, … */
    record Refused(URI url, String reason) implements ImageOutcome {
        public Refused {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
