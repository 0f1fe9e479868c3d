package dev.marsad.extract;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Reads the schema.org article object from a page's {@code <script type="application/ld+json">}
 * blocks, looking through arrays and {@code @graph}. Broken JSON is skipped with a warning.
 */
final class JsonLdReader {

    /** schema.org types that describe an article page. */
    private static final Set<String> ARTICLE_TYPES = Set.of(
            "article",
            "newsarticle",
            "reportagenews",
            "analysisnewsarticle",
            "opinionnewsarticle",
            "backgroundnewsarticle",
            "blogposting",
            "liveblogposting",
            "socialmediaposting",
            "techarticle",
            "scholarlyarticle",
            "report",
            "posting",
            "reviewnewsarticle",
            "review");

    /** JSON-LD blocks larger than this are skipped (they are data dumps, not page metadata). */
    private static final int MAX_SCRIPT_CHARS = 2 * 1024 * 1024;

    /** Nodes visited per page at most, so a huge graph cannot take unbounded time. */
    private static final int MAX_NODES = 20_000;

    private final ObjectMapper mapper = new ObjectMapper();

    /** The best article object of the page: the one with an articleBody, else the first. */
    JsonLdArticle read(List<Element> scripts, List<String> warnings) {
        JsonNode best = null;
        Map<String, JsonNode> byId = new HashMap<>();
        for (Element script : scripts) {
            String json = script.data();
            if (json.length() > MAX_SCRIPT_CHARS) continue;
            try {
                for (JsonNode node : articleNodes(mapper.readTree(json.strip()), byId)) {
                    if (best == null || (!best.has("articleBody") && node.has("articleBody"))) best = node;
                }
            } catch (JacksonException | IllegalArgumentException e) {
                warnings.add("skipped unreadable JSON-LD block: " + firstLine(e.getMessage()));
            }
        }
        return best == null ? JsonLdArticle.NONE : toArticle(best, byId);
    }

    /** The article nodes under {@code root}; every node with an {@code @id} goes into {@code byId}. */
    private static List<JsonNode> articleNodes(JsonNode root, Map<String, JsonNode> byId) {
        List<JsonNode> found = new ArrayList<>();
        Deque<JsonNode> todo = new ArrayDeque<>();
        if (root != null) todo.push(root);
        int visited = 0;
        while (!todo.isEmpty() && visited++ < MAX_NODES) {
            JsonNode node = todo.pop();
            if (node.isArray()) node.forEach(todo::addLast);
            if (!node.isObject()) continue;
            if (isArticle(node)) found.add(node);
            JsonNode id = node.get("@id");
            if (id != null && id.isTextual() && node.size() > 1) byId.putIfAbsent(id.asText(), node);
            for (String key : List.of("@graph", "mainEntity", "mainEntityOfPage", "itemListElement")) {
                JsonNode child = node.get(key);
                if (child != null && (child.isArray() || child.isObject())) todo.addLast(child);
            }
        }
        return found;
    }

    private static boolean isArticle(JsonNode node) {
        JsonNode type = node.get("@type");
        if (type == null) return false;
        List<String> types = new ArrayList<>();
        if (type.isArray()) type.forEach(t -> types.add(t.asText()));
        else types.add(type.asText());
        return types.stream().anyMatch(t -> ARTICLE_TYPES.contains(t.toLowerCase(Locale.ROOT)));
    }

    private static JsonLdArticle toArticle(JsonNode n, Map<String, JsonNode> byId) {
        return new JsonLdArticle(
                text(n, "headline").or(() -> text(n, "name")),
                text(n, "alternativeHeadline").or(() -> text(n, "description")),
                text(n, "datePublished").or(() -> text(n, "dateCreated")),
                text(n, "dateModified"),
                names(n.get("author"), true, byId),
                imageUrl(n.get("image")).or(() -> imageUrl(n.get("thumbnailUrl"))),
                text(n, "articleSection"),
                text(n, "articleBody").or(() -> text(n, "text")),
                keywords(n.get("keywords")),
                names(n.get("publisher"), false, byId).stream().findFirst(),
                text(n, "url"));
    }

    private static Optional<String> text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (v != null && v.isArray() && !v.isEmpty()) v = v.get(0);
        if (v == null || !v.isValueNode()) return Optional.empty();
        String s = unescaped(v.asText()).strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /** JSON-LD written by templates often keeps HTML entities ("&amp;") inside its strings. */
    private static String unescaped(String s) {
        return EscapedText.decoded(s);
    }

    /**
     * Names of persons or organisations; with {@code bylines} true, organisations are skipped. An
     * item that is only a reference ({@code {"@id": …}}, as in a Yoast {@code @graph}) is looked up
     * in {@code byId}; a person without a name is named by givenName and familyName.
     */
    private static List<String> names(JsonNode v, boolean bylines, Map<String, JsonNode> byId) {
        List<String> out = new ArrayList<>();
        if (v == null) return out;
        List<JsonNode> items = new ArrayList<>();
        if (v.isArray()) v.forEach(items::add);
        else items.add(v);
        for (JsonNode item : items) {
            if (item.isObject() && !item.has("name") && item.has("@id"))
                item = byId.getOrDefault(item.path("@id").asText(), item);
            Optional<String> name = item.isObject()
                    ? personName(item)
                    : Optional.of(item.asText().strip());
            // an Organization given as "author" is the publisher, not a byline
            boolean organisation = item.path("@type").asText("").equalsIgnoreCase("Organization");
            if (bylines && organisation) continue;
            name.filter(s -> !s.isBlank() && !s.contains("http")).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<String> personName(JsonNode item) {
        JsonNode name = item.get("name");
        if (name != null && name.isObject()) return personName(name);
        Optional<String> given = text(item, "givenName");
        Optional<String> family = text(item, "familyName");
        Optional<String> parts = given.isPresent() || family.isPresent()
                ? Optional.of((given.orElse("") + " " + family.orElse("")).strip())
                : Optional.empty();
        return text(item, "name").or(() -> parts);
    }

    private static Optional<String> imageUrl(JsonNode v) {
        if (v == null) return Optional.empty();
        if (v.isArray()) return v.isEmpty() ? Optional.empty() : imageUrl(v.get(0));
        if (v.isObject()) return text(v, "url").or(() -> text(v, "contentUrl"));
        String s = v.asText().strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    private static List<String> keywords(JsonNode v) {
        List<String> out = new ArrayList<>();
        if (v == null) return out;
        if (v.isArray()) v.forEach(k -> out.add(unescaped(k.asText()).strip()));
        else out.addAll(TagReader.splitList(unescaped(v.asText())));
        out.removeIf(String::isBlank);
        return out;
    }

    private static String firstLine(String message) {
        if (message == null) return "no detail";
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
