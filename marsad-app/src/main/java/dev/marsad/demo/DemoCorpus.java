package dev.marsad.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The bundled articles: read from {@code demo/articles/} on the class path, copies resolved
 * against their originals, and checked for consistency.
 *
 * <p>A copy takes story, section, subtitle, authors, caption, tags and body of its original, then
 * applies its own edits: a new title or tags, dropped paragraphs ({@code drop: 2, 4}, counted from
 * 1) and text replacements ({@code replace: قره باخ => كاراباخ}).
 */
final class DemoCorpus {

    /** The class-path folder of the article files. */
    static final String FOLDER = "demo/articles/";

    /** The file in {@link #FOLDER} that lists the article files, one a line. */
    static final String INDEX = FOLDER + "index.txt";

    /** Separator of list values (tags, authors) in the front matter. */
    private static final String LIST_SEPARATOR = "|";

    /** Separator of the old and the new text in a {@code replace} line. */
    private static final String REPLACE_ARROW = "=>";

    private final List<CorpusEntry> entries;

    private DemoCorpus(List<CorpusEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * Loads the corpus bundled with Marsad.
     *
     * @throws IllegalStateException naming the file when the index or a file is missing or invalid
     */
    static DemoCorpus load(Set<String> publishers) {
        List<ArticleFile> files = readIndex().stream()
                .map(name -> ArticleFile.parse(name, BundledText.read(FOLDER + name)))
                .toList();
        return resolve(files, publishers);
    }

    /** Resolves parsed files: originals first, then copies; checks ids, publishers and links. */
    static DemoCorpus resolve(List<ArticleFile> files, Set<String> publishers) {
        Map<String, CorpusEntry> byId = new LinkedHashMap<>();
        for (ArticleFile file : files) {
            if (file.value("copyOf").isEmpty()) add(byId, original(file), publishers);
        }
        for (ArticleFile file : files) {
            if (file.value("copyOf").isPresent()) add(byId, copy(file, byId), publishers);
        }
        checkLinks(byId);
        return of(byId.values());
    }

    /** A corpus of entries that link no other entry (articles from elsewhere), oldest first. */
    static DemoCorpus of(java.util.Collection<CorpusEntry> entries) {
        List<CorpusEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(CorpusEntry::published).thenComparing(CorpusEntry::id));
        return new DemoCorpus(sorted);
    }

    /** Every article, oldest first. */
    List<CorpusEntry> entries() {
        return entries;
    }

    /** The article with this id. */
    Optional<CorpusEntry> find(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    private static void add(Map<String, CorpusEntry> byId, CorpusEntry entry, Set<String> publishers) {
        if (!publishers.contains(entry.publisher()))
            throw new IllegalStateException(
                    "demo article " + entry.id() + ": unknown publisher '" + entry.publisher() + "'");
        if (byId.putIfAbsent(entry.id(), entry) != null)
            throw new IllegalStateException("demo article id '" + entry.id() + "' is used twice");
    }

    private static CorpusEntry original(ArticleFile file) {
        return new CorpusEntry(
                file.required("id"),
                file.required("publisher"),
                file.required("story"),
                file.required("section"),
                published(file),
                file.required("title"),
                file.value("subtitle").orElse(""),
                file.list("authors", LIST_SEPARATOR),
                file.paragraphs(),
                file.list("tags", LIST_SEPARATOR),
                file.value("caption").orElse(""),
                tweet(file),
                file.value("teaser"),
                file.list("related", ","),
                Optional.empty(),
                file.value("source"));
    }

    private static CorpusEntry copy(ArticleFile file, Map<String, CorpusEntry> byId) {
        String originalId = file.required("copyOf");
        CorpusEntry original = byId.get(originalId);
        if (original == null)
            throw new IllegalStateException(
                    "demo article file " + file.name() + ": copyOf '" + originalId + "' is no original article");
        return new CorpusEntry(
                file.required("id"),
                file.required("publisher"),
                file.value("story").orElse(original.story()),
                file.value("section").orElse(original.section()),
                published(file),
                edit(file, file.value("title").orElse(original.title())),
                edit(file, file.value("subtitle").orElse(original.subtitle())),
                file.value("authors").isPresent() ? file.list("authors", LIST_SEPARATOR) : original.authors(),
                editedParagraphs(file, original.paragraphs()),
                file.value("tags").isPresent() ? file.list("tags", LIST_SEPARATOR) : original.tags(),
                edit(file, file.value("caption").orElse(original.caption())),
                tweet(file),
                file.value("teaser"),
                file.list("related", ","),
                Optional.of(originalId),
                Optional.empty());
    }

    private static List<String> editedParagraphs(ArticleFile file, List<String> paragraphs) {
        Set<Integer> dropped = new TreeSet<>();
        for (String number : file.list("drop", ",")) {
            try {
                dropped.add(Integer.parseInt(number));
            } catch (NumberFormatException e) {
                throw new IllegalStateException(
                        "demo article file " + file.name() + ": drop '" + number + "' is no paragraph number", e);
            }
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (!dropped.contains(i + 1)) kept.add(edit(file, paragraphs.get(i)));
        }
        return kept;
    }

    private static String edit(ArticleFile file, String text) {
        String result = text;
        for (String rule : file.all("replace")) {
            int arrow = rule.indexOf(REPLACE_ARROW);
            if (arrow <= 0)
                throw new IllegalStateException(
                        "demo article file " + file.name() + ": replace '" + rule + "' has no '" + REPLACE_ARROW + "'");
            result = result.replace(
                    rule.substring(0, arrow).strip(),
                    rule.substring(arrow + REPLACE_ARROW.length()).strip());
        }
        return result;
    }

    private static OffsetDateTime published(ArticleFile file) {
        String value = file.required("published");
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(
                    "demo article file " + file.name() + ": published '" + value + "' is no ISO date-time with offset",
                    e);
        }
    }

    /** {@code embed: author | handle | 2023-09-20 | statusId | pictureCode | text}. */
    private static Optional<Tweet> tweet(ArticleFile file) {
        if (file.value("embed").isEmpty()) return Optional.empty();
        List<String> parts = file.list("embed", LIST_SEPARATOR);
        if (parts.size() != 6)
            throw new IllegalStateException(
                    "demo article file " + file.name() + ": embed needs 6 parts separated by '|', got " + parts.size());
        return Optional.of(new Tweet(
                parts.get(0), parts.get(1), LocalDate.parse(parts.get(2)), parts.get(3), parts.get(4), parts.get(5)));
    }

    private static void checkLinks(Map<String, CorpusEntry> byId) {
        for (CorpusEntry entry : byId.values()) {
            List<String> linked = new ArrayList<>(entry.relatedIds());
            entry.teaserId().ifPresent(linked::add);
            for (String id : linked) {
                if (!byId.containsKey(id))
                    throw new IllegalStateException(
                            "demo article " + entry.id() + " links unknown article '" + id + "'");
            }
            entry.copyOf().map(byId::get).ifPresent(original -> {
                if (original.publisher().equals(entry.publisher()))
                    throw new IllegalStateException(
                            "demo article " + entry.id() + " copies an article of its own publisher");
                if (!entry.published().isAfter(original.published()))
                    throw new IllegalStateException(
                            "demo article " + entry.id() + " is published before its original " + original.id());
            });
        }
    }

    private static List<String> readIndex() {
        return BundledText.read(INDEX)
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
    }
}
