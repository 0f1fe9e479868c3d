package dev.marsad.analyze;

import dev.marsad.arabic.ArabicNormalizer;
import dev.marsad.arabic.stem.LightStemmer;
import dev.marsad.arabic.text.AnalyzedText;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Gives an article one of Marsad's {@link Section}s.
 *
 * <ol>
 *   <li>the publisher's section name, when given, through {@code section-names.txt};
 *   <li>else a keyword vote over title and body ({@code section-keywords.txt}): each word whose
 *       light stem (marsad-arabic's {@link LightStemmer}, read from the analysed text) is the stem
 *       of a listed word votes for its section, title words count {@link #TITLE_WEIGHT} times; the
 *       section with most votes wins when it has at least {@link #MIN_VOTES}, else OTHER.
 * </ol>
 */
final class SectionClassifier {

    /** How much more a title word counts than a body word. */
    static final int TITLE_WEIGHT = 3;
    /** Fewest votes a section needs to win; below it the article is OTHER. */
    static final int MIN_VOTES = 2;

    private final List<Map.Entry<Section, List<String>>> names;
    private final Map<String, Section> keywords;

    SectionClassifier(List<Map.Entry<Section, List<String>>> names, Map<String, Section> keywords) {
        this.names = List.copyOf(names);
        this.keywords = Map.copyOf(keywords);
    }

    /** Loads the bundled name table and keyword lists. */
    static SectionClassifier load() {
        var names = new ArrayList<Map.Entry<Section, List<String>>>();
        for (String line : WordList.lines("section-names.txt")) {
            String[] parts = line.split(" ", 2);
            List<String> list = List.of(parts[1].split("\\|")).stream()
                    .map(n -> TagKeys.withoutArticle(ArabicNormalizer.SEARCH.normalize(n.strip())))
                    .toList();
            names.add(Map.entry(section(parts[0], line), list));
        }
        var keywords = new HashMap<String, Section>();
        for (String line : WordList.lines("section-keywords.txt")) {
            String[] parts = line.split(" ");
            Section section = section(parts[0], line);
            for (int i = 1; i < parts.length; i++) keywords.putIfAbsent(LightStemmer.DEFAULT.stem(parts[i]), section);
        }
        return new SectionClassifier(names, keywords);
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

    /** The section from the publisher's name when known, else from the text. */
    Section classify(Optional<String> publisherSection, AnalyzedText title, List<AnalyzedText> body) {
        return publisherSection.flatMap(this::fromName).orElseGet(() -> fromText(title, body));
    }

    /** The section the keyword vote gives for this title and body. */
    Section fromText(String title, String body) {
        return fromText(AnalyzedText.of(title), List.of(AnalyzedText.of(body)));
    }

    /** The section the keyword vote gives for this title and these body paragraphs. */
    Section fromText(AnalyzedText title, List<AnalyzedText> body) {
        var votes = new EnumMap<Section, Integer>(Section.class);
        vote(title, TITLE_WEIGHT, votes);
        for (AnalyzedText paragraph : body) vote(paragraph, 1, votes);
        Section best = Section.OTHER;
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
