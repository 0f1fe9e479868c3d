package dev.marsad.bench.arabic;

import static dev.marsad.arabic.ArabicLetters.ALEF;
import static dev.marsad.arabic.ArabicLetters.ALEF_HAMZA_ABOVE;
import static dev.marsad.arabic.ArabicLetters.ALEF_HAMZA_BELOW;
import static dev.marsad.arabic.ArabicLetters.ALEF_MADDA;
import static dev.marsad.arabic.ArabicLetters.ALEF_MAKSURA;
import static dev.marsad.arabic.ArabicLetters.BEH;
import static dev.marsad.arabic.ArabicLetters.FEH;
import static dev.marsad.arabic.ArabicLetters.HEH;
import static dev.marsad.arabic.ArabicLetters.KAF;
import static dev.marsad.arabic.ArabicLetters.LAM;
import static dev.marsad.arabic.ArabicLetters.TEH_MARBUTA;
import static dev.marsad.arabic.ArabicLetters.WAW;
import static dev.marsad.arabic.ArabicLetters.WAW_HAMZA;
import static dev.marsad.arabic.ArabicLetters.YEH;
import static dev.marsad.arabic.ArabicLetters.YEH_HAMZA;

import dev.marsad.arabic.token.ArabicTokenizer;
import dev.marsad.arabic.token.Token;
import dev.marsad.arabic.token.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Rewrites a headline the way a reader types a search for it: a few of its words (in order), with
 * the hamza left off, ة and ه or ى and ي swapped at the end, and the article or و added or dropped.
 * Deterministic for a given {@link Random}. The rules follow common typing habits; none looks at
 * how any analyzer treats the result.
 */
final class ReaderQueryRewriter {

    /** Fewest and most words a reader types. */
    static final int MIN_WORDS = 2;

    static final int MAX_WORDS = 4;

    /** Chance that a word's hamza on alef is left off (أ إ آ typed as ا). */
    static final double P_ALEF_HAMZA = 0.6;

    /** Chance that hamza on waw or yeh is left off (ؤ → و, ئ → ي). */
    static final double P_CARRIER_HAMZA = 0.5;

    /** Chance that a final ة is typed ه (and a tenth of it for ه typed ة). */
    static final double P_TEH_MARBUTA = 0.4;

    /** Chance that a final ى is typed ي (and a fifth of it the other way). */
    static final double P_ALEF_MAKSURA = 0.5;

    /** Chance that a word's clitics change: article or و dropped, article or و added. */
    static final double P_CLITIC = 0.3;

    private static final String ARTICLE = "" + ALEF + LAM;

    private ReaderQueryRewriter() {}

    /** The rewritten query, or empty when the title has fewer than {@link #MIN_WORDS} Arabic words. */
    static String rewrite(String title, Random random) {
        List<String> words = new ArrayList<>();
        for (Token t : ArabicTokenizer.tokenize(title)) if (t.type() == TokenType.ARABIC) words.add(t.text());
        if (words.size() < MIN_WORDS) return "";
        int k = Math.min(words.size(), MIN_WORDS + random.nextInt(MAX_WORDS - MIN_WORDS + 1));
        var chosen = new ArrayList<String>();
        int remaining = k;
        for (int i = 0; i < words.size() && remaining > 0; i++) {
            if (random.nextInt(words.size() - i) < remaining) { // selection sampling keeps the order
                chosen.add(retype(words.get(i), random));
                remaining--;
            }
        }
        return String.join(" ", chosen);
    }

    private static String retype(String word, Random random) {
        String w = word;
        if (random.nextDouble() < P_ALEF_HAMZA) {
            w = w.replace(ALEF_HAMZA_ABOVE, ALEF)
                    .replace(ALEF_HAMZA_BELOW, ALEF)
                    .replace(ALEF_MADDA, ALEF);
        }
        if (random.nextDouble() < P_CARRIER_HAMZA) w = w.replace(WAW_HAMZA, WAW).replace(YEH_HAMZA, YEH);
        w = swapEnding(w, TEH_MARBUTA, HEH, P_TEH_MARBUTA, random);
        w = swapEnding(w, ALEF_MAKSURA, YEH, P_ALEF_MAKSURA, random);
        return random.nextDouble() < P_CLITIC ? changeClitic(w, random) : w;
    }

    private static String swapEnding(String w, char usual, char typed, double p, Random random) {
        char last = w.charAt(w.length() - 1);
        double r = random.nextDouble();
        if (last == usual && r < p) return w.substring(0, w.length() - 1) + typed;
        if (last == typed && r < p / 5) return w.substring(0, w.length() - 1) + usual;
        return w;
    }

    private static String changeClitic(String w, Random random) {
        boolean article = w.startsWith(ARTICLE) && w.length() > 4;
        boolean wawArticle = w.length() > 5 && w.charAt(0) == WAW && w.startsWith(ARTICLE, 1);
        if (wawArticle) return w.substring(1);
        if (article) return w.substring(2);
        char first = w.charAt(0);
        boolean proclitic = first == WAW || first == FEH || first == BEH || first == KAF || first == LAM;
        if (!proclitic && w.length() >= 3 && random.nextBoolean()) return ARTICLE + w;
        return WAW + w;
    }
}
