package dev.marsad.analyze;

import dev.marsad.arabic.stem.LightStemmer;
import dev.marsad.arabic.text.AnalyzedText;
import dev.marsad.arabic.token.ProcliticReadings;
import dev.marsad.arabic.token.TokenType;
import java.util.ArrayList;
import java.util.List;

/**
 * One word of an analysed text as analyze reads it: a token of the {@link AnalyzedText}, its form
 * and readings taken from there, not made again. A hashtag or handle is read as the word after its
 * {@code #} or {@code @} (#كاراباخ names كاراباخ); URLs, e-mail addresses and tokens of marks only
 * are no words and count as part of the gap before the next word.
 *
 * @param text the analysed text the word is in
 * @param token the index of its token in {@code text}
 * @param start offset of the word's first char ({@code text.text().substring(start, end())} is the word)
 * @param norm its SEARCH form ({@link AnalyzedText#form}, without {@code #} or {@code @})
 * @param gap the chars other than white space between the previous word and this one ("،", "«", "")
 */
record Word(AnalyzedText text, int token, int start, String norm, String gap) {

    private static final String OPENING = "«\"“'(‘[";
    private static final String CLOSING = "»\"”')’]";

    /** The words of {@code text} in order; empty for a text without letters or digits. */
    static List<Word> of(AnalyzedText text) {
        var words = new ArrayList<Word>(text.size());
        int previousEnd = 0;
        for (int i = 0; i < text.size(); i++) {
            TokenType type = text.type(i);
            if (type == TokenType.URL || type == TokenType.EMAIL) continue;
            boolean sigil = type == TokenType.HASHTAG || type == TokenType.HANDLE;
            String norm = sigil ? text.form(i).substring(1) : text.form(i);
            if (norm.isEmpty()) continue; // only marks or tatweel: no word, and part of the next gap
            int start = text.start(i) + (sigil ? 1 : 0);
            words.add(new Word(text, i, start, norm, gap(text.text(), previousEnd, start)));
            previousEnd = text.end(i);
        }
        return words;
    }

    /** The words of {@code text}, analysed first: for short strings (names, tags) outside an article's texts. */
    static List<Word> of(String text) {
        return of(AnalyzedText.of(text));
    }

    private static String gap(String text, int from, int to) {
        int k = from;
        while (k < to && isSpace(text.charAt(k))) k++;
        if (k == to) return "";
        var gap = new StringBuilder(to - k);
        for (; k < to; k++) if (!isSpace(text.charAt(k))) gap.append(text.charAt(k));
        return gap.toString();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Offset after the word's last char. */
    int end() {
        return text.end(token);
    }

    /** The word as written. */
    String surface() {
        return text.text().substring(start, end());
    }

    /** The readings to look the word up under, its form first: والرياض → [والرياض, الرياض]. */
    List<String> readings() {
        return isWholeToken() ? text.readings(token) : ProcliticReadings.of(norm);
    }

    /** Its light stem (marsad-arabic's {@link LightStemmer}): والمستشفيات → مستشف. */
    String stem() {
        return isWholeToken() ? text.stem(token) : LightStemmer.DEFAULT.stem(norm);
    }

    /** Its form without proclitics, as the core splits them: والمستشفيات → مستشفيات. */
    String withoutProclitics() {
        return isWholeToken() ? norm.substring(text.procliticLength(token)) : norm;
    }

    /**
     * The word as written without its proclitics (بكأس → كأس), when the written word has the letters
     * of its form one for one (no diacritics or tatweel); else the word as written.
     */
    String surfaceWithoutProclitics() {
        String surface = surface();
        if (!isWholeToken() || surface.length() != norm.length()) return surface;
        return surface.substring(text.procliticLength(token));
    }

    private boolean isWholeToken() {
        return start == text.start(token);
    }

    /** Whether only spaces separate this word from the previous one. */
    boolean isJoinedToPrevious() {
        return gap.isEmpty();
    }

    /** Whether the gap before this word holds only opening quotes or brackets. */
    boolean followsOpeningQuote() {
        return !gap.isEmpty() && gap.chars().allMatch(c -> OPENING.indexOf(c) >= 0);
    }

    /** Whether the gap before this word holds only closing quotes or brackets. */
    boolean followsClosingQuote() {
        return !gap.isEmpty() && gap.chars().allMatch(c -> CLOSING.indexOf(c) >= 0);
    }
}
