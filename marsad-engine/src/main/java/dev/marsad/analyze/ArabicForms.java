package dev.marsad.analyze;

import dev.marsad.arabic.ArabicNormalizer;
import dev.marsad.arabic.name.NameKey;
import java.util.ArrayList;
import java.util.List;

/**
 * The seam between analyze and the language core: the normal form of a text and the
 * spelling-variant key of a name.
 *
 * <p>Normalisation is marsad-arabic's {@link ArabicNormalizer}, name keys its {@link NameKey}.
 * Clitic readings and the light stem used for keyword lists live here too. Nothing else in this
 * package normalises text on its own.
 */
final class ArabicForms {

    private static final char ALEF = '\u0627';
    private static final char KAF = '\u0643';

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

    /**
     * How many letters of {@code word} a reading from {@link #withoutClitics} leaves out in front:
     * "والرياض"/"الرياض" gives 1; "للسعوديه"/"السعوديه" gives 1 too (لل stands for ل + ال).
     */
    static int cliticLength(String word, String reading) {
        int dropped = word.length() - reading.length();
        boolean articleRestored = reading.startsWith(ARTICLE) && word.startsWith(LAM_LAM, dropped);
        return dropped + (articleRestored ? 1 : 0);
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
     * The normal form used for matching: marsad-arabic's {@link ArabicNormalizer#SEARCH} (every
     * rule: diacritics, tatweel, alef and hamza forms, ى→ي, ة→ه, Persian letters, digits, Latin case).
     */
    static String normalize(String text) {
        return ArabicNormalizer.SEARCH.normalize(text);
    }

    /**
     * The spelling-variant key of a name: marsad-arabic's {@link NameKey}, equal for
     * transliterations of one foreign name (ناغورنو كاراباخ, ناجورنو قره باخ).
     */
    static String nameKey(String name) {
        return NameKey.of(name);
    }
}
