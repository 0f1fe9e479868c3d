package dev.marsad.analyze;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into {@link Word}s: maximal runs of letters, digits and combining marks (Arabic
 * diacritics and tatweel stay inside their word); everything else separates words and is kept as
 * the gap. Digits glued to Arabic letters are split from them ("24تأمل" gives 24 and تأمل), as
 * pages often lose the space between a number and the next word.
 */
final class WordSplitter {

    private static final char TATWEEL = '\u0640';
    private static final char ARABIC_FIRST = '\u0600';
    private static final char ARABIC_LAST = '\u06FF';

    private WordSplitter() {}

    /** The words of {@code text} in order; empty for a text without letters or digits. */
    static List<Word> split(String text) {
        var words = new ArrayList<Word>();
        int i = 0;
        int previousEnd = 0;
        while (i < text.length()) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            i++;
            while (i < text.length()
                    && isWordChar(text.charAt(i))
                    && !isDigitLetterSeam(text.charAt(i - 1), text.charAt(i))) i++;
            String surface = text.substring(start, i);
            String gap = text.substring(previousEnd, start).replaceAll("\\s+", "");
            String norm = ArabicForms.normalize(surface);
            if (norm.isEmpty()) continue; // only marks or tatweel: no word, and part of the next gap
            words.add(new Word(surface, norm, start, i, gap));
            previousEnd = i;
        }
        return words;
    }

    private static boolean isWordChar(char c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c)
                || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || c == TATWEEL;
    }

    /** Whether a digit meets an Arabic letter (either way round) between {@code a} and {@code b}. */
    private static boolean isDigitLetterSeam(char a, char b) {
        return (Character.isDigit(a) && isArabicLetter(b)) || (isArabicLetter(a) && Character.isDigit(b));
    }

    private static boolean isArabicLetter(char c) {
        return c >= ARABIC_FIRST && c <= ARABIC_LAST && Character.isLetter(c);
    }
}
