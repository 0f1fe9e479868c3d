package dev.marsad.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The HTML and XML fragments of one demo site, read from one bundled file whose parts start with
 * a line {@code @@ name}. A part is filled by replacing each {@code {{key}}} with a value that the
 * caller has already escaped with {@link #text}.
 *
 * <p>Keeping the site's words (navigation, labels, month names) in the resource keeps Arabic text
 * out of the Java code.
 */
final class SiteTemplate {

    /** The line prefix that starts a part. */
    private static final String PART_MARK = "@@ ";

    /** A placeholder: {{key}}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z0-9_]+)}}");

    private final String resource;
    private final Map<String, String> parts;

    private SiteTemplate(String resource, Map<String, String> parts) {
        this.resource = resource;
        this.parts = Map.copyOf(parts);
    }

    /** Loads {@code demo/sites/<siteId>.html}. */
    static SiteTemplate load(String siteId) {
        String resource = "demo/sites/" + siteId + ".html";
        return parse(resource, BundledText.read(resource));
    }

    static SiteTemplate parse(String resource, String text) {
        Map<String, String> parts = new HashMap<>();
        String name = null;
        StringBuilder current = new StringBuilder();
        for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
            if (line.startsWith(PART_MARK)) {
                if (name != null) parts.put(name, trimLastNewline(current));
                name = line.substring(PART_MARK.length()).strip();
                current.setLength(0);
            } else if (name != null) {
                current.append(line).append('\n');
            }
        }
        if (name != null) parts.put(name, trimLastNewline(current));
        return new SiteTemplate(resource, parts);
    }

    private static String trimLastNewline(StringBuilder text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '\n') end--;
        return text.substring(0, end);
    }

    /** The raw text of a part (labels, word lists). */
    String part(String name) {
        String part = parts.get(name);
        if (part == null) throw new IllegalStateException(resource + " has no part '" + name + "'");
        return part;
    }

    /** The lines of a part, stripped, without blank ones. */
    List<String> lines(String name) {
        return part(name).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** The {@code key=value} lines of a part, in order (section labels, month names). */
    Map<String, String> pairs(String name) {
        Map<String, String> pairs = new java.util.LinkedHashMap<>();
        for (String line : lines(name)) {
            int eq = line.indexOf('=');
            if (eq <= 0)
                throw new IllegalStateException(
                        resource + " part '" + name + "': expected key=value, got '" + line + "'");
            pairs.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
        return pairs;
    }

    /** The value for {@code key} in a {@code key=value} part. */
    String pair(String name, String key) {
        String value = pairs(name).get(key);
        if (value == null)
            throw new IllegalStateException(resource + " part '" + name + "' has no entry '" + key + "'");
        return value;
    }

    /**
     * Fills a part.
     *
     * @throws IllegalStateException naming the part and key when a placeholder has no value
     */
    String fill(String name, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(part(name));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null)
                throw new IllegalStateException(resource + " part '" + name + "': no value for {{" + m.group(1) + "}}");
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Fills a part once per item, in order, and joins the results: the items of a list, a feed or
     * a tag cloud ({@code fillEach("tag-link", tags, t -> Map.of("tag", text(t)), " ")}).
     *
     * @throws IllegalStateException as {@link #fill} does, when an item lacks a placeholder's value
     */
    <T> String fillEach(String name, List<T> items, Function<T, Map<String, String>> values, String separator) {
        return items.stream().map(item -> fill(name, values.apply(item))).collect(Collectors.joining(separator));
    }

    /** Escapes text for HTML and XML content and attribute values. */
    static String text(String raw) {
        StringBuilder out = new StringBuilder(raw.length() + 16);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
