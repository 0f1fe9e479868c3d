package dev.marsad.media;

/** A fetched file that is not kept as a picture; the message says why, naming the URL and the value. */
public final class ImageRejected extends Exception {
    /** A refusal saying why. */
    public ImageRejected(String message) {
        super(message);
    }

    /** A refusal saying why, with the decoder's error. */
    public ImageRejected(String message, Throwable cause) {
        super(message, cause);
    }
}
