package dev.marsad.analyze;

import dev.marsad.arabic.text.AnalyzedText;
import java.util.Map;

/**
 * How unusual a phrase's words are in news, as a factor in (0, 1]: the mean over its words of
 * {@code ln(N / df) / ln(N)} when document frequencies counted over a corpus are given ({@code
 * marsad train keyphrases}), else 1 for a word and {@code 1 / BACKGROUND_PENALTY} for a word of
 * the bundled list of frequent news words ({@code keyword-background.txt}).
 */
final class WordRarity {

    /** Divides the rarity of a word of the background list when no frequencies are given. */
    static final double BACKGROUND_PENALTY = 4.0;
    /** Rarity of a word no counted document has (never more than 1). */
    static final double UNSEEN = 1.0;

    private final WordList background;
    private final Map<String, Integer> documentFrequencies;
    private final int documents;

    private WordRarity(WordList background, Map<String, Integer> documentFrequencies, int documents) {
        this.background = background;
        this.documentFrequencies = Map.copyOf(documentFrequencies);
        this.documents = documents;
    }

    /** Rarity from the bundled background list only. */
    static WordRarity ofBackground(WordList background) {
        return new WordRarity(background, Map.of(), 0);
    }

    /** Rarity from document frequencies (by light stem) over {@code documents} documents. */
    static WordRarity ofFrequencies(WordList background, Map<String, Integer> frequencies, int documents) {
        if (documents < 2) throw new IllegalArgumentException("document frequencies need two documents at least");
        return new WordRarity(background, frequencies, documents);
    }

    /** The rarity of a phrase: the mean rarity of its words. */
    double of(String phrase) {
        AnalyzedText text = AnalyzedText.of(phrase);
        double sum = 0;
        int n = 0;
        for (Word w : Word.of(text)) {
            sum += ofWord(w);
            n++;
        }
        return n == 0 ? 1 : sum / n;
    }

    private double ofWord(Word w) {
        if (documents == 0)
            return background.containsWithClitics(w) || background.contains(w.withoutProclitics())
                    ? 1 / BACKGROUND_PENALTY
                    : 1;
        Integer df = documentFrequencies.get(w.stem());
        if (df == null) return UNSEEN;
        return Math.max(0, Math.log((double) documents / df) / Math.log(documents));
    }
}
