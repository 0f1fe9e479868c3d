package dev.marsad.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * The {@code <meta>} tags of a page by name (property, name or itemprop, case-insensitive), read
 * in one pass so that looking up dozens of names does not walk the DOM dozens of times.
 */
final class MetaTags {

    private final Map<String, List<String>> values = new HashMap<>();

    private MetaTags() {}

    static MetaTags of(List<Element> metaElements) {
        MetaTags tags = new MetaTags();
        for (Element m : metaElements) {
            String content = Whitespace.collapse(EscapedText.decoded(m.attr("content")));
            if (content.isEmpty()) continue;
            for (String attr : List.of("property", "name", "itemprop")) {
                String key = m.attr(attr);
                if (!key.isEmpty())
                    tags.values
                            .computeIfAbsent(key.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                            .add(content);
            }
        }
        return tags;
    }

    /** The first value of {@code name}. */
    Optional<String> first(String name) {
        List<String> v = values.get(name.toLowerCase(Locale.ROOT));
        return v == null ? Optional.empty() : Optional.of(v.getFirst());
    }

    /** Every value of {@code name}, in page order. */
    List<String> all(String name) {
        return values.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }
}
