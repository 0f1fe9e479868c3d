package dev.marsad.index;

import dev.marsad.arabic.ArabicNormalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A respelling of a query that found nothing, built from what the index holds rather than from a
 * dictionary: each word that finds nothing on its own is tried split in two ("قرهباخ" → "قره
 * باخ", kept when the two words stand side by side somewhere), joined to the next word ("كارا باخ"
 * → "كاراباخ"), and at one edit of the kinds Arabic typing and transliteration make (a letter left
 * out, two letters swapped, a letter added — a long vowel first —, a letter for its neighbour in sound: ك/ق/ج/غ,
 * ت/ط, س/ص/ث, ز/ذ/ظ, د/ض, ح/خ/ه). The spelling that finds most articles wins, and the whole
 * respelt query must find some. Spellings that normalise alike (أ/ا, ة/ه, ى/ي) are one spelling
 * already and are not tried.
 *
 * <p>Backend-neutral: it asks only "how many articles does this text find?", so every {@link
 * ArticleIndex} gives the same suggestion for the same articles. The asking is bounded ({@value
 * #MAX_COUNTS} counts of one to six words, and a time limit the caller gives), so a stranger's
 * query costs no more than a few searches.
 */
public final class QuerySuggester {

    /** Counts asked for the respellings of one query at most (and one for the respelt query). */
    static final int MAX_COUNTS = 300;

    /** Spellings that find something alone counted in their query, at most. */
    static final int MAX_IN_QUERY = 16;

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

    /**
     * Letters tried where one may have been left out, most likely first: the long vowels a
     * transliteration adds or leaves out (كاراباخ / كرباخ), then the commonest letters of Arabic
     * text.
     */
    private static final String INSERTED = "اويلمنتربهعسك";

    private static final ArabicNormalizer NORMALIZER = ArabicNormalizer.SEARCH;

    private QuerySuggester() {}

    /**
     * The respelt query, when a word of {@code text} finds nothing and a respelling of it makes the
     * whole query find something.
     *
     * @param hits how many articles a plain text query finds (under the caller's filters)
     */
    public static Optional<String> suggest(String text, ToLongFunction<String> hits) {
        return suggest(text, hits, Duration.ofDays(1));
    }

    /**
     * The respelt query, looked for within {@code within}: past it no more counts are asked, and
     * what was found by then (or nothing) is the answer.
     */
    public static Optional<String> suggest(String text, ToLongFunction<String> hits, Duration within) {
        return suggest(text, new Budget(hits, Optional.empty(), System.nanoTime() + within.toNanos()));
    }

    /**
     * How many articles each of several plain text queries finds, asked at once: for a backend whose
     * count is a network round trip, one request for many spellings instead of one each.
     */
    @FunctionalInterface
    public interface Counts {
        /** The counts of {@code texts}, in their order. */
        long[] of(List<String> texts);
    }

    /**
     * As {@link #suggest(String, ToLongFunction, Duration)}, the spellings of one step asked for in
     * one batch ({@code many}); the same suggestion, in a few requests instead of up to {@value
     * #MAX_COUNTS}.
     */
    public static Optional<String> suggest(String text, ToLongFunction<String> hits, Counts many, Duration within) {
        return suggest(text, new Budget(hits, Optional.of(many), System.nanoTime() + within.toNanos()));
    }

    private static Optional<String> suggest(String text, Budget budget) {
        ToLongFunction<String> hits = budget.hits;
        String stripped = text.strip();
        if (stripped.isEmpty() || SYNTAX.matcher(stripped).find()) return Optional.empty();
        List<String> words = List.of(SPACES.split(stripped));
        if (words.size() > MAX_WORDS) return Optional.empty();
        budget.knownToFindNothing(String.join(" ", words));
        budget.prefetch(words.stream().filter(QuerySuggester::respellable).toList());
        var respelt = new ArrayList<String>();
        boolean changed = false;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String next = i + 1 < words.size() ? words.get(i + 1) : null;
            boolean found = !respellable(word) || budget.count(word) > 0;
            // a word typed with a space inside ("الحكو مة"): its halves may each find something or be
            // too short to respell, so the join is tried whenever a half is short or finds nothing
            if (next != null && (!found || shortWord(word) || shortWord(next)) && joinable(word, next)) {
                long joined = budget.count(word + next);
                if (joined > 0 && (!found || joined >= budget.count(word + " " + next))) {
                    respelt.add(word + next);
                    i++;
                    changed = true;
                    continue;
                }
            }
            if (found) {
                respelt.add(word);
                continue;
            }
            // a respelling is judged in its query: the respelt words before it, the reader's after it
            String before = String.join(" ", respelt);
            String after = String.join(" ", words.subList(i + 1, words.size()));
            UnaryOperator<String> inQuery = w -> (before + " " + w + " " + after).strip();
            Optional<String> best = best(word, inQuery, budget, false);
            respelt.add(best.orElse(word));
            changed |= best.isPresent();
        }
        String suggestion = String.join(" ", respelt);
        if (changed && budget.known(suggestion).orElseGet(() -> hits.applyAsLong(suggestion)) > 0)
            return Optional.of(suggestion);
        return respellAWordThatFinds(words, budget);
    }

    /**
     * When respelling the words that find nothing did not help, the mistyped word may be one that
     * finds something elsewhere ("داخخل" in another article): each word in turn, the rarest first,
     * is respelt in its query, and the first respelling that makes the query find something wins.
     */
    private static Optional<String> respellAWordThatFinds(List<String> words, Budget budget) {
        List<Integer> rarestFirst = IntStream.range(0, words.size())
                .filter(i -> respellable(words.get(i)))
                .boxed()
                .sorted(Comparator.comparingLong(i -> budget.count(words.get(i))))
                .toList();
        for (int i : rarestFirst) {
            String before = String.join(" ", words.subList(0, i));
            String after = String.join(" ", words.subList(i + 1, words.size()));
            UnaryOperator<String> inQuery = w -> (before + " " + w + " " + after).strip();
            Optional<String> best = best(words.get(i), inQuery, budget, true);
            if (best.isPresent()) return best.map(inQuery);
        }
        return Optional.empty();
    }

    /**
     * The time a suggestion gets after a search that started at {@code startedNanos} with a time
     * budget of {@code budget}: what is left of it, but at least a tenth and at most a quarter of it
     * (a backend whose counts are network round trips must not spend a second on a miss).
     */
    public static Duration timeFor(Duration budget, long startedNanos) {
        Duration left = budget.minusNanos(System.nanoTime() - startedNanos);
        Duration least = budget.dividedBy(10);
        Duration most = budget.dividedBy(4);
        return left.compareTo(least) < 0 ? least : left.compareTo(most) > 0 ? most : left;
    }

    private static boolean respellable(String word) {
        int length = word.codePointCount(0, word.length());
        return length >= MIN_WORD_CHARS
                && length <= MAX_WORD_CHARS
                && word.chars().allMatch(Character::isLetter);
    }

    private static boolean shortWord(String word) {
        return word.codePointCount(0, word.length()) < MIN_WORD_CHARS;
    }

    private static boolean joinable(String word, String next) {
        String joined = word + next;
        return joined.codePointCount(0, joined.length()) <= MAX_WORD_CHARS
                && joined.chars().allMatch(Character::isLetter);
    }

    /**
     * The respelling of {@code word} that finds most in its query: a split when one finds anything
     * (the reader's letters, only a space added), else the best single edit. Each spelling is first
     * counted alone (one word: cheap); only the few that find anything alone, most first, are
     * counted in the query; when none finds anything there, the one that finds most alone (unless
     * {@code inQueryOnly}).
     *
     * @param inQuery the query with a respelling in the word's place
     */
    private static Optional<String> best(
            String word, UnaryOperator<String> inQuery, Budget budget, boolean inQueryOnly) {
        var splits = new ArrayList<String>();
        for (int cut = 2; cut <= word.length() - 2; cut++)
            splits.add("\"" + word.substring(0, cut) + " " + word.substring(cut) + "\"");
        Optional<String> split = bestOf(splits, inQuery, budget, inQueryOnly);
        if (split.isPresent()) return split.map(phrase -> phrase.substring(1, phrase.length() - 1));
        String original = NORMALIZER.normalize(word);
        List<String> edits = edits(word).stream()
                .filter(e -> !NORMALIZER.normalize(e).equals(original))
                .toList();
        return bestOf(edits, inQuery, budget, inQueryOnly);
    }

    private static Optional<String> bestOf(
            List<String> spellings, UnaryOperator<String> inQuery, Budget budget, boolean inQueryOnly) {
        var alone = new ArrayList<Map.Entry<String, Long>>();
        // with a batch counter, each spelling in its query is asked for with it, before the few that find
        // something alone are known: one request for the step instead of two (the answers are the same,
        // only texts that are used count against the limit)
        var asked = new ArrayList<>(spellings);
        spellings.forEach(w -> asked.add(inQuery.apply(w)));
        budget.prefetch(asked);
        for (String spelling : spellings) {
            long found = budget.count(spelling);
            if (found > 0) alone.add(Map.entry(spelling, found));
        }
        if (alone.isEmpty()) return Optional.empty();
        alone.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        String best = null;
        long most = 0;
        List<Map.Entry<String, Long>> tried = alone.subList(0, Math.min(alone.size(), MAX_IN_QUERY));
        budget.prefetch(tried.stream().map(c -> inQuery.apply(c.getKey())).toList());
        for (Map.Entry<String, Long> candidate : tried) {
            long found = budget.count(inQuery.apply(candidate.getKey()));
            if (found > most) {
                best = candidate.getKey();
                most = found;
            }
        }
        if (best != null || inQueryOnly) return Optional.ofNullable(best);
        return Optional.of(alone.getFirst().getKey());
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
        for (int i = 0; i <= n; i++)
            for (char letter : INSERTED.toCharArray()) edits.add(word.substring(0, i) + letter + word.substring(i));
        edits.remove(word);
        edits.removeIf(e -> e.length() < MIN_WORD_CHARS);
        return edits;
    }

    /**
     * The counts asked for, each text once, at most {@value #MAX_COUNTS} and until a deadline; past
     * either every new text counts 0. With a batch counter, texts are asked for ahead, in batches
     * ({@link #prefetch}): those answers wait in {@link #answers} and count against the limit only
     * when used, so the suggestion does not depend on how the counts were asked for.
     */
    private static final class Budget {
        private final ToLongFunction<String> hits;
        private final Optional<Counts> many;
        private final long deadline;
        /** Every count known, used or not. */
        private final Map<String, Long> answers = new HashMap<>();
        /** The texts counted against the limit so far. */
        private final Set<String> used = new HashSet<>();

        private int left = MAX_COUNTS;

        Budget(ToLongFunction<String> hits, Optional<Counts> many, long deadline) {
            this.hits = hits;
            this.many = many;
            this.deadline = deadline;
        }

        /** Notes the count of the reader's own query, which the search has just given: 0. */
        void knownToFindNothing(String text) {
            answers.put(text, 0L);
        }

        /** The count of {@code text} if it is known already, without asking or using the limit. */
        Optional<Long> known(String text) {
            return Optional.ofNullable(answers.get(text));
        }

        long count(String text) {
            if (used.contains(text)) return answers.get(text);
            if (left <= 0) return 0;
            Long answer = answers.get(text);
            if (answer == null && System.nanoTime() - deadline > 0) return 0; // an answer at hand is still used
            left--;
            used.add(text);
            if (answer != null) return answer;
            long found = hits.applyAsLong(text);
            answers.put(text, found);
            return found;
        }

        /** Asks the batch counter, if any, for the texts not known yet, at most twice what the limit leaves. */
        void prefetch(List<String> texts) {
            if (many.isEmpty() || left <= 0 || System.nanoTime() - deadline > 0) return;
            List<String> asked = texts.stream()
                    .distinct()
                    .filter(t -> !answers.containsKey(t))
                    .limit(2L * left)
                    .toList();
            if (asked.size() < 2) return; // one is asked as it comes
            long[] found = many.get().of(asked);
            if (found.length != asked.size())
                throw new IllegalStateException(
                        "a batch count gave " + found.length + " counts for " + asked.size() + " texts");
            for (int i = 0; i < asked.size(); i++) answers.put(asked.get(i), found[i]);
        }
    }
}
