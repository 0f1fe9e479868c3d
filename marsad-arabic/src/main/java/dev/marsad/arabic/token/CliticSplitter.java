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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Splits proclitics (و ف ب ك ل ال لل س) and enclitics (ه ها هم هما هن ك كم نا ي) off an Arabic word
 * while leaving real words whole (والي، بلد، كتاب، فيلم، ليبيا). Three checks guard a split: the
 * base that remains has a minimum length, a small lexicon of protected words ({@code
 * protected-words.txt}) is never cut, and when one reading leaves a protected word that reading
 * wins (لليبيا → ل + ليبيا, not لل + يبيا).
 *
 * <p>Input: one word, ideally normalised ({@link ArabicNormalizer#MATCHING} or {@link
 * ArabicNormalizer#SEARCH}); anything else is normalised with SEARCH first. Thread-safe.
 */
public final class CliticSplitter {

    /** Shortest base left after the article ال (الأم → ام). */
    static final int MIN_BASE_AFTER_ARTICLE = 2;

    /** Shortest base left after one-letter proclitics without the article (بلد stays whole). */
    static final int MIN_BASE_AFTER_LETTER = 3;

    /** Shortest base left after the future marker س, which needs a verb of four letters or more. */
    static final int MIN_BASE_AFTER_FUTURE = 4;

    /** Shortest base left before a two- or three-letter enclitic (تحكم stays whole). */
    static final int MIN_BASE_BEFORE_LONG_ENCLITIC = 3;

    /** Shortest base before ك or ي, which end many words of their own (شريك، مصري). */
    static final int MIN_BASE_BEFORE_SHORT_ENCLITIC = 4;

    /** Shortest base ending in ت whose ت is a teh marbuta before the enclitic (حكومته → حكومة). */
    static final int MIN_BASE_FOR_TEH_MARBUTA = 4;

    private static final String ARTICLE = new String(new char[] {ALEF, LAM});
    private static final String HUMA = new String(new char[] {HEH, MEEM, ALEF});
    private static final String KUMA = new String(new char[] {KAF, MEEM, ALEF});
    private static final String HUM = new String(new char[] {HEH, MEEM});
    private static final String HUNNA = new String(new char[] {HEH, NOON});
    private static final String KUM = new String(new char[] {KAF, MEEM});
    private static final String HA = new String(new char[] {HEH, ALEF});
    private static final String NA = new String(new char[] {NOON, ALEF});

    /** Enclitics, longest first. */
    private static final List<String> ENCLITICS =
            List.of(HUMA, KUMA, HUM, HUNNA, KUM, HA, NA, String.valueOf(HEH), String.valueOf(KAF), String.valueOf(YEH));

    /** The splitter with Marsad's lexicon of protected words. */
    public static final CliticSplitter DEFAULT =
            new CliticSplitter(WordList.load(CliticSplitter.class, "protected-words.txt"));

    private final Set<String> protectedWords;
    private final List<Proclitics> proclitics = Proclitics.all();

    /** A splitter that never cuts the given words (normalised with SEARCH). */
    public CliticSplitter(Set<String> protectedWords) {
        this.protectedWords = Set.copyOf(protectedWords);
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
        if (folded.length() < 2 || protectedWords.contains(folded)) return Segmentation.whole(surface); // 2
        int encliticLength = encliticLength(surface, folded);
        if (encliticLength > 0 && protectedWords.contains(folded.substring(0, folded.length() - encliticLength))) {
            return withEnclitic(List.of(), surface, encliticLength);
        }
        Proclitics front = chooseProclitics(folded); // 3
        String rest = surface.substring(front.length());
        int restEnclitic = encliticLength(rest, folded.substring(front.length())); // 4
        return withEnclitic(front.parts(), rest, restEnclitic);
    }

    /**
     * The longest reading that leaves a protected word, else the longest reading that needs no
     * lexicon: a bare preposition (ب ك ل without ال) starts too many words of its own (برلمان،
     * كبير، لجنة) to be split unless what follows is a known word (بلبنان → ب + لبنان).
     */
    private Proclitics chooseProclitics(String folded) {
        Proclitics longestValid = Proclitics.NONE;
        for (Proclitics p : proclitics) {
            if (!p.fits(folded)) continue;
            String rest = folded.substring(p.length());
            if (protectedWords.contains(rest)) return p;
            if (longestValid == Proclitics.NONE && !p.needsKnownBase() && !isNominalFuture(p, rest)) longestValid = p;
        }
        return longestValid;
    }

    /** Future س comes before verbs; a rest ending like a noun (سيارة، سياسات، سينما) is no verb. */
    private static boolean isNominalFuture(Proclitics p, String rest) {
        if (p.nextLetterClass() != SEEN) return false;
        char last = rest.charAt(rest.length() - 1);
        return last == HEH || last == ALEF || last == YEH || rest.endsWith("" + ALEF + TEH);
    }

    private int encliticLength(String surface, String folded) {
        if (protectedWords.contains(folded)) return 0;
        for (String enclitic : ENCLITICS) {
            if (!folded.endsWith(enclitic)) continue;
            int base = folded.length() - enclitic.length();
            int min = enclitic.length() == 1 && enclitic.charAt(0) != HEH
                    ? MIN_BASE_BEFORE_SHORT_ENCLITIC
                    : MIN_BASE_BEFORE_LONG_ENCLITIC;
            boolean writtenTehMarbuta = surface.charAt(surface.length() - 1) == TEH_MARBUTA;
            if (base >= min && !writtenTehMarbuta) return enclitic.length();
        }
        return 0;
    }

    private static Segmentation withEnclitic(List<String> front, String rest, int encliticLength) {
        if (encliticLength == 0) return new Segmentation(front, rest, List.of());
        String base = rest.substring(0, rest.length() - encliticLength);
        if (base.length() >= MIN_BASE_FOR_TEH_MARBUTA && base.charAt(base.length() - 1) == TEH) {
            base = base.substring(0, base.length() - 1) + TEH_MARBUTA;
        }
        return new Segmentation(front, base, List.of(rest.substring(rest.length() - encliticLength)));
    }

    /** One way to read the start of a word as proclitics, with the base length it requires. */
    private record Proclitics(
            String written, List<String> parts, int minBase, char nextLetterClass, boolean needsKnownBase) {
        static final Proclitics NONE = new Proclitics("", List.of(), 0, '\0', false);

        int length() {
            return written.length();
        }

        boolean fits(String word) {
            if (!word.startsWith(written) || word.length() - written.length() < minBase) return false;
            if (nextLetterClass == '\0') return true;
            char next = word.charAt(written.length()); // future س is followed by a verb prefix
            return next == YEH || next == TEH || next == NOON || next == ALEF;
        }

        /** Every reading, longest written form first (conjunction, preposition, article). */
        static List<Proclitics> all() {
            var all = new ArrayList<Proclitics>();
            for (String conj : new String[] {"", String.valueOf(WAW), String.valueOf(FEH)}) {
                for (String prep : new String[] {"", String.valueOf(BEH), String.valueOf(KAF), String.valueOf(LAM)}) {
                    addReading(all, conj, prep, "");
                    addReading(all, conj, prep, ARTICLE);
                }
                var future = conj.isEmpty() ? List.of(String.valueOf(SEEN)) : List.of(conj, String.valueOf(SEEN));
                all.add(new Proclitics(conj + SEEN, future, MIN_BASE_AFTER_FUTURE, SEEN, false));
            }
            all.removeIf(p -> p.written.isEmpty());
            all.sort((a, b) -> b.written.length() - a.written.length());
            return List.copyOf(all);
        }

        private static void addReading(List<Proclitics> all, String conj, String prep, String article) {
            var parts = new ArrayList<String>();
            if (!conj.isEmpty()) parts.add(conj);
            String written;
            if (prep.equals(String.valueOf(LAM)) && !article.isEmpty()) {
                parts.add("" + LAM + LAM); // ل + ال is written لل
                written = conj + LAM + LAM;
            } else {
                if (!prep.isEmpty()) parts.add(prep);
                if (!article.isEmpty()) parts.add(article);
                written = conj + prep + article;
            }
            int min = article.isEmpty() ? MIN_BASE_AFTER_LETTER : MIN_BASE_AFTER_ARTICLE;
            boolean barePreposition = !prep.isEmpty() && article.isEmpty();
            all.add(new Proclitics(written, parts, min, '\0', barePreposition));
        }
    }
}
