package dev.marsad.link;

import dev.marsad.arabic.ArabicNormalizer;
import dev.marsad.arabic.stem.StopWords;
import java.util.ArrayList;
import java.util.List;

/**
 * The words that linking compares: letters and digits, normalised so that spelling variants of
 * the same word (hamza on alef, teh marbuta, alef maksura, diacritics) are one word.
 */
final class LinkText {

    private LinkText() {}

    /** Whether a normalised word is a function word (marsad-arabic's stop list). */
    static boolean isStopWord(String normalizedWord) {
        return StopWords.isStopWord(normalizedWord);
    }

    /** The normalised words of a text, in order. */
    static List<String> words(String text) {
        var words = new ArrayList<String>();
        char[] buffer = new char[64];
        int length = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                if (length == buffer.length) buffer = java.util.Arrays.copyOf(buffer, length * 2);
                buffer[length++] = Character.toLowerCase(c);
            } else if (length > 0) {
                String word = ArabicNormalizer.SEARCH.normalize(new String(buffer, 0, length));
                if (!word.isEmpty()) words.add(word);
                length = 0;
            }
        }
        return words;
    }
}
