package dev.marsad.arabic.name;

import static dev.marsad.arabic.ArabicLetters.*;

import dev.marsad.arabic.ArabicNormalizer;
import dev.marsad.arabic.token.ArabicTokenizer;
import dev.marsad.arabic.token.Token;
import dev.marsad.arabic.token.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A spelling-variant key for names: transliterations of one name share a key, different names
 * keep different ones. كاراباخ، قره باخ، قرة باغ → {@code KRBK}; ناجورنو، ناغورنو → {@code NKRN};
 * جوجل، غوغل، قوقل، Google → {@code KL}; ليبيا → {@code LBYa} but لبنان → {@code LBN}.
 *
 * <p>The key is a phonetic skeleton, built in numbered steps (see {@link #of}): letters fold into
 * classes of sounds that transliteration swaps (ج غ ق ك خ g → K; ت ط ث → T; س ص → S; ذ ز ظ → Z;
 * د ض → D; ح ه → H; ف ڤ v → F; ب پ p → B), long vowels drop unless they carry a consonant (a name's
 * first letter, or و/ي before a vowel: the ي of ليبيا), the article ال goes, words join (قره باخ →
 * قرهباخ, with a word-final ه/ة/ا read as a vowel and dropped), repeated classes collapse, and the
 * name's final vowel is kept as a small letter a/i/u (جورجيا ≠ جورج, كولومبيا ≠ كولومبو).
 *
 * <p>Context the key cannot see stays unresolved: عمان (Oman) and عمّان (Amman) share a key.
 */
public final class NameKey {

    /** Fewest letters a word keeps after its article is removed (ال + two letters at least). */
    static final int MIN_WORD_AFTER_ARTICLE = 2;

    private NameKey() {}

    /**
     * The key of {@code name}: ASCII capitals for consonant classes, digits as written, and a
     * closing a, i or u for a final vowel. Empty when the name has no letters or digits. 1.
     * normalise (MATCHING); 2. split into words; 3. per word, drop the article and read the
     * letters into classes; 4. join, collapse repeats, add the final vowel.
     *
     * @throws NullPointerException if {@code name} is null
     */
    public static String of(String name) {
        Objects.requireNonNull(name, "name");
        String normalized = ArabicNormalizer.MATCHING.normalize(name); // 1
        List<Token> words = new ArrayList<>(); // 2
        for (Token t : ArabicTokenizer.tokenize(normalized)) {
            if (t.type() == TokenType.ARABIC || t.type() == TokenType.LATIN || t.type() == TokenType.NUMBER)
                words.add(t);
        }
        var skeleton = new StringBuilder();
        char finalVowel = 0;
        for (int w = 0; w < words.size(); w++) { // 3
            Token word = words.get(w);
            boolean first = w == 0;
            finalVowel = switch (word.type()) {
                case ARABIC -> ArabicSkeleton.append(withoutArticle(word.text()), first, skeleton);
                case LATIN -> LatinSkeleton.append(word.text(), first, skeleton);
                default -> appendDigits(word.text(), skeleton);
            };
        }
        String key = collapseRepeats(skeleton); // 4
        return finalVowel == 0 ? key : key + finalVowel;
    }

    /** True when both names have the same non-empty key. */
    public static boolean sameName(String a, String b) {
        String key = of(a);
        return !key.isEmpty() && key.equals(of(b));
    }

    private static String withoutArticle(String word) {
        boolean article =
                word.length() >= 2 + MIN_WORD_AFTER_ARTICLE && word.charAt(0) == ALEF && word.charAt(1) == LAM;
        return article ? word.substring(2) : word;
    }

    private static char appendDigits(String number, StringBuilder skeleton) {
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c >= '0' && c <= '9') skeleton.append(c);
        }
        return 0;
    }

    private static String collapseRepeats(CharSequence s) {
        var out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean repeat = out.length() > 0 && out.charAt(out.length() - 1) == c && Character.isLetter(c);
            if (!repeat) out.append(c);
        }
        return out.toString();
    }
}
