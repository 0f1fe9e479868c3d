package dev.marsad.arabic.token;

import static dev.marsad.arabic.ArabicLetters.ALEF;
import static dev.marsad.arabic.ArabicLetters.BEH;
import static dev.marsad.arabic.ArabicLetters.FEH;
import static dev.marsad.arabic.ArabicLetters.HEH;
import static dev.marsad.arabic.ArabicLetters.KAF;
import static dev.marsad.arabic.ArabicLetters.LAM;
import static dev.marsad.arabic.ArabicLetters.MEEM;
import static dev.marsad.arabic.ArabicLetters.NOON;
import static dev.marsad.arabic.ArabicLetters.SEEN;
import static dev.marsad.arabic.ArabicLetters.TEH;
import static dev.marsad.arabic.ArabicLetters.TEH_MARBUTA;
import static dev.marsad.arabic.ArabicLetters.WAW;
import static dev.marsad.arabic.ArabicLetters.YEH;

import dev.marsad.arabic.ArabicNormalizer;
import dev.marsad.arabic.WordList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Splits proclitics (و ف ب ك ل ال لل س) and enclitics (ه ها هم هما هن ك كم نا ي) off an Arabic word
 * while leaving real words whole (والي، بلد، كتاب، فيلم، ليبيا). Three checks guard a split: the
 * base that remains has a minimum length, a small lexicon of protected words ({@code
 * protected-words.txt}) is never cut, and when one reading leaves a protected word that reading
 * wins (لليبيا → ل + ليبيا, not لل + يبيا). A bare preposition (ب ك ل without ال) is split only
 * before a protected word: too many words start with those letters (برلمان، كبير، لجنة).
 *
 * <p>{@link #split(String)} takes any word and normalises it; the char-array methods expect the
 * {@link ArabicNormalizer#SEARCH} form and allocate nothing (the Lucene path). Thread-safe.
 */
public final class CliticSplitter {

    /** Shortest base left before a two- or three-letter enclitic (تحكم stays whole). */
    static final int MIN_BASE_BEFORE_LONG_ENCLITIC = 3;

    /** Shortest base before ك or ي, which end many words of their own (شريك، مصري). */
    static final int MIN_BASE_BEFORE_SHORT_ENCLITIC = 4;

    /** Shortest base ending in ت whose ت is a teh marbuta before the enclitic (حكومته → حكومة). */
    static final int MIN_BASE_FOR_TEH_MARBUTA = 4;

    /** Enclitics in SEARCH form, longest first. */
    private static final char[][] ENCLITICS = {
        {HEH, MEEM, ALEF},
        {KAF, MEEM, ALEF},
        {HEH, MEEM},
        {HEH, NOON},
        {KAF, MEEM},
        {HEH, ALEF},
        {NOON, ALEF},
        {HEH},
        {KAF},
        {YEH}
    };

    /** The splitter with Marsad's lexicon of protected words. */
    public static final CliticSplitter DEFAULT =
            new CliticSplitter(WordList.load(CliticSplitter.class, "protected-words.txt"));

    private final WordSet protectedWords;
    private final List<ProcliticReading> readings = ProcliticReading.all();

    /** For each first letter of a word, the readings (indexes, longest first) that start with it. */
    private final int[][] readingsByFirstLetter = indexByFirstLetter(readings);

    /** A splitter that never cuts the given words (normalised with SEARCH). */
    public CliticSplitter(Set<String> protectedWords) {
        this.protectedWords = new WordSet(protectedWords);
    }

    /** True when {@code word} (SEARCH-normalised) is in the lexicon of words never cut. */
    public boolean isProtected(String word) {
        return protectedWords.contains(word);
    }

    /**
     * Splits {@code word}. 1. normalise; 2. a protected word (or one with only an enclitic) stays
     * whole at the front; 3. pick the proclitics; 4. pick the enclitic of what is left.
     *
     * @throws NullPointerException if {@code word} is null
     */
    public Segmentation split(String word) {
        Objects.requireNonNull(word, "word");
        String folded = ArabicNormalizer.SEARCH.normalize(word); // 1
        String surface = folded.length() == word.length() ? word : folded;
        boolean tehMarbuta = !surface.isEmpty() && surface.charAt(surface.length() - 1) == TEH_MARBUTA;
        char[] w = folded.toCharArray();
        int reading = procliticReading(w, w.length); // 2, 3
        int front = reading < 0 ? 0 : readings.get(reading).length();
        int enclitic = encliticLength(w, front, w.length - front, tehMarbuta); // 4
        List<String> parts = reading < 0 ? List.of() : readings.get(reading).parts();
        String rest = surface.substring(front);
        if (enclitic == 0) return new Segmentation(parts, rest, List.of());
        String base = rest.substring(0, rest.length() - enclitic);
        if (restoresTehMarbuta(base.length(), base.isEmpty() ? 0 : base.charAt(base.length() - 1))) {
            base = base.substring(0, base.length() - 1) + TEH_MARBUTA;
        }
        return new Segmentation(parts, base, List.of(rest.substring(rest.length() - enclitic)));
    }

    /**
     * Index of the proclitic reading for {@code word[0, length)} (SEARCH form), or -1 for none. A
     * protected word, or a protected word plus an enclitic, has none.
     */
    int procliticReading(char[] word, int length) {
        if (length < 2) return -1;
        int first = word[0] - FIRST_ARABIC;
        if (first < 0 || first >= readingsByFirstLetter.length || readingsByFirstLetter[first].length == 0) return -1;
        if (protectedWords.contains(word, 0, length)) return -1;
        int enclitic = encliticOf(word, 0, length);
        if (enclitic > 0 && protectedWords.contains(word, 0, length - enclitic)) return -1;
        int longestValid = -1;
        for (int r : readingsByFirstLetter[first]) {
            ProcliticReading p = readings.get(r);
            if (!p.fits(word, length)) continue;
            if (protectedWords.contains(word, p.length(), length - p.length())) return r;
            if (p.needsKnownBase() && isPossessedNoun(word, p.length(), length - p.length())) return r;
            if (longestValid < 0 && !p.needsKnownBase() && !p.isNominalFuture(word, length)) longestValid = r;
        }
        return longestValid;
    }

    /**
     * Issue 14: whether {@code word[offset, offset + length)} reads as a noun with a possessive
     * enclitic (مدرستهم، كتابها، سيارتهم), before which a bare preposition is split (بمدرستهم →
     * ب + مدرسة + هم): a noun that carries a possessive cannot carry the article, so a preposition
     * is written straight onto it. The noun must be a protected word (كتاب، سيارة, with ت read as
     * ة) or begin with the م of the noun patterns (مفعل، مفعلة: مدرسة، مكتب), keep {@link
     * #MIN_POSSESSED_NOUN} letters and carry a two- or three-letter possessive; other letters after ب ك ل too often belong to the word
     * (برلمانهم، لاعبيهم).
     */
    private boolean isPossessedNoun(char[] word, int offset, int length) {
        int enclitic = encliticOf(word, offset, length);
        if (enclitic == 0 || word[offset + length - 1] == YEH) return false;
        int base = length - enclitic;
        if (protectedWords.contains(word, offset, base)) return true;
        char last = word[offset + base - 1];
        if (restoresTehMarbuta(base, last) && protectedWords.containsWithLast(word, offset, base, HEH)) return true;
        return word[offset] == MEEM
                && base >= MIN_POSSESSED_NOUN
                && enclitic > 1; // a final ه is often the word's: بمتنزه
    }

    /** Fewest letters of an unlisted م-noun before its possessive (مدرست، مكتب). */
    static final int MIN_POSSESSED_NOUN = 4;

    /** Start of the block of letters that proclitics begin with (ا … ي). */
    private static final char FIRST_ARABIC = '\u0600';

    private static int[][] indexByFirstLetter(List<ProcliticReading> readings) {
        int[][] index = new int[0x100][];
        for (int c = 0; c < index.length; c++) {
            char letter = (char) (FIRST_ARABIC + c);
            index[c] = java.util.stream.IntStream.range(0, readings.size())
                    .filter(r -> readings.get(r).written()[0] == letter)
                    .toArray();
        }
        return index;
    }

    /**
     * Length of the proclitics (و ف ب ك ل ال لل س, by the same checks as {@link #split}) at the start
     * of {@code word[0, length)}, which must be in SEARCH form; 0 when none. Allocates nothing.
     */
    public int procliticLength(char[] word, int length) {
        return procliticLength(procliticReading(word, length));
    }

    /** Length of the written proclitics of reading {@code r}. */
    int procliticLength(int reading) {
        return reading < 0 ? 0 : readings.get(reading).length();
    }

    /**
     * Length of the enclitic (ه ها هم هما هن ك كم نا ي, by the same checks as {@link #split}) ending
     * {@code word[offset, offset + length)}, which must be in SEARCH form with its proclitics
     * already off ({@link #procliticLength}); 0 when none. Allocates nothing.
     */
    public int encliticLength(char[] word, int offset, int length) {
        return encliticLength(word, offset, length, false);
    }

    /** Length of the enclitic ending {@code word[offset, offset + length)}, or 0. */
    int encliticLength(char[] word, int offset, int length, boolean writtenTehMarbuta) {
        if (writtenTehMarbuta || length < 2 || protectedWords.contains(word, offset, length)) return 0;
        return encliticOf(word, offset, length);
    }

    /** The enclitic by length checks alone, for a word already known not to be protected. */
    private static int encliticOf(char[] word, int offset, int length) {
        for (char[] enclitic : ENCLITICS) {
            int base = length - enclitic.length;
            int min = enclitic.length == 1 && enclitic[0] != HEH
                    ? MIN_BASE_BEFORE_SHORT_ENCLITIC
                    : MIN_BASE_BEFORE_LONG_ENCLITIC;
            if (base >= min && endsWith(word, offset + length, enclitic)) return enclitic.length;
        }
        return 0;
    }

    static boolean restoresTehMarbuta(int baseLength, char last) {
        return baseLength >= MIN_BASE_FOR_TEH_MARBUTA && last == TEH;
    }

    private static boolean endsWith(char[] word, int end, char[] suffix) {
        int start = end - suffix.length;
        for (int k = 0; k < suffix.length; k++) if (word[start + k] != suffix[k]) return false;
        return true;
    }

    /**
     * Removes the clitics of {@code word[0, length)} (SEARCH form) in place: the base moves to the
     * start of the buffer and its length is returned. A teh marbuta written as ت before an enclitic
     * comes back as ه (SEARCH form of ة).
     */
    public int removeClitics(char[] word, int length) {
        int front = procliticLength(procliticReading(word, length));
        int enclitic = encliticLength(word, front, length - front, false);
        int baseLength = length - front - enclitic;
        if (front > 0) System.arraycopy(word, front, word, 0, baseLength);
        if (enclitic > 0 && restoresTehMarbuta(baseLength, word[baseLength - 1])) word[baseLength - 1] = HEH;
        return baseLength;
    }

    /** One way to read the start of a word as proclitics. */
    private record ProcliticReading(
            char[] written, List<String> parts, int minBase, boolean future, boolean needsKnownBase) {

        /** Shortest base left after the article ال (الأم → ام). */
        static final int MIN_BASE_AFTER_ARTICLE = 2;

        /** Shortest base left after one-letter proclitics without the article (بلد stays whole). */
        static final int MIN_BASE_AFTER_LETTER = 3;

        /** Shortest base left after the future marker س, which needs a verb of four letters or more. */
        static final int MIN_BASE_AFTER_FUTURE = 4;

        int length() {
            return written.length;
        }

        boolean fits(char[] word, int length) {
            if (length - written.length < minBase) return false;
            for (int k = 0; k < written.length; k++) if (word[k] != written[k]) return false;
            if (!future) return true;
            char next = word[written.length]; // future س is followed by a verb prefix
            return next == YEH || next == TEH || next == NOON || next == ALEF;
        }

        /** Future س comes before verbs; a rest ending like a noun (سيارة، سياسات، سينما) is no verb. */
        boolean isNominalFuture(char[] word, int length) {
            if (!future) return false;
            char last = word[length - 1];
            boolean plural = length >= 2 && word[length - 2] == ALEF && last == TEH;
            return last == HEH || last == ALEF || last == YEH || plural;
        }

        /** Every reading, longest written form first (conjunction, preposition, article). */
        static List<ProcliticReading> all() {
            var all = new java.util.ArrayList<ProcliticReading>();
            for (String conj : new String[] {"", String.valueOf(WAW), String.valueOf(FEH)}) {
                for (String prep : new String[] {"", String.valueOf(BEH), String.valueOf(KAF), String.valueOf(LAM)}) {
                    add(all, conj, prep, false);
                    add(all, conj, prep, true);
                }
                var future = conj.isEmpty() ? List.of(String.valueOf(SEEN)) : List.of(conj, String.valueOf(SEEN));
                all.add(new ProcliticReading((conj + SEEN).toCharArray(), future, MIN_BASE_AFTER_FUTURE, true, false));
            }
            all.removeIf(p -> p.written.length == 0);
            all.sort((a, b) -> b.written.length - a.written.length);
            return List.copyOf(all);
        }

        private static void add(List<ProcliticReading> all, String conj, String prep, boolean article) {
            var parts = new java.util.ArrayList<String>();
            if (!conj.isEmpty()) parts.add(conj);
            String written;
            if (prep.equals(String.valueOf(LAM)) && article) {
                parts.add("" + LAM + LAM); // ل + ال is written لل
                written = conj + LAM + LAM;
            } else {
                if (!prep.isEmpty()) parts.add(prep);
                if (article) parts.add("" + ALEF + LAM);
                written = conj + prep + (article ? "" + ALEF + LAM : "");
            }
            int min = article ? MIN_BASE_AFTER_ARTICLE : MIN_BASE_AFTER_LETTER;
            boolean barePreposition = !prep.isEmpty() && !article;
            all.add(new ProcliticReading(written.toCharArray(), List.copyOf(parts), min, false, barePreposition));
        }
    }
}
