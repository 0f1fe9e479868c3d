package dev.marsad.analyze;

import dev.marsad.arabic.text.AnalyzedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The most characteristic terms of an article: light stems of its words (marsad-arabic's, read from
 * the analysed texts), stop words removed, ranked by frequency (title words weigh more; frequent
 * news words from {@code keyword-background.txt} weigh less). Each keyword is shown in its most
 * frequent normalised spelling, without the article and other proclitics ("والانفصاليين" shows as
 * انفصاليين).
 */
final class KeywordExtractor {

    /** How many keywords an article gets at most. */
    static final int MAX_KEYWORDS = 10;
    /** How much more a title word counts than a body word. */
    static final double TITLE_WEIGHT = 3.0;
    /** Divides the weight of background words. */
    static final double BACKGROUND_PENALTY = 4.0;
    /** Shortest stem kept as a keyword; shorter ones are mostly particles. */
    static final int MIN_STEM_LENGTH = 3;

    private final WordList stopWords;
    private final WordList background;

    KeywordExtractor(WordList stopWords, WordList background) {
        this.stopWords = stopWords;
        this.background = background;
    }

    /** Up to {@link #MAX_KEYWORDS} keywords of title and body, best first; ties by first use. */
    List<String> extract(AnalyzedText title, List<AnalyzedText> body) {
        Map<String, Double> weights = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        count(title, TITLE_WEIGHT, weights, spellings);
        for (AnalyzedText paragraph : body) count(paragraph, 1.0, weights, spellings);
        var stems = new ArrayList<>(weights.keySet());
        stems.sort(Comparator.comparingDouble((String s) -> -weights.get(s)));
        return stems.stream()
                .limit(MAX_KEYWORDS)
                .map(s -> mostFrequent(spellings.get(s)))
                .distinct()
                .toList();
    }

    /** {@link #extract(AnalyzedText, List)} of a title and a body given as plain strings. */
    List<String> extract(String title, String body) {
        return extract(AnalyzedText.of(title), List.of(AnalyzedText.of(body)));
    }

    /**
     * Adds the words of {@code text} by their light stem (the core's, which takes conjunctions,
     * prepositions and the article off: "وأذربيجان" counts as "أذربيجان"), each shown without its
     * proclitics.
     */
    private void count(
            AnalyzedText text,
            double weight,
            Map<String, Double> weights,
            Map<String, Map<String, Integer>> spellings) {
        for (Word w : Word.of(text)) {
            if (!Character.isLetter(w.norm().charAt(0)) || stopWords.containsWithClitics(w)) continue;
            String stem = w.stem();
            if (stem.length() < MIN_STEM_LENGTH || stopWords.contains(stem)) continue;
            String shown = w.withoutProclitics();
            boolean common = background.containsWithClitics(w) || background.contains(shown);
            weights.merge(stem, common ? weight / BACKGROUND_PENALTY : weight, Double::sum);
            spellings.computeIfAbsent(stem, s -> new HashMap<>()).merge(shown, 1, Integer::sum);
        }
    }

    private static String mostFrequent(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow()
                .getKey();
    }
}
