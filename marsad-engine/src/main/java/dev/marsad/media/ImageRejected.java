package dev.marsad.media;

/** A fetched file that is not kept as a picture; the message says why, naming the URL and the value. */
final class ImageRejected extends Exception {
    ImageRejected(String message) {
        super(message);
    }

    ImageRejected(String message, Throwable cause) {
        super(message, cause);
    }
}
