package dev.marsad.arabic.stem;

import dev.marsad.arabic.ArabicNormalizer;
import dev.marsad.arabic.WordList;
import java.util.Set;

/**
 * Marsad's Arabic stop words ({@code stopwords.txt}): function words and news-wire fillers, stored
 * in {@link ArabicNormalizer#SEARCH} form because they are matched after normalisation.
 */
public final class StopWords {

    private static final Set<String> WORDS = WordList.load(StopWords.class, "stopwords.txt");

    private StopWords() {}

    /** The stop words, SEARCH-normalised; immutable. */
    public static Set<String> words() {
        return WORDS;
    }

    /** True when {@code normalizedWord} (already in SEARCH form) is a stop word. */
    public static boolean isStopWord(String normalizedWord) {
        return WORDS.contains(normalizedWord);
    }
}
