package dev.marsad.index;

import dev.marsad.arabic.ArabicNormalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.regex.Pattern;

/**
 * A respelling of a query that found nothing, built from what the index holds rather than from a
 * dictionary: each word that finds nothing on its own is tried split in two ("قرهباخ" → "قره
 * باخ", kept when the two words stand side by side somewhere), joined to the next word ("كارا باخ"
 * → "كاراباخ"), and at one edit of the kinds Arabic typing and transliteration make (a letter left
 * out, two letters swapped, a long vowel added, a letter for its neighbour in sound: ك/ق/ج/غ,
 * ت/ط, س/ص/ث, ز/ذ/ظ, د/ض, ح/خ/ه). The spelling that finds most articles wins, and the whole
 * respelt query must find some. Spellings that normalise alike (أ/ا, ة/ه, ى/ي) are one spelling
 * already and are not tried.
 *
 * <p>Backend-neutral: it asks only "how many articles does this text find?", so every {@link
 * ArticleIndex} gives the same suggestion for the same articles. The asking is bounded ({@value
 * #MAX_COUNTS} counts), so a stranger's long query costs no more than a few searches.
 */
public final class QuerySuggester {

    /** Counts asked for the respellings of one query at most (and one for the respelt query). */
    static final int MAX_COUNTS = 150;

    /** A query of more words gets no suggestion: it is not a mistyped name. */
    static final int MAX_WORDS = 6;

    /** Words shorter than this are not respelt (particles, initials); longer ones neither. */
    static final int MIN_WORD_CHARS = 3;

    static final int MAX_WORD_CHARS = 24;

    /** Query syntax: a query that uses it is the reader's own construction, left alone. */
    private static final Pattern SYNTAX = Pattern.compile("[\"|+()*~«»“”]|(^|\\s)-");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Letters a reader writes for one another (by sound or transliteration), each group in turn. */
    private static final String[] NEIGHBOURS = {"كقجغ", "تط", "سصث", "زذظ", "دض", "حخه"};

    /** Long vowels a transliteration adds or leaves out (كاراباخ / كرباخ). */
    private static final String LONG_VOWELS = "اوي";

    private static final ArabicNormalizer NORMALIZER = ArabicNormalizer.SEARCH;

    private QuerySuggester() {}

    /**
     * The respelt query, when a word of {@code text} finds nothing and a respelling of it makes the
     * whole query find something.
     *
     * @param hits how many articles a plain text query finds (under the caller's filters)
     */
    public static Optional<String> suggest(String text, ToLongFunction<String> hits) {
        String stripped = text.strip();
        if (stripped.isEmpty() || SYNTAX.matcher(stripped).find()) return Optional.empty();
        List<String> words = List.of(SPACES.split(stripped));
        if (words.size() > MAX_WORDS) return Optional.empty();
        var budget = new Budget(hits);
        var respelt = new ArrayList<String>();
        boolean changed = false;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!respellable(word) || budget.count(word) > 0) {
                respelt.add(word);
                continue;
            }
            String next = i + 1 < words.size() ? words.get(i + 1) : null;
            Choice best = best(word, next, budget);
            if (best == null) {
                respelt.add(word);
                continue;
            }
            respelt.add(best.text());
            if (best.joinsNext()) i++;
            changed = true;
        }
        if (!changed) return Optional.empty();
        String suggestion = String.join(" ", respelt);
        return hits.applyAsLong(suggestion) > 0 ? Optional.of(suggestion) : Optional.empty();
    }

    private static boolean respellable(String word) {
        int length = word.codePointCount(0, word.length());
        return length >= MIN_WORD_CHARS
                && length <= MAX_WORD_CHARS
                && word.chars().allMatch(Character::isLetter);
    }

    /** A respelling and whether it took the next word in. */
    private record Choice(String text, boolean joinsNext, long hits) {}

    /**
     * The respelling of {@code word} that finds most: a split or a join when one finds anything
     * (the reader's letters, only the space moved), else the best single edit.
     */
    private static Choice best(String word, String next, Budget budget) {
        Choice best = null;
        for (int cut = 2; cut <= word.length() - 2; cut++) {
            String a = word.substring(0, cut);
            String b = word.substring(cut);
            best = better(best, new Choice(a + " " + b, false, budget.count("\"" + a + " " + b + "\"")));
        }
        if (next != null && respellable(word + next))
            best = better(best, new Choice(word + next, true, budget.count(word + next)));
        if (best != null) return best;
        String original = NORMALIZER.normalize(word);
        for (String edit : edits(word)) {
            if (NORMALIZER.normalize(edit).equals(original)) continue;
            best = better(best, new Choice(edit, false, budget.count(edit)));
        }
        return best;
    }

    private static Choice better(Choice best, Choice candidate) {
        if (candidate.hits() <= 0) return best;
        return best == null || candidate.hits() > best.hits() ? candidate : best;
    }

    /** The spellings one edit away, most likely kinds first, without repeats. */
    static Set<String> edits(String word) {
        var edits = new LinkedHashSet<String>();
        int n = word.length();
        for (int i = 0; i < n; i++) edits.add(word.substring(0, i) + word.substring(i + 1));
        for (int i = 0; i + 1 < n; i++)
            edits.add(word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2));
        for (int i = 0; i < n; i++)
            for (String group : NEIGHBOURS)
                if (group.indexOf(word.charAt(i)) >= 0)
                    for (char other : group.toCharArray())
                        if (other != word.charAt(i)) edits.add(word.substring(0, i) + other + word.substring(i + 1));
        for (int i = 1; i < n; i++)
            for (char vowel : LONG_VOWELS.toCharArray()) edits.add(word.substring(0, i) + vowel + word.substring(i));
        edits.remove(word);
        edits.removeIf(e -> e.length() < MIN_WORD_CHARS);
        return edits;
    }

    /** The counts asked for, at most {@value #MAX_COUNTS}; past that every count is 0. */
    private static final class Budget {
        private final ToLongFunction<String> hits;
        private int left = MAX_COUNTS;

        Budget(ToLongFunction<String> hits) {
            this.hits = hits;
        }

        long count(String text) {
            if (left <= 0) return 0;
            left--;
            return hits.applyAsLong(text);
        }
    }
}
