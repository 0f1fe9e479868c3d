package dev.marsad.web;

import java.util.Objects;

/**
 * A link as the templates show it.
 *
 * @param href a site path or a vetted external URL (see {@link SitePaths#external})
 * @param label the visible text, escaped by the template
 */
public record Link(String href, String label) {
    public Link {
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(label, "label");
    }
}
