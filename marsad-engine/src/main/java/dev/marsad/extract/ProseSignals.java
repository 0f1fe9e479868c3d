package dev.marsad.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Signals that a run of text is running prose rather than a menu, a caption or a link list, for
 * Arabic and Latin-script pages: clause punctuation (Latin comma and the Arabic comma ، and
 * semicolon ؛), sentence ends (. ! ? ؟) and the density of function words («في», «من», «على»,
 * "the", "of", …) read from {@code stopwords.txt}.
 */
final class ProseSignals {

    private static final String RESOURCE = "stopwords.txt";

    static final char ARABIC_COMMA = '\u060C';
    static final char ARABIC_SEMICOLON = '\u061B';
    static final char ARABIC_QUESTION_MARK = '\u061F';

    /** No function word is longer than this; longer words are not looked up. */
    private static final int MAX_STOP_WORD_CHARS = 6;

    /** Function words, folded; one line of the resource each. */
    private static final Set<String> STOP_WORDS = load();

    private ProseSignals() {}

    /** Commas and semicolons, Latin and Arabic: each one is a clause, a hint of prose. */
    static int clauseMarks(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ARABIC_COMMA || c == ARABIC_SEMICOLON || c == ';') n++;
        }
        return n;
    }

    /** True when the text ends like a sentence. */
    static boolean endsSentence(String text) {
        String t = text.strip();
        if (t.isEmpty()) return false;
        char last = t.charAt(t.length() - 1);
        if (last == '"' || last == '\u201D' || last == '\u00BB' || last == ')' || last == '\'')
            last = t.length() > 1 ? t.charAt(t.length() - 2) : last;
        return last == '.'
                || last == '!'
                || last == '?'
                || last == ARABIC_QUESTION_MARK
                || last == ':'
                || last == '\u2026';
    }

    /** Share of words that are function words, 0 for text without words. */
    static double stopWordDensity(String text) {
        int words = 0;
        int stops = 0;
        String folded = FoldedText.fold(text);
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean letter = i < folded.length() && Character.isLetter(folded.charAt(i));
            if (letter && start < 0) start = i;
            if (!letter && start >= 0) {
                words++;
                if (i - start <= MAX_STOP_WORD_CHARS && STOP_WORDS.contains(folded.substring(start, i))) stops++;
                start = -1;
            }
        }
        return words == 0 ? 0 : (double) stops / words;
    }

    /** Number of words (runs of letters or digits). */
    static int words(String text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !in) n++;
            in = letter;
        }
        return n;
    }

    private static Set<String> load() {
        try (InputStream in = ProseSignals.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(text.split("\n"))
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(FoldedText::fold)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
