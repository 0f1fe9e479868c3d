package dev.marsad.arabic.token;

import static dev.marsad.arabic.ArabicLetters.ALEF;
import static dev.marsad.arabic.ArabicLetters.BEH;
import static dev.marsad.arabic.ArabicLetters.FEH;
import static dev.marsad.arabic.ArabicLetters.KAF;
import static dev.marsad.arabic.ArabicLetters.LAM;
import static dev.marsad.arabic.ArabicLetters.WAW;

import java.util.List;
import java.util.Objects;

/**
 * The readings under which a word is looked up in a word list (gazetteer names, titles, stop
 * words): the word itself, then without a leading conjunction و/ف, then with لل read as ل + ال,
 * then without a leading preposition ب/ل/ك. Each reading is proposed only while the word it comes
 * from has at least {@link #MIN_WORD} letters, so short words (بل، لم، فم) stay whole.
 *
 * <p>Unlike {@link CliticSplitter}, which decides on one split of running text, this proposes
 * every plausible reading and leaves the decision to the list it is looked up in: a reading that
 * is no word finds nothing. Examples (SEARCH forms): والرياض → [والرياض, الرياض]; للسعوديه →
 * [للسعوديه, السعوديه, لسعوديه]; بباكو → [بباكو, باكو].
 */
public final class ProcliticReadings {

    /** Shortest word a proclitic is removed from, so that short words like بل or لم stay whole. */
    static final int MIN_WORD = 4;

    private static final String ARTICLE = "" + ALEF + LAM;
    private static final String LAM_LAM = "" + LAM + LAM;

    /** Prepositions written joined to the next word. */
    private static final String JOINED_PREPOSITIONS = "" + BEH + LAM + KAF;

    private ProcliticReadings() {}

    /**
     * The readings of {@code word}, which should be in {@link dev.marsad.arabic.ArabicNormalizer#SEARCH}
     * form, the word itself first; an empty word gives a list holding it alone.
     *
     * @throws NullPointerException if {@code word} is null
     */
    public static List<String> of(String word) {
        Objects.requireNonNull(word, "word");
        if (word.length() < MIN_WORD) return List.of(word);
        String base = word;
        String withoutConjunction = null;
        if (base.charAt(0) == WAW || base.charAt(0) == FEH) {
            base = base.substring(1);
            withoutConjunction = base;
        }
        String withArticle = base.startsWith(LAM_LAM) && base.length() >= MIN_WORD ? ARTICLE + base.substring(2) : null;
        String withoutPreposition = base.length() >= MIN_WORD && JOINED_PREPOSITIONS.indexOf(base.charAt(0)) >= 0
                ? base.substring(1)
                : null;
        return listOf(word, withoutConjunction, withArticle, withoutPreposition);
    }

    private static List<String> listOf(String word, String a, String b, String c) {
        int n = 1 + (a == null ? 0 : 1) + (b == null ? 0 : 1) + (c == null ? 0 : 1);
        if (n == 1) return List.of(word);
        var readings = new String[n];
        int k = 0;
        readings[k++] = word;
        if (a != null) readings[k++] = a;
        if (b != null) readings[k++] = b;
        if (c != null) readings[k] = c;
        return List.of(readings);
    }

    /**
     * How many letters of {@code word} a reading from {@link #of} leaves out in front: والرياض /
     * الرياض gives 1, and للسعوديه / السعوديه gives 1 too (لل stands for ل + ال).
     *
     * @throws NullPointerException if either is null
     */
    public static int strippedLength(String word, String reading) {
        int dropped = word.length() - reading.length();
        boolean articleRestored = reading.startsWith(ARTICLE) && word.startsWith(LAM_LAM, dropped);
        return dropped + (articleRestored ? 1 : 0);
    }
}
