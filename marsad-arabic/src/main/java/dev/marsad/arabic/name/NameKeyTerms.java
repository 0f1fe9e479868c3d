package dev.marsad.arabic.name;

/**
 * Which words of running text carry a {@link NameKey} term, so that a search for كاراباخ finds قرة
 * باغ: a word of {@link #MIN_WORD_LENGTH} letters or more gets a key of its own, and two adjacent
 * words of which one is short (≤ {@link #MAX_JOIN_PART} letters, the other ≤ {@link
 * #MAX_JOIN_OTHER}) also get the key of the two joined (قره باخ، نيو يورك، عبد الله). Lengths are
 * of the word without its proclitics (وكاراباخ counts as كاراباخ). A key shorter than {@link
 * #MIN_KEY_LENGTH} is no term.
 *
 * <p>One set of rules for the Lucene filter ({@code MarsadNameKeyFilter}) and the analysed text
 * ({@code dev.marsad.arabic.text.AnalyzedText}), which must give the same terms.
 */
public final class NameKeyTerms {

    /**
     * Fewest letters a word needs to get a key of its own: keys of shorter words (قال → KL) match
     * too many other words to help; short name parts still get the joined key.
     */
    public static final int MIN_WORD_LENGTH = 4;

    /** Fewest chars of a key worth indexing (KL for جوجل). */
    public static final int MIN_KEY_LENGTH = 2;

    /** Longest word that may be the short half of a joined name (قره، أبو، نيو، تل، دار). */
    public static final int MAX_JOIN_PART = 3;

    /** Longest word that may be the other half of a joined name (الفتاح in عبد الفتاح). */
    public static final int MAX_JOIN_OTHER = 6;

    private NameKeyTerms() {}

    /** Whether a word of {@code length} letters (proclitics off) gets a key of its own. */
    public static boolean hasOwnKey(int length) {
        return length >= MIN_WORD_LENGTH;
    }

    /** Whether two adjacent words of these lengths also get their joined key: one short, the other not long. */
    public static boolean isJoinable(int first, int second) {
        return first > 0
                && second > 0
                && Math.min(first, second) <= MAX_JOIN_PART
                && Math.max(first, second) <= MAX_JOIN_OTHER;
    }

    /** Whether {@code key} is long enough to be a term. */
    public static boolean isUsable(CharSequence key) {
        return key.length() >= MIN_KEY_LENGTH;
    }
}
