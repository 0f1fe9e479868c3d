package dev.marsad.arabic;

/**
 * Named code points of the Arabic script that the language core reasons about. Their glyphs look
 * alike in an editor, so code names them instead of writing them literally.
 */
public final class ArabicLetters {

    public static final char HAMZA = '\u0621';
    public static final char ALEF_MADDA = '\u0622';
    public static final char ALEF_HAMZA_ABOVE = '\u0623';
    public static final char WAW_HAMZA = '\u0624';
    public static final char ALEF_HAMZA_BELOW = '\u0625';
    public static final char YEH_HAMZA = '\u0626';
    public static final char ALEF = '\u0627';
    public static final char BEH = '\u0628';
    public static final char TEH_MARBUTA = '\u0629';
    public static final char TEH = '\u062A';
    public static final char THEH = '\u062B';
    public static final char JEEM = '\u062C';
    public static final char HAH = '\u062D';
    public static final char KHAH = '\u062E';
    public static final char DAL = '\u062F';
    public static final char THAL = '\u0630';
    public static final char REH = '\u0631';
    public static final char ZAIN = '\u0632';
    public static final char SEEN = '\u0633';
    public static final char SHEEN = '\u0634';
    public static final char SAD = '\u0635';
    public static final char DAD = '\u0636';
    public static final char TAH = '\u0637';
    public static final char ZAH = '\u0638';
    public static final char AIN = '\u0639';
    public static final char GHAIN = '\u063A';
    public static final char TATWEEL = '\u0640';
    public static final char FEH = '\u0641';
    public static final char QAF = '\u0642';
    public static final char KAF = '\u0643';
    public static final char LAM = '\u0644';
    public static final char MEEM = '\u0645';
    public static final char NOON = '\u0646';
    public static final char HEH = '\u0647';
    public static final char WAW = '\u0648';
    public static final char ALEF_MAKSURA = '\u0649';
    public static final char YEH = '\u064A';
    public static final char SHADDA = '\u0651';
    public static final char SUPERSCRIPT_ALEF = '\u0670';
    public static final char ALEF_WASLA = '\u0671';

    /** Persian and Urdu letters that appear in Arabic text, mostly in transliterated names. */
    public static final char PEH = '\u067E';

    public static final char TCHEH = '\u0686';
    public static final char JEH = '\u0698';
    public static final char VEH = '\u06A4';
    public static final char QAF_THREE_DOTS = '\u06A8';
    public static final char KEHEH = '\u06A9';
    public static final char NG = '\u06AD';
    public static final char GAF = '\u06AF';
    public static final char HEH_DOACHASHMEE = '\u06BE';
    public static final char HEH_YEH_ABOVE = '\u06C0';
    public static final char HEH_GOAL = '\u06C1';
    public static final char TEH_MARBUTA_GOAL = '\u06C3';
    public static final char FARSI_YEH = '\u06CC';
    public static final char YEH_BARREE = '\u06D2';
    public static final char AE = '\u06D5';

    private ArabicLetters() {}

    /** True for the letters of the basic Arabic alphabet and the Persian/Urdu additions above. */
    public static boolean isArabicLetter(char c) {
        return (c >= HAMZA && c <= YEH && c != TATWEEL) || (c >= ALEF_WASLA && c <= '\u06D5');
    }
}
