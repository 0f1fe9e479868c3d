package dev.marsad.analyze;

import dev.marsad.arabic.ArabicNormalizer;
import dev.marsad.arabic.stem.LightStemmer;
import dev.marsad.arabic.text.AnalyzedText;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Gives an article one of Marsad's {@link Section}s; the publisher's own signals first.
 *
 * <ol>
 *   <li>the publisher's section name ({@code article:section}, JSON-LD {@code articleSection}), when
 *       given, through {@code section-names.txt};
 *   <li>a segment of the URL path that names a section ({@code section-paths.txt}): {@code /world/};
 *   <li>a trained {@link SectionModel}, when one is loaded: its section when it is confident, else
 *       {@link Section#UNKNOWN};
 *   <li>without a model, a keyword vote over title and body ({@code section-keywords.txt}): each
 *       word whose light stem is the stem of a listed word votes for its section, title words count
 *       {@link #TITLE_WEIGHT} times; the section with most votes wins when it has at least {@link
 *       #MIN_VOTES}, else UNKNOWN.
 * </ol>
 */
final class SectionClassifier {

    /** How much more a title word counts than a body word in the keyword vote. */
    static final int TITLE_WEIGHT = 3;
    /** Fewest votes a section needs to win the keyword vote; below it the article is UNKNOWN. */
    static final int MIN_VOTES = 2;

    private final List<Map.Entry<Section, List<String>>> names;
    private final Map<String, Section> paths;
    private final Map<String, Section> keywords;
    private final Optional<SectionModel> model;

    SectionClassifier(
            List<Map.Entry<Section, List<String>>> names,
            Map<String, Section> paths,
            Map<String, Section> keywords,
            Optional<SectionModel> model) {
        this.names = List.copyOf(names);
        this.paths = Map.copyOf(paths);
        this.keywords = Map.copyOf(keywords);
        this.model = model;
    }

    /** Loads the bundled name table, path words and keyword lists; no trained model. */
    static SectionClassifier load() {
        return load(Optional.empty());
    }

    /** Loads the bundled tables, with a trained model when given. */
    static SectionClassifier load(Optional<SectionModel> model) {
        var names = new ArrayList<Map.Entry<Section, List<String>>>();
        for (String line : WordList.lines("section-names.txt")) {
            String[] parts = line.split(" ", 2);
            List<String> list = List.of(parts[1].split("\\|")).stream()
                    .map(n -> TagKeys.withoutArticle(ArabicNormalizer.SEARCH.normalize(n.strip())))
                    .toList();
            names.add(Map.entry(section(parts[0], line), list));
        }
        var paths = new HashMap<String, Section>();
        for (String line : WordList.lines("section-paths.txt")) {
            String[] parts = line.split(" ");
            for (int i = 1; i < parts.length; i++)
                paths.put(parts[i].toLowerCase(Locale.ROOT), section(parts[0], line));
        }
        var keywords = new HashMap<String, Section>();
        for (String line : WordList.lines("section-keywords.txt")) {
            String[] parts = line.split(" ");
            Section section = section(parts[0], line);
            for (int i = 1; i < parts.length; i++) keywords.putIfAbsent(LightStemmer.DEFAULT.stem(parts[i]), section);
        }
        return new SectionClassifier(names, paths, keywords, model);
    }

    private static Section section(String name, String line) {
        try {
            return Section.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("analyze section resource: unknown section in '" + line + "'", e);
        }
    }

    /** The section a publisher's section name stands for, if the table knows it. */
    Optional<Section> fromName(String publisherSection) {
        List<String> words = Word.of(publisherSection).stream()
                .map(w -> TagKeys.withoutArticle(w.norm().toLowerCase(Locale.ROOT)))
                .toList();
        String whole = String.join(" ", words);
        for (var entry : names) if (entry.getValue().contains(whole)) return Optional.of(entry.getKey());
        for (var entry : names)
            for (String word : words)
                for (String name : entry.getValue()) if (word.startsWith(name)) return Optional.of(entry.getKey());
        return Optional.empty();
    }

    /** The section a segment of the URL's path names, the last segment (the article's own) aside. */
    Optional<Section> fromUrl(URI url) {
        String path = url.getRawPath();
        if (path == null || path.isEmpty()) return Optional.empty();
        String[] segments = path.split("/");
        for (int i = 0; i < segments.length - 1; i++) {
            String segment =
                    URLDecoder.decode(segments[i], StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            Section section = paths.get(segment);
            if (section != null) return Optional.of(section);
        }
        return Optional.empty();
    }

    /** The section from the publisher's name, else from a URL (canonical first), else from the text. */
    Section classify(
            Optional<String> publisherSection, URI canonical, URI url, AnalyzedText title, List<AnalyzedText> body) {
        return publisherSection
                .flatMap(this::fromName)
                .or(() -> fromUrl(canonical))
                .or(() -> fromUrl(url))
                .orElseGet(() -> fromText(title, body));
    }

    /** The section from the publisher's name when known, else from the text. */
    Section classify(Optional<String> publisherSection, AnalyzedText title, List<AnalyzedText> body) {
        return publisherSection.flatMap(this::fromName).orElseGet(() -> fromText(title, body));
    }

    /** The section the text gives for this title and body (steps 3 and 4). */
    Section fromText(String title, String body) {
        return fromText(AnalyzedText.of(title), List.of(AnalyzedText.of(body)));
    }

    /** The section the text gives: the model's when loaded, else the keyword vote's. */
    Section fromText(AnalyzedText title, List<AnalyzedText> body) {
        if (model.isPresent()) return model.get().classify(title, body).orElse(Section.UNKNOWN);
        return byKeywords(title, body);
    }

    /** The section the keyword vote gives, UNKNOWN below {@link #MIN_VOTES}. */
    Section byKeywords(AnalyzedText title, List<AnalyzedText> body) {
        var votes = new EnumMap<Section, Integer>(Section.class);
        vote(title, TITLE_WEIGHT, votes);
        for (AnalyzedText paragraph : body) vote(paragraph, 1, votes);
        Section best = Section.UNKNOWN;
        int bestVotes = MIN_VOTES - 1;
        for (var entry : votes.entrySet()) {
            if (entry.getValue() > bestVotes) {
                best = entry.getKey();
                bestVotes = entry.getValue();
            }
        }
        return best;
    }

    private void vote(AnalyzedText text, int weight, Map<Section, Integer> votes) {
        for (Word w : Word.of(text)) {
            Section section = keywords.get(w.stem());
            if (section != null) votes.merge(section, weight, Integer::sum);
        }
    }
}
