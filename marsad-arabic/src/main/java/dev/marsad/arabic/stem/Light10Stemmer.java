package dev.marsad.arabic.stem;

import static dev.marsad.arabic.ArabicLetters.ALEF;
import static dev.marsad.arabic.ArabicLetters.BEH;
import static dev.marsad.arabic.ArabicLetters.FEH;
import static dev.marsad.arabic.ArabicLetters.HEH;
import static dev.marsad.arabic.ArabicLetters.KAF;
import static dev.marsad.arabic.ArabicLetters.LAM;
import static dev.marsad.arabic.ArabicLetters.NOON;
import static dev.marsad.arabic.ArabicLetters.TEH;
import static dev.marsad.arabic.ArabicLetters.WAW;
import static dev.marsad.arabic.ArabicLetters.YEH;

import dev.marsad.arabic.ArabicNormalizer;
import java.util.List;

/**
 * Light10, the light stemmer of Larkey, Ballesteros and Connell ("Light Stemming for Arabic
 * Information Retrieval", 2007), kept as the baseline Marsad's {@link LightStemmer} is measured
 * against. As described there: remove و when at least three letters remain; remove one of the
 * prefixes ال وال بال كال فال لل when at least two remain; then go once through the suffixes ها ان
 * ات ون ين يه ية ه ة ي in that order, removing each one found while at least two letters remain.
 * Input is normalised with {@link ArabicNormalizer#SEARCH} first (the paper's normalisation is a
 * subset of it). Thread-safe.
 */
public final class Light10Stemmer {

    /** Fewest letters left after removing و (the paper's "length of word ≥ 4"). */
    static final int MIN_AFTER_WAW = 3;

    /** Fewest letters left after removing a prefix or suffix. */
    static final int MIN_AFTER_AFFIX = 2;

    private static final String AL = "" + ALEF + LAM;
    private static final List<String> PREFIXES = List.of(AL, WAW + AL, BEH + AL, KAF + AL, FEH + AL, "" + LAM + LAM);

    /** In SEARCH form ية is يه and ة is ه, so the paper's list collapses to these, in its order. */
    private static final List<String> SUFFIXES = List.of(
            "" + HEH + ALEF,
            "" + ALEF + NOON,
            "" + ALEF + TEH,
            "" + WAW + NOON,
            "" + YEH + NOON,
            "" + YEH + HEH,
            String.valueOf(HEH),
            String.valueOf(YEH));

    /** Creates the stemmer; it has no configuration. */
    public Light10Stemmer() {}

    /**
     * The light10 stem of {@code word}, in SEARCH form.
     *
     * @throws NullPointerException if {@code word} is null
     */
    public String stem(String word) {
        String w = ArabicNormalizer.SEARCH.normalize(word);
        if (w.length() - 1 >= MIN_AFTER_WAW && w.charAt(0) == WAW) w = w.substring(1);
        for (String prefix : PREFIXES) {
            if (w.startsWith(prefix) && w.length() - prefix.length() >= MIN_AFTER_AFFIX) {
                w = w.substring(prefix.length());
                break;
            }
        }
        for (String suffix : SUFFIXES) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= MIN_AFTER_AFFIX) {
                w = w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }
}
