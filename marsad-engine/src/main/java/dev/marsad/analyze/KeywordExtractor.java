package dev.marsad.analyze;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The most characteristic terms of an article: light stems of its words, stop words removed,
 * ranked by frequency (title words weigh more; frequent news words from {@code
 * keyword-background.txt} weigh less). Each keyword is shown in its most frequent normalised
 * spelling, without the article ("الانفصاليين" shows as انفصاليين).
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
    List<String> extract(String title, String body) {
        Map<String, Double> weights = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        var vocabulary = new HashSet<String>();
        for (Word w : WordSplitter.split(title + "\n" + body)) vocabulary.add(w.norm());
        count(title, TITLE_WEIGHT, vocabulary, weights, spellings);
        count(body, 1.0, vocabulary, weights, spellings);
        var stems = new ArrayList<>(weights.keySet());
        stems.sort(Comparator.comparingDouble((String s) -> -weights.get(s)));
        return stems.stream()
                .limit(MAX_KEYWORDS)
                .map(s -> mostFrequent(spellings.get(s)))
                .distinct()
                .toList();
    }

    /**
     * Adds the words of {@code text}. A word opened by و or ف counts as the rest of it when the
     * rest also stands alone in the article ("وأذربيجان" next to "أذربيجان").
     */
    private void count(
            String text,
            double weight,
            Set<String> vocabulary,
            Map<String, Double> weights,
            Map<String, Map<String, Integer>> spellings) {
        for (Word w : WordSplitter.split(text)) {
            String norm = withoutConjunction(w.norm(), vocabulary);
            if (!Character.isLetter(norm.charAt(0)) || stopWords.containsWithClitics(norm)) continue;
            String stem = ArabicForms.lightStem(norm);
            if (stem.length() < MIN_STEM_LENGTH || stopWords.contains(stem)) continue;
            String shown = TagKeys.withoutArticle(ArabicForms.withoutConjunctionBeforeArticle(norm));
            boolean common = background.containsWithClitics(norm) || background.contains(shown);
            weights.merge(stem, common ? weight / BACKGROUND_PENALTY : weight, Double::sum);
            spellings.computeIfAbsent(stem, s -> new HashMap<>()).merge(shown, 1, Integer::sum);
        }
    }

    private static String withoutConjunction(String norm, Set<String> vocabulary) {
        List<String> readings = ArabicForms.withoutClitics(norm);
        return readings.size() > 1 && vocabulary.contains(readings.get(1)) ? readings.get(1) : norm;
    }

    private static String mostFrequent(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow()
                .getKey();
    }
}
