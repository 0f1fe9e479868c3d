package dev.marsad.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The seam between analyze and the language core: the normal form of a text and the
 * spelling-variant key of a name.
 *
 * <p>Until marsad-arabic's {@code ArabicNormalizer} and {@code NameKey} land on main, this class
 * carries the few rules analyze needs; each method body then becomes one call to them. Nothing
 * else in this package normalises text on its own.
 */
final class ArabicForms {

    private static final char ALEF = '\u0627';
    private static final char ALEF_MADDA = '\u0622';
    private static final char ALEF_HAMZA_ABOVE = '\u0623';
    private static final char ALEF_HAMZA_BELOW = '\u0625';
    private static final char ALEF_WASLA = '\u0671';
    private static final char ALEF_MAKSURA = '\u0649';
    private static final char YEH = '\u064A';
    private static final char FARSI_YEH = '\u06CC';
    private static final char TEH_MARBUTA = '\u0629';
    private static final char HEH = '\u0647';
    private static final char KEHEH = '\u06A9';
    private static final char GAF = '\u06AF';
    private static final char KAF = '\u0643';
    private static final char TATWEEL = '\u0640';
    private static final char FATHATAN = '\u064B';
    private static final char LAST_HARAKA = '\u065F';
    private static final char SUPERSCRIPT_ALEF = '\u0670';

    private static final char WAW = '\u0648';
    private static final char FEH = '\u0641';
    private static final char BEH = '\u0628';
    private static final char LAM = '\u0644';
    private static final String ARTICLE = "" + ALEF + LAM;
    private static final String LAM_LAM = "" + LAM + LAM;
    /** Prepositions written joined to the next word. */
    private static final String JOINED_PREPOSITIONS = "" + BEH + LAM + KAF;
    /** Suffixes removed by {@link #lightStem}, longest first: ات ون ين ان يه ه ي. */
    private static final String[] SUFFIXES = {
        "\u0627\u062A", "\u0648\u0646", "\u064A\u0646", "\u0627\u0646", "\u064A\u0647", "\u0647", "\u064A"
    };
    /** Shortest word a clitic is removed from, so that short words like بل or لم stay whole. */
    private static final int MIN_CLITIC_WORD = 4;
    /** Shortest stem {@link #lightStem} leaves. */
    private static final int MIN_STEM = 3;

    private ArabicForms() {}

    /**
     * The readings of a normalised word with its leading clitics removed, the word itself first:
     * "والرياض" gives [والرياض, الرياض]; "للسعوديه" gives [للسعوديه, السعوديه, لسعوديه];
     * "بباكو" gives [بباكو, باكو].
     */
    static List<String> withoutClitics(String word) {
        var readings = new ArrayList<String>(4);
        readings.add(word);
        String base = word;
        if (base.length() >= MIN_CLITIC_WORD && (base.charAt(0) == WAW || base.charAt(0) == FEH)) {
            base = base.substring(1);
            readings.add(base);
        }
        if (base.startsWith(LAM_LAM) && base.length() >= MIN_CLITIC_WORD) readings.add(ARTICLE + base.substring(2));
        if (base.length() >= MIN_CLITIC_WORD && JOINED_PREPOSITIONS.indexOf(base.charAt(0)) >= 0)
            readings.add(base.substring(1));
        return readings;
    }

    /** The word without a conjunction و/ف when the article follows it: "والرياض" gives الرياض. */
    static String withoutConjunctionBeforeArticle(String word) {
        boolean conjunction = !word.isEmpty() && (word.charAt(0) == WAW || word.charAt(0) == FEH);
        if (!conjunction) return word;
        String rest = word.substring(1);
        boolean articleFollows = rest.startsWith(ARTICLE)
                || rest.startsWith(LAM_LAM)
                || (rest.length() > 3
                        && JOINED_PREPOSITIONS.indexOf(rest.charAt(0)) >= 0
                        && rest.startsWith(ARTICLE, 1));
        return articleFollows ? rest : word;
    }

    /**
     * A light stem of a normalised word for matching keyword lists: clitics and the article
     * removed, then one common suffix ("والمستشفيات" gives مستشفي). A conjunction is removed only
     * before the article, so that words that begin with و (وزير، وقف) keep it.
     */
    static String lightStem(String word) {
        String stem = withoutConjunctionBeforeArticle(word);
        if (stem.startsWith(LAM_LAM)) stem = stem.substring(2);
        else if (stem.length() > 3 && JOINED_PREPOSITIONS.indexOf(stem.charAt(0)) >= 0 && stem.startsWith(ARTICLE, 1))
            stem = stem.substring(3);
        if (stem.startsWith(ARTICLE) && stem.length() - 2 >= MIN_STEM) stem = stem.substring(2);
        for (String suffix : SUFFIXES) {
            if (stem.endsWith(suffix) && stem.length() - suffix.length() >= MIN_STEM)
                return stem.substring(0, stem.length() - suffix.length());
        }
        return stem;
    }

    /**
     * The normal form used for matching: diacritics and tatweel removed, hamza-carrying alefs to
     * bare alef, alef maksura to yeh, teh marbuta to heh, Persian kaf/yeh to Arabic, Latin lower
     * case. Keeps length-independent spacing: every other character is kept as is.
     */
    static String normalize(String text) {
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == TATWEEL || c == SUPERSCRIPT_ALEF || (c >= FATHATAN && c <= LAST_HARAKA)) continue;
            out.append(
                    switch (c) {
                        case ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA -> ALEF;
                        case ALEF_MAKSURA, FARSI_YEH -> YEH;
                        case TEH_MARBUTA -> HEH;
                        case KEHEH, GAF -> KAF;
                        default -> c;
                    });
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The spelling-variant key of a name: equal for transliterations of one foreign name
     * (ناغورنو كاراباخ, ناجورنو قره باخ), built by {@link NameSkeleton}.
     */
    static String nameKey(String name) {
        return NameSkeleton.of(normalize(name));
    }
}
