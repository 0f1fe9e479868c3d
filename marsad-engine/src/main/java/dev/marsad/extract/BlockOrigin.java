package dev.marsad.extract;

import java.util.Objects;
import org.jsoup.nodes.Element;

/**
 * Where a body block came from in the page: the block element that held its text, which of the
 * body's roots (the lead, the main node, its siblings) it lies in, and the share of its text inside
 * links.
 */
record BlockOrigin(Element holder, int root, double linkShare) {
    BlockOrigin {
        Objects.requireNonNull(holder, "holder");
    }
}
