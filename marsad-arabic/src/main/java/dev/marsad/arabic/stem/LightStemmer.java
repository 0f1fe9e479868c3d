package dev.marsad.arabic.stem;

import static dev.marsad.arabic.ArabicLetters.ALEF;
import static dev.marsad.arabic.ArabicLetters.HEH;
import static dev.marsad.arabic.ArabicLetters.NOON;
import static dev.marsad.arabic.ArabicLetters.TEH;
import static dev.marsad.arabic.ArabicLetters.WAW;
import static dev.marsad.arabic.ArabicLetters.YEH;

import dev.marsad.arabic.ArabicNormalizer;
import dev.marsad.arabic.token.CliticSplitter;
import java.util.List;
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
    private static final List<String> SUFFIXES = List.of(
            "" + ALEF + TEH,
            "" + WAW + NOON,
            "" + YEH + NOON,
            "" + ALEF + NOON,
            "" + YEH + HEH,
            String.valueOf(HEH),
            String.valueOf(YEH));

    /** The stemmer with Marsad's clitic splitter. */
    public static final LightStemmer DEFAULT = new LightStemmer(CliticSplitter.DEFAULT);

    private final CliticSplitter splitter;

    /** A stemmer that removes clitics with {@code splitter}. */
    public LightStemmer(CliticSplitter splitter) {
        this.splitter = Objects.requireNonNull(splitter, "splitter");
    }

    /**
     * The stem of {@code word} in SEARCH form: 1. normalise; 2. remove clitics; 3. peel suffixes.
     * Words shorter than {@link #MIN_STEM} come back normalised only. Example: والمصريون → مصر.
     *
     * @throws NullPointerException if {@code word} is null
     */
    public String stem(String word) {
        String folded = ArabicNormalizer.SEARCH.normalize(word); // 1
        if (folded.length() <= MIN_STEM) return folded;
        String base = ArabicNormalizer.SEARCH.normalize(splitter.split(folded).base()); // 2
        return peelSuffixes(base); // 3
    }

    private static String peelSuffixes(String word) {
        String stem = word;
        for (int round = 0; round < SUFFIX_ROUNDS; round++) {
            String before = stem;
            for (String suffix : SUFFIXES) {
                if (stem.endsWith(suffix) && stem.length() - suffix.length() >= MIN_STEM) {
                    stem = stem.substring(0, stem.length() - suffix.length());
                    break;
                }
            }
            if (stem.equals(before)) break;
        }
        return stem;
    }
}
