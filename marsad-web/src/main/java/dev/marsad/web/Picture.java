package dev.marsad.web;

import java.util.Objects;

/**
 * A picture as a page shows it, always from the site's own {@code /img/} path: the reader's browser
 * never calls the publisher's host for it.
 *
 * @param src the copy for the shown width
 * @param srcset the copies by width ("/img/…-160.jpg 160w, /img/…-320.jpg 320w"), for dense screens
 * @param width the shown width in CSS pixels, so that the page does not shift when it loads
 * @param height the shown height, in proportion
 * @param alt the text in its place: the caption, else the article's title ("" for a decorative icon)
 */
public record Picture(String src, String srcset, int width, int height, String alt) {
    public Picture {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(srcset, "srcset");
        Objects.requireNonNull(alt, "alt");
    }
}
