package dev.marsad.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** A UTF-8 text file bundled on the class path (article files, site templates). */
final class BundledText {

    private BundledText() {}

    /**
     * Reads a class-path resource as UTF-8.
     *
     * @throws IllegalStateException naming the resource when it is missing
     */
    static String read(String resource) {
        try (InputStream in = BundledText.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null)
                throw new IllegalStateException("demo resource " + resource + " is missing from the class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read demo resource " + resource, e);
        }
    }
}
