package dev.marsad.arabic.text;

import dev.marsad.arabic.ArabicNormalizer;
import dev.marsad.arabic.name.NameKeyBuilder;
import dev.marsad.arabic.name.NameKeyTerms;
import dev.marsad.arabic.stem.LightStemmer;
import dev.marsad.arabic.stem.StopWords;
import dev.marsad.arabic.token.ArabicTokenizer;
import dev.marsad.arabic.token.CliticSplitter;
import dev.marsad.arabic.token.ProcliticReadings;
import dev.marsad.arabic.token.Token;
import dev.marsad.arabic.token.TokenScanner;
import dev.marsad.arabic.token.TokenType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A text tokenised, normalised, stemmed and keyed once, with offsets: the one representation of a
 * title or a paragraph that the later steps of Marsad read (entities, tags, keywords, sections,
 * dates, quantities, linking, the index) instead of splitting the text again.
 *
 * <p>Tokens are those of {@link ArabicTokenizer}, addressed by their index {@code 0 ≤ i < size()}.
 * For each token it holds its offsets and {@link TokenType}, its {@link ArabicNormalizer#SEARCH}
 * form and whether that form is one of the {@link StopWords}; on first use, for all tokens at once,
 * its clitic split ({@link CliticSplitter}), its {@link LightStemmer} stem, its look-up readings
 * ({@link ProcliticReadings}) and its name-key terms ({@link NameKeyTerms}). Each of those is
 * computed once per text; the arrays hold no per-token objects beyond the strings themselves.
 *
 * <pre>{@code
 * AnalyzedText t = AnalyzedText.of("وبالمفاوضات أعلنت حكومته في كاراباخ");
 * t.size();               // 5
 * t.surface(0);           // "وبالمفاوضات", t.start(0) = 0, t.end(0) = 11, t.type(0) = ARABIC
 * t.form(1);              // "اعلنت"        (SEARCH form)
 * t.procliticLength(0);   // 4             (chars of و ب ال)
 * t.base(2);              // "حكومه"        (حكومة + ه, SEARCH form)
 * t.stem(0);              // "مفاوض"
 * t.isStopWord(3);        // true          (في)
 * t.nameKey(4);           // "KRBK"        (as قره باخ)
 * }</pre>
 *
 * <p>Immutable to its users and safe to share between threads (the parts computed on first use
 * are computed from immutable data and published through volatile fields).
 */
public final class AnalyzedText {

    private static final TokenType[] TYPES = TokenType.values();
    private static final byte ARABIC = (byte) TokenType.ARABIC.ordinal();
    private static final byte LATIN = (byte) TokenType.LATIN.ordinal();

    /** What {@link #nameKey} and {@link #joinedNameKey} give when there is no key. */
    private static final String NO_KEY = "";

    private final String text;
    private final int size;
    private final int[] starts;
    private final int[] ends;
    private final byte[] types;
    private final String[] forms;
    private final boolean[] stopWords;

    /** Per token: proclitic length at {@code 2i}, enclitic length at {@code 2i + 1}. */
    private volatile byte[] clitics;

    private volatile String[] stems;
    private volatile String[] ownKeys;
    private volatile String[] joinedKeys;
    private volatile List<String>[] readings;

    private AnalyzedText(String text, int size, int[] starts, int[] ends, byte[] types, String[] forms) {
        this.text = text;
        this.size = size;
        this.starts = starts;
        this.ends = ends;
        this.types = types;
        this.forms = forms;
        this.stopWords = new boolean[size];
        for (int i = 0; i < size; i++) stopWords[i] = !forms[i].isEmpty() && StopWords.isStopWord(forms[i]);
    }

    /**
     * Analyses {@code text}: tokens with offsets and types, their SEARCH forms and stop-word flags
     * now, everything else on first use. Any string is accepted (empty, huge, malformed).
     *
     * @throws NullPointerException if {@code text} is null
     */
    public static AnalyzedText of(String text) {
        Objects.requireNonNull(text, "text");
        char[] chars = text.toCharArray();
        var scanner = new TokenScanner(chars, chars.length);
        int capacity = chars.length / 6 + 4;
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        byte[] types = new byte[capacity];
        String[] forms = new String[capacity];
        var normalizer = new FormNormalizer();
        int n = 0;
        while (scanner.next()) {
            if (n == starts.length) {
                capacity = capacity * 2;
                starts = Arrays.copyOf(starts, capacity);
                ends = Arrays.copyOf(ends, capacity);
                types = Arrays.copyOf(types, capacity);
                forms = Arrays.copyOf(forms, capacity);
            }
            starts[n] = scanner.start();
            ends[n] = scanner.end();
            types[n] = (byte) scanner.type().ordinal();
            forms[n] = normalizer.normalize(chars, scanner.start(), scanner.end());
            n++;
        }
        return new AnalyzedText(text, n, starts, ends, types, forms);
    }

    /** The text as given. */
    public String text() {
        return text;
    }

    /** The number of tokens. */
    public int size() {
        return size;
    }

    /** Offset of token {@code i}'s first char in {@link #text()}. */
    public int start(int i) {
        return starts[checked(i)];
    }

    /** Offset after token {@code i}'s last char in {@link #text()}. */
    public int end(int i) {
        return ends[checked(i)];
    }

    /** What token {@code i} is: an Arabic word, a Latin word, a number, a hashtag… */
    public TokenType type(int i) {
        return TYPES[types[checked(i)]];
    }

    /** Token {@code i} as written: {@code text().substring(start(i), end(i))}. */
    public String surface(int i) {
        return text.substring(start(i), end(i));
    }

    /**
     * The {@link ArabicNormalizer#SEARCH} form of token {@code i}: الأُسْـبوعُ → الاسبوع, NATO → nato,
     * ٢٠٢٣ → 2023. Empty for a token of diacritics or tatweel only.
     */
    public String form(int i) {
        return forms[checked(i)];
    }

    /** Whether token {@code i}'s form is one of Marsad's {@link StopWords} (في، التي، الى…). */
    public boolean isStopWord(int i) {
        return stopWords[checked(i)];
    }

    /**
     * How many chars of {@link #form(int)} are proclitics (و ف ب ك ل ال لل س, split by {@link
     * CliticSplitter#DEFAULT}): وبالمفاوضات → 4 (و ب ال); 0 for words without them and for
     * non-Arabic tokens.
     */
    public int procliticLength(int i) {
        return clitics()[2 * checked(i)];
    }

    /** How many chars at the end of {@link #form(int)} are an enclitic (ه ها هم …): حكومته → 1. */
    public int encliticLength(int i) {
        return clitics()[2 * checked(i) + 1];
    }

    /**
     * Token {@code i}'s form without its clitics, a teh marbuta written ت before an enclitic
     * restored (as ه, the SEARCH form of ة): وبالمفاوضات → مفاوضات, حكومته → حكومه.
     */
    public String base(int i) {
        String form = form(i);
        if (procliticLength(i) == 0 && encliticLength(i) == 0) return form;
        char[] word = form.toCharArray();
        return new String(word, 0, CliticSplitter.DEFAULT.removeClitics(word, word.length));
    }

    /**
     * The {@link LightStemmer#DEFAULT} stem of an Arabic token (والمصريون → مصر), the form itself for
     * every other type (Latin words, numbers, hashtags… are not stemmed).
     */
    public String stem(int i) {
        return stems()[checked(i)];
    }

    /**
     * The readings under which token {@code i} is looked up in a word list, its form first
     * ({@link ProcliticReadings}): والرياض → [والرياض, الرياض].
     */
    public List<String> readings(int i) {
        List<String>[] all = readings;
        if (all == null) {
            all = readingsOfAll();
            readings = all;
        }
        return all[checked(i)];
    }

    /**
     * The name key of token {@code i} without its proclitics ({@code KRBK} for وكاراباخ), or ""
     * when it has none of its own: only Arabic and Latin words that are no stop words and have
     * {@link NameKeyTerms#MIN_WORD_LENGTH} letters or more get one.
     */
    public String nameKey(int i) {
        checked(i);
        if (ownKeys == null) computeNameKeys();
        return ownKeys[i];
    }

    /**
     * The name key of tokens {@code i - 1} and {@code i} joined (قره باخ → {@code KRBK}), or "" when
     * they get none: both must be Arabic or Latin words that are no stop words, one of them short
     * ({@link NameKeyTerms#isJoinable}). Always "" for token 0; see {@link #joinedNameKeyAfter}.
     */
    public String joinedNameKey(int i) {
        checked(i);
        if (joinedKeys == null) computeNameKeys();
        return joinedKeys[i];
    }

    /**
     * The joined name key of {@code previous}'s last token and this text's first token, for texts
     * indexed one after the other with nothing but white space between them (the paragraphs of one
     * body); "" when either text is empty or the pair gets no key by the rules of {@link
     * #joinedNameKey}.
     *
     * @throws NullPointerException if {@code previous} is null
     */
    public String joinedNameKeyAfter(AnalyzedText previous) {
        Objects.requireNonNull(previous, "previous");
        if (size == 0 || previous.size == 0) return NO_KEY;
        return joinedKey(previous, previous.size - 1, this, 0, new NameKeyBuilder());
    }

    /** The tokens as records (a copy; the representation itself keeps arrays). */
    public List<Token> tokens() {
        var tokens = new ArrayList<Token>(size);
        for (int i = 0; i < size; i++) tokens.add(new Token(surface(i), starts[i], ends[i], TYPES[types[i]]));
        return tokens;
    }

    @Override
    public String toString() {
        var out = new StringBuilder("AnalyzedText[");
        for (int i = 0; i < size; i++) {
            if (i > 0) out.append(' ');
            out.append(forms[i]).append('@').append(starts[i]);
        }
        return out.append(']').toString();
    }

    private int checked(int i) {
        return Objects.checkIndex(i, size);
    }

    /** Whether token {@code i} is a word the name-key rules look at: Arabic or Latin, kept by the stop list. */
    private boolean isKeyedWord(int i) {
        return (types[i] == ARABIC || types[i] == LATIN) && !forms[i].isEmpty() && !stopWords[i];
    }

    private byte[] clitics() {
        byte[] all = clitics;
        if (all == null) {
            all = new byte[2 * size];
            char[] word = new char[32];
            for (int i = 0; i < size; i++) {
                if (types[i] != ARABIC) continue; // proclitics and enclitics are Arabic letters
                String form = forms[i];
                word = charsOf(form, word);
                int front = CliticSplitter.DEFAULT.procliticLength(word, form.length());
                all[2 * i] = (byte) front;
                all[2 * i + 1] = (byte) CliticSplitter.DEFAULT.encliticLength(word, front, form.length() - front);
            }
            clitics = all;
        }
        return all;
    }

    private String[] stems() {
        String[] all = stems;
        if (all == null) {
            all = new String[size];
            char[] word = new char[32];
            for (int i = 0; i < size; i++) {
                String form = forms[i];
                if (types[i] != ARABIC) {
                    all[i] = form;
                    continue;
                }
                word = charsOf(form, word);
                int length = LightStemmer.DEFAULT.stem(word, form.length());
                all[i] = length == form.length() ? form : new String(word, 0, length); // same length: unchanged
            }
            stems = all;
        }
        return all;
    }

    @SuppressWarnings("unchecked")
    private List<String>[] readingsOfAll() {
        List<String>[] all = (List<String>[]) new List<?>[size];
        for (int i = 0; i < size; i++) all[i] = ProcliticReadings.of(forms[i]);
        return all;
    }

    private void computeNameKeys() {
        String[] own = new String[size];
        String[] joined = new String[size];
        var builder = new NameKeyBuilder();
        char[] word = new char[32];
        for (int i = 0; i < size; i++) {
            own[i] = NO_KEY;
            joined[i] = i > 0 ? joinedKey(this, i - 1, this, i, builder) : NO_KEY;
            if (!isKeyedWord(i)) continue;
            int front = procliticLength(i);
            int length = forms[i].length() - front;
            if (!NameKeyTerms.hasOwnKey(length)) continue;
            word = charsOf(forms[i], word);
            CharSequence key = builder.reset().add(word, front, length).key();
            if (NameKeyTerms.isUsable(key)) own[i] = key.toString();
        }
        joinedKeys = joined;
        ownKeys = own;
    }

    /** The joined key of token {@code i} of {@code a} followed by token {@code j} of {@code b}, or "". */
    private static String joinedKey(AnalyzedText a, int i, AnalyzedText b, int j, NameKeyBuilder builder) {
        if (!a.isKeyedWord(i) || !b.isKeyedWord(j)) return NO_KEY;
        int frontA = a.procliticLength(i);
        int frontB = b.procliticLength(j);
        String formA = a.forms[i];
        String formB = b.forms[j];
        if (!NameKeyTerms.isJoinable(formA.length() - frontA, formB.length() - frontB)) return NO_KEY;
        CharSequence key = builder.reset()
                .add(formA.substring(frontA))
                .add(formB.substring(frontB))
                .key();
        return NameKeyTerms.isUsable(key) ? key.toString() : NO_KEY;
    }

    /** {@code form}'s chars at the start of {@code buffer}, or of a bigger buffer when it is too small. */
    private static char[] charsOf(String form, char[] buffer) {
        char[] out = buffer.length >= form.length() ? buffer : new char[form.length() * 2];
        form.getChars(0, form.length(), out, 0);
        return out;
    }

    /** SEARCH-normalises token spans into reused buffers: one string per token, nothing else. */
    private static final class FormNormalizer {

        private char[] scratch = new char[64];
        private char[] expanded = new char[0];

        String normalize(char[] text, int start, int end) {
            int length = end - start;
            if (scratch.length < length) scratch = new char[length * 2];
            System.arraycopy(text, start, scratch, 0, length);
            int written = ArabicNormalizer.SEARCH.normalizeInPlace(scratch, length);
            if (written >= 0) return new String(scratch, 0, written);
            int needed = length * ArabicNormalizer.SEARCH.maxExpansion();
            if (expanded.length < needed) expanded = new char[needed];
            written = ArabicNormalizer.SEARCH.normalize(scratch, length, expanded);
            return new String(expanded, 0, written);
        }
    }
}
