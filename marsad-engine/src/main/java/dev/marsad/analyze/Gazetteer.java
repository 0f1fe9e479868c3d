package dev.marsad.analyze;

import dev.marsad.arabic.ArabicNormalizer;
import dev.marsad.arabic.name.NameKey;
import dev.marsad.arabic.name.NameKeyBuilder;
import dev.marsad.arabic.token.ProcliticReadings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The entity gazetteer: known places, organisations and people with their spellings, matched
 * through normalised text and, for names long enough, through their spelling-variant key (so an
 * unseen transliteration such as ناجورنو كاراباخ still finds ناغورنو كاراباخ).
 *
 * <p>Read from the resources {@code gazetteer-places.txt}, {@code gazetteer-organisations.txt}
 * and {@code gazetteer-people.txt}; their header comment gives the format. Immutable once built.
 */
final class Gazetteer {

    /** The resources read, in order; an earlier entry wins a name listed twice. */
    static final List<String> RESOURCES =
            List.of("gazetteer-organisations.txt", "gazetteer-people.txt", "gazetteer-places.txt");

    /**
     * Shortest name key matched by key alone. Shorter keys (بتن for بوتين) collide with common
     * words, so such names match only through their listed spellings.
     */
    private static final int MIN_KEY_LENGTH = 4;

    /**
     * Shortest key a single word matches by key alone: one-word keys collide with ordinary words
     * more often ("صباحا" shares a four-letter key with سيبيها).
     */
    private static final int MIN_SINGLE_WORD_KEY_LENGTH = 5;

    /**
     * Longest phrase matched by key: transliterated names have at most three words (ناغورنو قره
     * باخ); longer names are institutional and matched as listed. Also bounds the work per word.
     */
    private static final int MAX_KEY_WORDS = 3;

    /** Endings that inflect a masculine nisba: feminine, plurals; (normalised) ه، ون، ين، ات. */
    private static final List<String> NISBA_ENDINGS =
            List.of("", "\u0647", "\u0648\u0646", "\u064A\u0646", "\u0627\u062A");

    private static final String ARTICLE = "\u0627\u0644";
    /** Normalised endings of Arabic nouns and adjectives: ه (ة), ات, ون, ين. */
    private static final List<String> ARABIC_NOUN_ENDINGS =
            List.of("\u0647", "\u0627\u062A", "\u0648\u0646", "\u064A\u0646");

    private final Map<String, GazetteerEntry> byPhrase = new HashMap<>();
    private final Map<String, GazetteerEntry> byKey = new HashMap<>();
    private final Set<String> ambiguousKeys = new HashSet<>();
    private final Map<String, GazetteerEntry> byNisba = new HashMap<>();
    private final Map<String, GazetteerEntry> byId = new HashMap<>();

    /** For each first word of a listed name, the most words a listed name starting with it has. */
    private final Map<String, Integer> longestByFirstWord = new HashMap<>();

    private final WordList stopWords;
    private final WordList genericHeads;
    private final int maxWords;

    /**
     * Builds the indexes. Names opened by a generic head word ({@code genericHeads}: وكالة، وزارة،
     * حركة…) are matched only as listed, never by key: the key is made for transliterated names,
     * and "وكالة كيودو" shares its key with "جولة جديدة".
     */
    Gazetteer(Collection<GazetteerEntry> entries, WordList stopWords, WordList genericHeads) {
        this.stopWords = stopWords;
        this.genericHeads = genericHeads;
        int longest = 1;
        for (GazetteerEntry entry : List.copyOf(entries)) {
            byId.putIfAbsent(entry.id(), entry);
            for (String name : entry.names()) longest = Math.max(longest, index(entry, name));
            for (String nisba : entry.nisbas()) indexNisba(entry, ArabicNormalizer.SEARCH.normalize(nisba));
        }
        ambiguousKeys.forEach(byKey::remove);
        this.maxWords = longest;
    }

    /** Loads the bundled gazetteer. */
    static Gazetteer load(WordList stopWords, WordList genericHeads) {
        var entries = new ArrayList<GazetteerEntry>();
        for (String resource : RESOURCES)
            for (String line : WordList.lines(resource)) entries.add(parse(resource, line));
        return new Gazetteer(entries, stopWords, genericHeads);
    }

    /** Parses "id TYPE name|name > nisba|nisba"; fails naming the resource and line. */
    static GazetteerEntry parse(String resource, String line) {
        String[] head = line.split(" ", 3);
        if (head.length < 3) throw new IllegalArgumentException(resource + ": malformed line '" + line + "'");
        String[] parts = head[2].split(">", 2);
        Entity.Type type;
        try {
            type = Entity.Type.valueOf(head[1]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(resource + ": unknown type '" + head[1] + "' in '" + line + "'", e);
        }
        return new GazetteerEntry(head[0], type, split(parts[0]), parts.length > 1 ? split(parts[1]) : List.of());
    }

    private static List<String> split(String names) {
        return Arrays.stream(names.split("\\|"))
                .map(String::strip)
                .filter(n -> !n.isEmpty())
                .toList();
    }

    private int index(GazetteerEntry entry, String name) {
        String phrase = phrase(name);
        byPhrase.putIfAbsent(phrase, entry);
        String key = NameKey.of(phrase);
        if (key.length() >= MIN_KEY_LENGTH && !genericHeads.contains(phrase.split(" ")[0])) {
            GazetteerEntry previous = byKey.putIfAbsent(key, entry);
            if (previous != null && !previous.id().equals(entry.id())) ambiguousKeys.add(key);
        }
        String[] phraseWords = phrase.split(" ");
        longestByFirstWord.merge(phraseWords[0], phraseWords.length, Math::max);
        return phraseWords.length;
    }

    private void indexNisba(GazetteerEntry entry, String nisba) {
        for (String ending : NISBA_ENDINGS) {
            byNisba.putIfAbsent(nisba + ending, entry);
            byNisba.putIfAbsent(ARTICLE + nisba + ending, entry);
        }
    }

    /** A name as matched: normalised, words separated by single spaces. */
    static String phrase(String name) {
        return phrase(Word.of(name));
    }

    static String phrase(List<Word> words) {
        return String.join(" ", words.stream().map(Word::norm).toList());
    }

    /** The entry with this id (the first listed, for an id listed twice). */
    Optional<GazetteerEntry> entry(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The entry whose name, or name key, is this whole phrase (no clitic removal). */
    Optional<GazetteerEntry> find(String name) {
        return find(Word.of(name));
    }

    /** {@link #find(String)} for a name already split into words. */
    Optional<GazetteerEntry> find(List<Word> name) {
        String phrase = phrase(name);
        GazetteerEntry exact = byPhrase.get(phrase);
        if (exact != null) return Optional.of(exact);
        String key = NameKey.of(phrase);
        return key.length() >= MIN_KEY_LENGTH ? Optional.ofNullable(byKey.get(key)) : Optional.empty();
    }

    /** The place whose nisba adjective this normalised word is ("الأذرية" gives Azerbaijan). */
    Optional<GazetteerEntry> countryOfNisba(String word) {
        return countryOfNisba(ProcliticReadings.of(word));
    }

    /** {@link #countryOfNisba(String)} for a word of an analysed text. */
    Optional<GazetteerEntry> countryOfNisba(Word word) {
        return countryOfNisba(word.readings());
    }

    private Optional<GazetteerEntry> countryOfNisba(List<String> readings) {
        for (String reading : readings) {
            GazetteerEntry entry = byNisba.get(reading);
            if (entry != null) return Optional.of(entry);
        }
        return Optional.empty();
    }

    /**
     * The longest gazetteer name starting at word {@code i} (a leading clitic allowed on its first
     * word, no punctuation inside it), or empty.
     */
    Optional<GazetteerMatch> matchAt(List<Word> words, int i) {
        int limit = Math.min(maxWords, words.size() - i);
        var keys = new NameKeyBuilder();
        for (int n = limit; n >= 1; n--) {
            if (hasGapInside(words, i, n)) continue;
            Optional<GazetteerMatch> match = matchExactly(words, i, n, keys);
            if (match.isPresent()) return match;
        }
        return Optional.empty();
    }

    /**
     * Words {@code [i, i+n)} as one name: first through the listed spellings (every clitic reading
     * of the first word), then through the name key (the barest reading first). Key matches are
     * refused for phrases holding a stop word and for single nisba adjectives (الأذربيجانية has
     * the key of أذربيجان but is the adjective).
     */
    private Optional<GazetteerMatch> matchExactly(List<Word> words, int i, int n, NameKeyBuilder keys) {
        List<String> readings = words.get(i).readings();
        boolean listed = false;
        for (String reading : readings) listed |= mayStartListedName(reading, n);
        if (!listed && n > MAX_KEY_WORDS) return Optional.empty(); // neither listed nor matched by key
        if (listed) {
            var rest = new StringBuilder();
            for (int j = i + 1; j < i + n; j++)
                rest.append(' ').append(words.get(j).norm());
            for (String reading : readings) {
                if (!mayStartListedName(reading, n) || stopWords.contains(reading)) continue;
                GazetteerEntry entry = byPhrase.get(reading + rest);
                if (entry != null) return Optional.of(match(words, i, n, reading, entry));
            }
        }
        if (n > MAX_KEY_WORDS) return Optional.empty();
        for (int j = i + 1; j < i + n; j++) if (stopWords.contains(words.get(j).norm())) return Optional.empty();
        for (String reading : readings.reversed()) {
            if (stopWords.contains(reading) || (n == 1 && !mayBeForeignName(reading))) continue;
            CharSequence key = nameKey(keys, reading, words, i + 1, i + n);
            int minimum = n == 1 ? MIN_SINGLE_WORD_KEY_LENGTH : MIN_KEY_LENGTH;
            GazetteerEntry entry = key.length() >= minimum ? byKey.get(key.toString()) : null;
            if (entry != null) return Optional.of(match(words, i, n, reading, entry));
        }
        return Optional.empty();
    }

    /** Whether a listed name of {@code n} words or more starts with {@code reading}: a look-up that saves building the phrase. */
    private boolean mayStartListedName(String reading, int n) {
        if (reading.indexOf(' ') >= 0) return true; // a form of several words (ﷺ): look it up
        Integer longest = longestByFirstWord.get(reading);
        return longest != null && longest >= n;
    }

    /**
     * The name key of {@code first} followed by words {@code [from, to)}: {@link NameKey#of} of
     * them joined, built from their forms without splitting them again.
     */
    private static CharSequence nameKey(NameKeyBuilder keys, String first, List<Word> words, int from, int to) {
        keys.reset().add(first);
        for (int j = from; j < to; j++) keys.add(words.get(j).norm());
        return keys.key();
    }

    /**
     * Whether a single word may be matched by key: not a nisba adjective (الأذربيجانية has the key
     * of أذربيجان), and not ending like an Arabic noun or adjective (ة، ات، ون، ين): "استثنائية"
     * shares a key with إستونيا, "الخارجية" with جورجيا. Arabic place names with these endings
     * (جدة، غزة) are listed with their spelling and match exactly.
     */
    private boolean mayBeForeignName(String word) {
        if (countryOfNisba(word).isPresent()) return false;
        for (String ending : ARABIC_NOUN_ENDINGS) if (word.endsWith(ending)) return false;
        return true;
    }

    private static GazetteerMatch match(List<Word> words, int i, int n, String reading, GazetteerEntry entry) {
        Word first = words.get(i);
        int clitic = ProcliticReadings.strippedLength(first.norm(), reading);
        int start = first.start() + surfaceOffset(first.surface(), clitic);
        return new GazetteerMatch(entry, i, i + n, start, words.get(i + n - 1).end());
    }

    private static boolean hasGapInside(List<Word> words, int i, int n) {
        for (int j = i + 1; j < i + n; j++) if (!words.get(j).isJoinedToPrevious()) return true;
        return false;
    }

    /** The offset in {@code surface} after its first {@code letters} letters (marks skipped). */
    static int surfaceOffset(String surface, int letters) {
        int seen = 0;
        int k = 0;
        while (k < surface.length() && seen < letters) {
            if (Character.isLetterOrDigit(surface.charAt(k))) seen++;
            k++;
        }
        while (k < surface.length() && !Character.isLetterOrDigit(surface.charAt(k))) k++;
        return k;
    }
}
