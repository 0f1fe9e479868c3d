package dev.marsad.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One article file of the corpus, parsed but not yet resolved: front-matter fields and the body.
 *
 * <p>Format: lines {@code key: value} up to a line {@code ---}, then paragraphs separated by blank
 * lines. {@code replace} may repeat; every other key appears at most once. A copy ({@code copyOf})
 * may leave out the body and every field it inherits from the original.
 *
 * @param name the file name, for error messages
 * @param fields each key with its values in file order
 * @param paragraphs the body paragraphs
 */
record ArticleFile(String name, Map<String, List<String>> fields, List<String> paragraphs) {

    /** The keys a file may use; anything else is a typo and is rejected. */
    private static final Set<String> KEYS = Set.of(
            "id",
            "publisher",
            "story",
            "section",
            "published",
            "title",
            "subtitle",
            "authors",
            "tags",
            "caption",
            "embed",
            "teaser",
            "related",
            "copyOf",
            "drop",
            "replace",
            "source");

    /** Keys that may appear more than once. */
    private static final Set<String> REPEATABLE = Set.of("replace");

    /** The line that ends the front matter. */
    private static final String FRONT_MATTER_END = "---";

    ArticleFile {
        fields = Map.copyOf(fields);
        paragraphs = List.copyOf(paragraphs);
    }

    /**
     * Parses the text of one file.
     *
     * @throws IllegalArgumentException naming the file and line for an unknown or repeated key, a
     *     line without ':' or a missing '---'
     */
    static ArticleFile parse(String name, String text) {
        List<String> lines = text.replace("\r\n", "\n").lines().toList();
        Map<String, List<String>> fields = new LinkedHashMap<>();
        int line = 0;
        for (; line < lines.size() && !lines.get(line).strip().equals(FRONT_MATTER_END); line++) {
            String raw = lines.get(line).strip();
            if (raw.isEmpty() || raw.startsWith("#")) continue;
            int colon = raw.indexOf(':');
            if (colon <= 0) throw bad(name, line, "expected 'key: value', got '" + raw + "'");
            String key = raw.substring(0, colon).strip();
            if (!KEYS.contains(key)) throw bad(name, line, "unknown key '" + key + "'");
            List<String> values = fields.computeIfAbsent(key, k -> new ArrayList<>());
            if (!values.isEmpty() && !REPEATABLE.contains(key)) throw bad(name, line, "repeated key '" + key + "'");
            values.add(raw.substring(colon + 1).strip());
        }
        if (line == lines.size()) throw bad(name, line, "no '" + FRONT_MATTER_END + "' line after the front matter");
        return new ArticleFile(name, fields, paragraphs(lines.subList(line + 1, lines.size())));
    }

    private static List<String> paragraphs(List<String> body) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : body) {
            String line = raw.strip();
            if (line.isEmpty()) {
                if (!current.isEmpty()) paragraphs.add(current.toString());
                current.setLength(0);
            } else {
                if (!current.isEmpty()) current.append(' ');
                current.append(line);
            }
        }
        if (!current.isEmpty()) paragraphs.add(current.toString());
        return paragraphs;
    }

    private static IllegalArgumentException bad(String name, int line, String detail) {
        return new IllegalArgumentException("demo article file " + name + " line " + (line + 1) + ": " + detail);
    }

    /** The single value of {@code key}, if present and not blank. */
    Optional<String> value(String key) {
        return fields.getOrDefault(key, List.of()).stream()
                .filter(v -> !v.isBlank())
                .findFirst();
    }

    /** The single value of {@code key}; fails naming the file when it is missing. */
    String required(String key) {
        return value(key)
                .orElseThrow(
                        () -> new IllegalArgumentException("demo article file " + name + ": missing '" + key + "'"));
    }

    /** The value of {@code key} split at {@code separator}, trimmed, without empty items. */
    List<String> list(String key, String separator) {
        return value(key).stream()
                .flatMap(v -> List.of(v.split(java.util.regex.Pattern.quote(separator))).stream())
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** Every value of a repeatable key, in file order. */
    List<String> all(String key) {
        return fields.getOrDefault(key, List.of());
    }
}
