package dev.marsad.arabic.name;

import static dev.marsad.arabic.ArabicLetters.*;

import dev.marsad.arabic.ArabicNormalizer;
import dev.marsad.arabic.NormalizationRule;
import dev.marsad.arabic.token.ArabicTokenizer;
import dev.marsad.arabic.token.Token;
import dev.marsad.arabic.token.TokenType;
import java.util.EnumSet;
import java.util.Objects;

/**
 * A spelling-variant key for names: transliterations of one name share a key, different names
 * keep different ones. كاراباخ، قره باخ، قرة باغ → {@code KRBK}; ناجورنو، ناغورنو → {@code NKRNu};
 * جوجل، غوغل، قوقل، Google → {@code KuKL}; ليبيا → {@code LBYa} but لبنان → {@code LBNaN}.
 *
 * <p>The key is a phonetic skeleton, built in numbered steps (see {@link #of}): letters fold into
 * classes of sounds that transliteration swaps (ج غ ق ك خ g → K; ت ط ث → T; ذ ز ظ → Z; د ض → D;
 * ح ه → H; ف ڤ v → F; ب پ p → B), the article ال goes, repeated classes collapse, and the name's
 * final vowel is kept as a small letter a/i/u (جورجيا ≠ جورج, كولومبيا ≠ كولومبو). Issue 14 added
 * how a word is read ({@code ArabicSkeleton.Reading}): an Arabic-patterned word (three consonants
 * besides a م prefix or an ان suffix, one long vowel inside) keeps its long vowels as small
 * letters, its initial alef as A and ص as X (محمد MHMD ≠ محمود MHMuD, الصين ≠ السين); a
 * transliteration (more consonants or vowels, تش/دج, a -يا/-ية or final ا/و ending) drops them,
 * reads ص as S and a medial ه as the g it writes (لوهانسك = لوغانسك), and makes the whole name read
 * so (فلاديمير بوتين = فلاديمير بوتن). Words of two consonants inside a longer name keep no vowels
 * (قره باخ = كاراباخ). Compounds read the same apart and joined ({@code CompoundHeads}: عبد الرحمن
 * = عبدالرحمن، ابن سلمان = بن سلمان، آل سعود ≠ سعود).
 *
 * <p>Context the key cannot see stays unresolved: عمان (Oman) and عمّان (Amman) share a key.
 */
public final class NameKey {

    /** Fewest letters a word keeps after its article is removed (ال + two letters at least). */
    static final int MIN_WORD_AFTER_ARTICLE = 2;

    /**
     * MATCHING plus ى → ي and ة → ه: the key reads those pairs alike anyway, and folding them first
     * makes the key of a SEARCH-normalised word (as the Lucene filter sees it) equal the key of its
     * display form.
     */
    private static final ArabicNormalizer KEY_FORM = keyForm();

    private NameKey() {}

    private static ArabicNormalizer keyForm() {
        var rules = EnumSet.copyOf(ArabicNormalizer.MATCHING.rules());
        rules.add(NormalizationRule.ALEF_MAKSURA);
        rules.add(NormalizationRule.TEH_MARBUTA);
        return ArabicNormalizer.of(rules);
    }

    /**
     * The key of {@code name}: ASCII capitals for consonant classes, digits as written, and a
     * closing a, i or u for a final vowel. Empty when the name has no letters or digits. 1.
     * normalise (MATCHING with ى → ي, ة → ه); 2. split into words; 3. per word, drop the article and read the
     * letters into classes; 4. join, collapse repeats, add the final vowel.
     *
     * @throws NullPointerException if {@code name} is null
     */
    public static String of(String name) {
        Objects.requireNonNull(name, "name");
        String normalized = KEY_FORM.normalize(name); // 1
        var builder = new NameKeyBuilder();
        for (Token t : ArabicTokenizer.tokenize(normalized)) { // 2
            if (t.type() == TokenType.ARABIC || t.type() == TokenType.LATIN || t.type() == TokenType.NUMBER) {
                builder.add(t.text()); // 3
            }
        }
        return builder.key().toString(); // 4
    }

    /** True when both names have the same non-empty key. */
    public static boolean sameName(String a, String b) {
        String key = of(a);
        return !key.isEmpty() && key.equals(of(b));
    }
}
