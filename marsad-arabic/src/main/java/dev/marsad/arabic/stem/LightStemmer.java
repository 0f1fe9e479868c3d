package dev.marsad.arabic.stem;

import static dev.marsad.arabic.ArabicLetters.ALEF;
import static dev.marsad.arabic.ArabicLetters.HEH;
import static dev.marsad.arabic.ArabicLetters.NOON;
import static dev.marsad.arabic.ArabicLetters.TEH;
import static dev.marsad.arabic.ArabicLetters.WAW;
import static dev.marsad.arabic.ArabicLetters.YEH;

import dev.marsad.arabic.ArabicNormalizer;
import dev.marsad.arabic.token.CliticSplitter;
import java.util.Objects;

/**
 * Marsad's light stemmer: clitics off with {@link CliticSplitter} (its length checks and lexicon of
 * protected words), then up to {@link #SUFFIX_ROUNDS} inflectional suffixes (ات ون ين ان ية ة ي),
 * each only while {@link #MIN_STEM} letters remain. Peeling suffixes in rounds conflates the
 * nisba and plural forms with their noun: مصريون → مصري → مصر, برلمانية → برلمان → برلم.
 *
 * <p>Compared with {@link Light10Stemmer} (the baseline of Larkey et al.) it splits every listed
 * proclitic combination (وبال، فلل، وس…), all enclitic pronouns, and leaves protected words alone.
 * Input: one word; it is normalised with {@link ArabicNormalizer#SEARCH} first. Thread-safe.
 */
public final class LightStemmer {

    /** Fewest letters a stem keeps when a suffix is removed. */
    static final int MIN_STEM = 3;

    /** How many suffixes may be removed one after the other (مصريين: ين then ي). */
    static final int SUFFIX_ROUNDS = 2;

    /** Inflectional suffixes in SEARCH form (ة is ه there), longest first. */
    private static final char[][] SUFFIXES = {
        {ALEF, TEH}, {WAW, NOON}, {YEH, NOON}, {ALEF, NOON}, {YEH, HEH}, {HEH}, {YEH}
    };

    /** The stemmer with Marsad's clitic splitter. */
    public static final LightStemmer DEFAULT = new LightStemmer(CliticSplitter.DEFAULT);

    private final CliticSplitter splitter;

    /** A stemmer that removes clitics with {@code splitter}. */
    public LightStemmer(CliticSplitter splitter) {
        this.splitter = Objects.requireNonNull(splitter, "splitter");
    }

    /**
     * The stem of {@code word} in SEARCH form: 1. normalise; 2. remove clitics; 3. peel suffixes.
     * Words of {@link #MIN_STEM} letters or fewer come back normalised only. Example: والمصريون → مصر.
     *
     * @throws NullPointerException if {@code word} is null
     */
    public String stem(String word) {
        char[] buffer = ArabicNormalizer.SEARCH.normalize(word).toCharArray(); // 1
        return new String(buffer, 0, stem(buffer, buffer.length));
    }

    /**
     * Stems {@code buffer[0, length)}, which must already be in SEARCH form, in place: the stem is
     * moved to the start of the buffer and its length returned. Allocates nothing.
     */
    public int stem(char[] buffer, int length) {
        if (length <= MIN_STEM) return length;
        int n = splitter.removeClitics(buffer, length); // 2
        return peelSuffixes(buffer, n); // 3
    }

    private static int peelSuffixes(char[] word, int length) {
        int n = length;
        for (int round = 0; round < SUFFIX_ROUNDS; round++) {
            int before = n;
            for (char[] suffix : SUFFIXES) {
                if (n - suffix.length >= MIN_STEM && endsWith(word, n, suffix)) {
                    n -= suffix.length;
                    break;
                }
            }
            if (n == before) break;
        }
        return n;
    }

    private static boolean endsWith(char[] word, int end, char[] suffix) {
        int start = end - suffix.length;
        for (int k = 0; k < suffix.length; k++) if (word[start + k] != suffix[k]) return false;
        return true;
    }
}
