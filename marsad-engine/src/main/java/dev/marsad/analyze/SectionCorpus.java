package dev.marsad.analyze;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The labelled articles a section model learns from and is scored on: SaudiNewsNet's articles whose
 * URL names the publisher's section ({@code articles-with-section.jsonl.gz}, fields {@code title},
 * {@code content}, {@code section}, {@code section_scheme}), each publisher label mapped to
 * Marsad's section by {@link #LABELS}, each article given a fixed {@link Part}.
 *
 * <p>The corpus is CC BY-NC-SA and is never shipped: the user's copy is read by {@code marsad train
 * sections} and {@code marsad bench sections}.
 */
public final class SectionCorpus {

    /**
     * Publisher label ({@code scheme:label}) → the Marsad section it plainly means. Labels left out
     * are not used: Al-Jazirah's undocumented page codes (ln, fe, du, ar, ms, rj, …), opinion columns
     * (Al-Watan Articles, Discussion, Dialogue), reader contributions on any topic
     * (Citizen_Journalist) and Al-Watan's "Nation", which mixes home and foreign news.
     */
    public static final Map<String, Section> LABELS = Map.ofEntries(
            Map.entry("alwatan-url-path:Politics", Section.POLITICS),
            Map.entry("alwatan-url-path:Sports", Section.SPORTS),
            Map.entry("alwatan-url-path:Economy", Section.ECONOMY),
            Map.entry("alwatan-url-path:Culture", Section.CULTURE),
            Map.entry("alwatan-url-path:Local", Section.SOCIETY),
            Map.entry("aljazirah-url-path:sp", Section.SPORTS),
            Map.entry("aljazirah-url-path:ec", Section.ECONOMY),
            Map.entry("aljazirah-url-path:cu", Section.CULTURE),
            Map.entry("3alyoum-url-path:pol", Section.POLITICS),
            Map.entry("3alyoum-url-path:golobal", Section.WORLD),
            Map.entry("3alyoum-url-path:local", Section.SOCIETY),
            Map.entry("3alyoum-url-path:regions", Section.SOCIETY));

    /** Hash buckets (of 100) of the training part: 0 … TRAIN_BUCKETS - 1. */
    static final int TRAIN_BUCKETS = 60;
    /** Hash buckets of the development part, after the training ones; the rest is the test part. */
    static final int DEV_BUCKETS = 20;
    /** Salt of the split hash, so that this split is independent of the corpus's own held-out split. */
    static final String SPLIT_SALT = "marsad-sections:";

    /** The three fixed parts of the corpus. */
    public enum Part {
        /** What the model learns from (60 %). */
        TRAIN,
        /** What settings and the confidence threshold are chosen on (20 %). */
        DEV,
        /** Never looked at while building; figures are reported on it (20 %). */
        TEST
    }

    /**
     * One labelled article.
     *
     * @param title its headline (may be empty)
     * @param content its text, paragraphs on separate lines where the corpus kept them
     * @param section the Marsad section of its publisher label
     * @param label the publisher label ({@code scheme:label})
     * @param part the part it belongs to
     */
    public record Labelled(String title, String content, Section section, String label, Part part) {}

    private SectionCorpus() {}

    /**
     * The part of an article with this content: by SHA-1 of {@link #SPLIT_SALT} and the content with
     * runs of white space made one space, so that exact copies always fall into one part.
     */
    public static Part partOf(String content) {
        int bucket = bucketOf(content);
        if (bucket < TRAIN_BUCKETS) return Part.TRAIN;
        return bucket < TRAIN_BUCKETS + DEV_BUCKETS ? Part.DEV : Part.TEST;
    }

    /**
     * The hash bucket (0 … 99) of an article with this content, which decides its {@link Part}; the
     * buckets of the training and development parts also give the folds of cross-validation.
     */
    public static int bucketOf(String content) {
        String flat = content.strip().replaceAll("\\s+", " ");
        int bucket;
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-1").digest((SPLIT_SALT + flat).getBytes(StandardCharsets.UTF_8));
            bucket = Math.floorMod(
                    ((hash[0] & 0xff) << 24) | ((hash[1] & 0xff) << 16) | ((hash[2] & 0xff) << 8) | (hash[3] & 0xff),
                    100);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this JDK", e);
        }
        return bucket;
    }

    /** The Marsad section of a publisher label, when it is one of {@link #LABELS}. */
    public static Optional<Section> sectionOf(String scheme, String label) {
        return Optional.ofNullable(LABELS.get(scheme + ":" + label));
    }

    /**
     * Reads the labelled articles of a gzip JSON Lines file, in file order; articles with an
     * unmapped label or without text are left out.
     *
     * @throws UncheckedIOException naming the file when it cannot be read
     * @throws IllegalArgumentException naming the file and line when a line is no JSON object
     */
    public static List<Labelled> read(Path file) {
        var articles = new ArrayList<Labelled>();
        forEachLine(file, node -> {
            String scheme = node.path("section_scheme").asText("");
            String label = node.path("section").asText("");
            String content = node.path("content").asText("");
            Optional<Section> section = sectionOf(scheme, label);
            if (section.isEmpty() || content.isBlank()) return;
            articles.add(new Labelled(
                    node.path("title").asText(""), content, section.get(), scheme + ":" + label, partOf(content)));
        });
        return articles;
    }

    /**
     * The title and content of every article of a SaudiNewsNet gzip JSON Lines file (labelled or
     * not), one text each, in file order: what word frequencies are counted over.
     *
     * @throws UncheckedIOException naming the file when it cannot be read
     * @throws IllegalArgumentException naming the file and line when a line is no JSON object
     */
    public static List<String> texts(Path file) {
        var texts = new ArrayList<String>();
        forEachLine(
                file,
                node -> texts.add(node.path("title").asText("") + "\n"
                        + node.path("content").asText("")));
        return texts;
    }

    private static void forEachLine(Path file, Consumer<JsonNode> action) {
        var mapper = new ObjectMapper();
        try (var reader = GzipText.reader(file)) {
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) continue;
                try {
                    action.accept(mapper.readTree(line));
                } catch (IOException e) {
                    throw new IllegalArgumentException(
                            file + " line " + lineNumber + ": not JSON: " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read corpus " + file + ": " + e.getMessage(), e);
        }
    }
}
