package dev.marsad.bench.extract;

import java.net.URI;
import java.util.Objects;

/**
 * One evaluation page: its id, URL, raw HTML bytes (inflated) and the gold body text (empty when
 * the set has none, as in snippet-only sets).
 */
public record GoldPage(String id, URI url, byte[] html, String goldBody) {
    public GoldPage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(goldBody, "goldBody");
    }
}
