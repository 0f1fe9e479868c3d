package dev.marsad.analyze;

/**
 * Interim consonant skeleton of a normalised name, until marsad-arabic's {@code NameKey} lands:
 * letters that transliterations of one foreign sound alternate between fall together (ج غ ق ك
 * for g/k/q; ت ط; س ص ث; ز ذ ظ; د ض), long vowels, hamza seats and word-final heh are dropped,
 * a leading article ال is dropped from each word, spaces are dropped and doubled letters inside a word collapse (not across words, so
 * that "طهران النووي" does not fold into طهران).
 *
 * <p>"ناجورنو قره باخ" and "ناغورنو كاراباخ" both give the same key.
 */
final class NameSkeleton {

    private static final char ALEF = '\u0627';
    private static final char LAM = '\u0644';
    private static final char WAW = '\u0648';
    private static final char YEH = '\u064A';
    private static final char HEH = '\u0647';
    private static final char HAMZA = '\u0621';
    private static final char WAW_HAMZA = '\u0624';
    private static final char YEH_HAMZA = '\u0626';
    private static final char JEEM = '\u062C';
    private static final char GHAIN = '\u063A';
    private static final char QAF = '\u0642';
    private static final char KAF = '\u0643';
    private static final char TEH = '\u062A';
    private static final char TAH = '\u0637';
    private static final char SEEN = '\u0633';
    private static final char SAD = '\u0635';
    private static final char THEH = '\u062B';
    private static final char ZAIN = '\u0632';
    private static final char THAL = '\u0630';
    private static final char ZAH = '\u0638';
    private static final char DAL = '\u062F';
    private static final char DAD = '\u0636';

    /** The article prefix dropped from each word, so الرياض and رياض share a key. */
    private static final String ARTICLE = "" + ALEF + LAM;

    private NameSkeleton() {}

    /** The skeleton of an already normalised name; empty when it has no consonant. */
    static String of(String normalized) {
        var out = new StringBuilder();
        for (String word : normalized.split("[\\s\\-]+")) {
            String w = word.startsWith(ARTICLE) && word.length() > 3 ? word.substring(2) : word;
            int wordStart = out.length();
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (!Character.isLetterOrDigit(c) || isVowelLike(c) || (c == HEH && i == w.length() - 1)) continue;
                char folded = fold(c);
                if (out.length() == wordStart || out.charAt(out.length() - 1) != folded) out.append(folded);
            }
        }
        return out.toString();
    }

    private static boolean isVowelLike(char c) {
        return c == ALEF || c == WAW || c == YEH || c == HAMZA || c == WAW_HAMZA || c == YEH_HAMZA;
    }

    private static char fold(char c) {
        return switch (c) {
            case JEEM, GHAIN, QAF -> KAF;
            case TAH -> TEH;
            case SAD, THEH -> SEEN;
            case THAL, ZAH -> ZAIN;
            case DAD -> DAL;
            default -> c;
        };
    }
}
