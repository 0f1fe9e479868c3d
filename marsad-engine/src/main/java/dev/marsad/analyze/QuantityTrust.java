package dev.marsad.analyze;

import dev.marsad.arabic.number.Quantity;
import java.math.BigDecimal;

/**
 * Whether a quantity is worth showing as a fact: only a number with a real counted noun or unit.
 *
 * <ul>
 *   <li>no unit: a bare number (a year, a page number) says nothing on its own;
 *   <li>a unit that opens with the conjunction و or ف ("2020 وانتهت") is the next clause's verb;
 *   <li>a unit that is a stop word or a reporting verb is no noun;
 *   <li>1 written as a word (واحد، واحدة) only says "one": "امرأة واحدة" is no fact;
 *   <li>a year-like number ({@link #FIRST_YEAR}–{@link #LAST_YEAR}, digits only) before a sound
 *       plural is a year: numbers from 11 on count a singular noun ("2000 شخص"), so "2017 تحولات"
 *       reads "in 2017, changes";
 *   <li>an expression of more than {@link #MAX_WORDS} words would repeat the sentence.
 * </ul>
 */
final class QuantityTrust {

    /** Longest quantity expression shown, in words. */
    static final int MAX_WORDS = 6;
    /** First and last years a four-digit number may be read as. */
    static final int FIRST_YEAR = 1900;

    static final int LAST_YEAR = 2100;
    /** Shortest unit that can carry a conjunction before a word of its own. */
    static final int MIN_CONJOINED_UNIT = 4;

    private static final char WAW = '\u0648';
    private static final char FEH = '\u0641';
    /** Sound plural endings, normalised: ات، ون، ين. */
    private static final String[] SOUND_PLURALS = {"\u0627\u062a", "\u0648\u0646", "\u064a\u0646"};

    private final Lexicon lexicon;

    QuantityTrust(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Whether {@code q} is shown. */
    boolean isShown(Quantity q) {
        if (q.unit().isEmpty()) return false;
        String unit = q.unit().get().strip();
        String norm = dev.marsad.arabic.ArabicNormalizer.SEARCH.normalize(unit);
        if (norm.length() >= MIN_CONJOINED_UNIT && (norm.charAt(0) == WAW || norm.charAt(0) == FEH)) return false;
        if (lexicon.stopWords().contains(norm) || lexicon.speechVerbs().containsWithClitics(norm)) return false;
        boolean digits = q.text().chars().anyMatch(Character::isDigit);
        if (q.value().compareTo(BigDecimal.ONE) == 0 && !digits) return false;
        if (digits && isYearLike(q.value()) && isSoundPlural(norm)) return false;
        return q.text().strip().split("\\s+").length <= MAX_WORDS;
    }

    private static boolean isYearLike(BigDecimal value) {
        return value.scale() <= 0
                && value.compareTo(BigDecimal.valueOf(FIRST_YEAR)) >= 0
                && value.compareTo(BigDecimal.valueOf(LAST_YEAR)) <= 0;
    }

    private static boolean isSoundPlural(String norm) {
        for (String ending : SOUND_PLURALS)
            if (norm.endsWith(ending) && norm.length() > ending.length() + 2) return true;
        return false;
    }
}
