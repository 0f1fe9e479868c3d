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
 * <p>Backend-neutral: it asks only "how many articles does this text find?" and "at most how many
 * can it find?" (an estimate from the terms' document frequencies in memory, used only to drop the
 * spellings that certainly find nothing). Which spellings are counted goes by the order they are
 * made in and by the counts, never by the estimates, which differ between backends (a term only in
 * deleted documents not merged away yet is still in the frequencies): every {@link ArticleIndex}
 * gives the same suggestion for the same articles whenever each finishes within the limits. The
 * asking is bounded ({@value #MAX_COUNTS} counts of one to six words, and a time limit the caller
 * gives), so a stranger's query costs no more than a few searches; a spelling that one backend's
 * estimates keep and the other's drop costs the first one count more (it counts 0), which can
 * change the suggestion only when that count is the one past a limit.
 */
public final class QuerySuggester {

    /**
     * Counts asked for the respellings of one query at most; the count of the reader's own query and
     * the last one of the respelt query are not among them (the time limit holds for all three).
     */
    static final int MAX_COUNTS = 300;

    /**
     * Spellings of one word that find something in their query counted per step, at most: the first
     * made that do; as many splits, and as many alone when none finds anything in its query.
     */
    static final int MAX_IN_QUERY = 16;

    /** How many times the spellings still needed a batch counter is asked for ahead. */
    static final int AHEAD = 4;

    /**
     * Texts asked of a batch counter in one request at most: the time limit is checked between
     * requests, and a request cannot be cut short, so one request must stay well inside it (at about
     * 0.2–0.4 ms a text on SolrCloud, docs/benchmarks/solr-miss.md; review 7). Texts past it are asked
     * when needed, as if they had not been asked ahead.
     */
    static final int MAX_ASKED_AT_ONCE = 160;

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
     * How many articles each of several plain text queries finds, asked at once: for a backend whose
     * count is a network round trip, one request for many spellings instead of one each.
     */
    @FunctionalInterface
    public interface Counts {
        /** The counts of {@code texts}, in their order. */
        long[] of(List<String> texts);
    }

    /**
     * Thrown by a count ({@code hits} or a {@link Counts}) that the backend stopped at the respelling's
     * time limit: its partial figure is never used, and no more is counted after it.
     */
    public static final class PastLimit extends RuntimeException {
        /** A count of {@code text} stopped at the time limit. */
        public PastLimit(String text) {
            super("counting \"" + text + "\" ran past the respelling's time limit", null, false, false);
        }
    }

    /**
     * At most how many articles each of several plain text queries can find, judged from what the
     * index holds in memory (its terms' document frequencies, {@link TermPresence#upperBound}) and not
     * counted: 0 only when a text certainly finds nothing ({@link TermPresence#UNBOUNDED} when unknown).
     * A respelling is dropped by it, never ranked: the bounds differ between backends.
     */
    @FunctionalInterface
    public interface Estimates {
        /** The bounds of {@code texts}, in their order. */
        long[] of(List<String> texts);
    }

    /**
     * The respelt query, when {@code text} finds nothing, a word of it finds nothing and a respelling
     * of it makes the whole query find something, looked for within {@code within}: past it (or once a
     * count was stopped there, {@link PastLimit}) no more counts are asked, and what was found by then
     * (or nothing) is the answer. The reader's own query is counted first: when it finds something
     * nothing is estimated and nothing more counted. Each text is counted when it is needed, by {@code
     * hits} (how many articles a plain text query finds under the caller's filters); the spellings
     * {@code estimates} bound at 0 are not counted.
     */
    public static Optional<String> suggest(
            String text, ToLongFunction<String> hits, Estimates estimates, Duration within) {
        return suggest(text, new Budget(hits, Optional.empty(), estimates, System.nanoTime() + within.toNanos()));
    }

    /** What the caller already knows of the reader's own query before the respelling. */
    public enum Typed {
        /** Nothing: the respelling counts it first. */
        UNKNOWN,
        /**
         * A search of it with every word required just found nothing under the same filters (a page
         * after its miss): it is not counted again. The respelling is the one counting it would give
         * as long as the index did not change between that search and the respelling.
         */
        FINDS_NOTHING
    }

    /**
     * As {@link #suggest(String, ToLongFunction, Estimates, Duration)}, the spellings of one step asked
     * for ahead in one batch ({@code many}), for a backend whose count is a network round trip: the
     * same suggestion, in a few requests.
     */
    public static Optional<String> suggest(
            String text, ToLongFunction<String> hits, Counts many, Estimates estimates, Duration within) {
        return suggest(text, hits, many, estimates, within, Typed.UNKNOWN);
    }

    /**
     * As {@link #suggest(String, ToLongFunction, Counts, Estimates, Duration)}; {@code typed} says whether the reader's query is known to find
     * nothing already (then it is not counted: the suggestion is the same, since it would count 0, as
     * long as the index did not change since that search).
     */
    public static Optional<String> suggest(
            String text, ToLongFunction<String> hits, Counts many, Estimates estimates, Duration within, Typed typed) {
        var budget = new Budget(hits, Optional.of(many), estimates, System.nanoTime() + within.toNanos());
        return suggest(text, budget, typed);
    }

    private static Optional<String> suggest(String text, Budget budget) {
        return suggest(text, budget, Typed.UNKNOWN);
    }

    private static Optional<String> suggest(String text, Budget budget, Typed known) {
        String stripped = text.strip();
        if (stripped.isEmpty() || SYNTAX.matcher(stripped).find()) return Optional.empty();
        List<String> words = List.of(SPACES.split(stripped));
        if (words.size() > MAX_WORDS) return Optional.empty();
        String typed = String.join(" ", words);
        if (known == Typed.FINDS_NOTHING) budget.knownToFindNothing(typed);
        // the reader's query first (with a batch counter, with the words and joins, which need no
        // estimates): when it finds something, nothing else is estimated or counted
        var first = new ArrayList<String>(List.of(typed));
        first.addAll(firstCounts(words));
        if (known == Typed.FINDS_NOTHING) {
            first.addAll(leftOut(words, budget));
            first.addAll(likelyFirstRespellings(words, budget));
        }
        budget.prefetch(first);
        if (!budget.typedFindsNothing(typed)) return Optional.empty(); // finds something, or past the limit
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
            UnaryOperator<String> inQuery = inQuery(respelt, words.subList(i + 1, words.size()));
            Optional<String> best = best(word, inQuery, budget, false);
            respelt.add(best.orElse(word));
            changed |= best.isPresent();
        }
        String suggestion = String.join(" ", respelt);
        if (changed && budget.recheck(suggestion) > 0) return Optional.of(suggestion);
        return respellAWordThatFinds(words, budget);
    }

    /**
     * The counts the first step may ask for, asked at once: every word that may be respelt, and every
     * pair of neighbours joined into one word and side by side (most find nothing, which a backend with
     * estimates knows without counting).
     */
    private static List<String> firstCounts(List<String> words) {
        var texts = new ArrayList<String>(
                words.stream().filter(QuerySuggester::respellable).toList());
        for (int i = 0; i + 1 < words.size(); i++)
            if (joinable(words.get(i), words.get(i + 1))) {
                texts.add(words.get(i) + words.get(i + 1));
                texts.add(words.get(i) + " " + words.get(i + 1));
            }
        return texts;
    }

    /**
     * With a batch counter, when the reader's query of three words or more is known to find nothing:
     * the query without each word that may be respelt, asked with the first counts and never counted
     * (issue 13, p99). Every respelling of a word in its query holds all the other words, so when the
     * query without that word finds nothing, so does each of them, and a backend that knows which
     * queries lie within another's ({@code RequiredClauses} on SolrCloud) asks for none of them. On
     * the bench's misses that is most respellings of the words typed right beside a mistyped one, and
     * of words that each find something but never together. What is asked ahead does not change the
     * suggestion ({@link Budget}).
     */
    private static List<String> leftOut(List<String> words, Budget budget) {
        if (!budget.countsInBatches() || words.size() < 3) return List.of();
        var texts = new ArrayList<String>();
        for (int i = 0; i < words.size(); i++)
            if (respellable(words.get(i))) {
                var others = new ArrayList<>(words);
                others.remove(i);
                texts.add(String.join(" ", others));
            }
        return texts;
    }

    /**
     * With a batch counter, when the reader's query is known to find nothing (else a query that finds
     * something would cost estimates), the spellings the respelling will most likely count first, to be
     * asked with the first counts (issue 13, p99: one request fewer for a miss with a mistyped word,
     * several fewer for a miss of words that each find something but not together), as {@link
     * #firstFinding} would ask them first:
     *
     * <ul>
     *   <li>when a word certainly finds nothing alone (its estimate is 0), and every word before it may
     *       find something: its spellings in its query as typed (the first respelling step's);
     *   <li>when every word may find something alone (the bench's usual miss: words that each find
     *       something but not together): the spellings of the word the estimates say is rarest (a tie
     *       to the earlier), in its query as typed, which {@link #respellAWordThatFinds} asks first when
     *       the counts rank the words alike.
     * </ul>
     *
     * The guess needs no join of the words to find anything (their estimates are 0: else nothing is
     * guessed). When it does not hold, the answers are not used: what is counted, and so the
     * suggestion, does not depend on what was asked ahead. The cost: on SolrCloud, texts asked with the
     * first counts are asked before the words beside them are known to find nothing together, so none
     * of them is left unasked for that reason ({@code RequiredClauses}).
     */
    private static List<String> likelyFirstRespellings(List<String> words, Budget budget) {
        if (!budget.countsInBatches()) return List.of();
        // every estimate the guess needs at once: a backend without frequencies in memory looks the
        // terms up in one request, which the first counts then need not make again
        budget.estimate(firstCounts(words));
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (i + 1 < words.size()
                    && joinable(word, words.get(i + 1))
                    && budget.estimate(word + words.get(i + 1)) > 0) return List.of();
            if (!respellable(word) || budget.estimate(word) > 0) continue;
            return firstBatch(
                    spellingGroups(word), inQuery(words.subList(0, i), words.subList(i + 1, words.size())), budget);
        }
        List<Integer> rarest = rarestFirst(words, budget::estimate);
        return firstBatches(words, rarest.subList(0, Math.min(1, rarest.size())), budget);
    }

    /**
     * The first batch of the spellings of each word at {@code places}, in its query as typed ({@link
     * #firstBatch}), in that order.
     */
    private static List<String> firstBatches(List<String> words, List<Integer> places, Budget budget) {
        var groups = new ArrayList<List<List<String>>>();
        var inQueries = new ArrayList<UnaryOperator<String>>();
        for (int i : places) {
            groups.add(spellingGroups(words.get(i)));
            inQueries.add(inQuery(words.subList(0, i), words.subList(i + 1, words.size())));
        }
        // every word's estimates in two look-ups, not two a word: a backend without its vocabulary in
        // memory asks its term dictionaries for each look-up (review 7); mayFind then knows them all
        budget.estimate(
                groups.stream().flatMap(List::stream).flatMap(List::stream).toList());
        var mayFindAlone = new ArrayList<String>();
        for (int p = 0; p < groups.size(); p++)
            for (List<String> group : groups.get(p))
                for (String w : group)
                    if (budget.estimate(w) > 0)
                        mayFindAlone.add(inQueries.get(p).apply(w));
        budget.estimate(mayFindAlone);
        var texts = new ArrayList<String>();
        for (int p = 0; p < groups.size(); p++) texts.addAll(firstBatch(groups.get(p), inQueries.get(p), budget));
        return texts;
    }

    /** The places of the respellable words, the one that finds fewest first (a tie to the earlier). */
    private static List<Integer> rarestFirst(List<String> words, ToLongFunction<String> found) {
        return IntStream.range(0, words.size())
                .filter(i -> respellable(words.get(i)))
                .boxed()
                .sorted(Comparator.comparingLong(i -> found.applyAsLong(words.get(i))))
                .toList();
    }

    /**
     * The query with a spelling in the place between {@code before} and {@code after}, the words
     * around it.
     */
    private static UnaryOperator<String> inQuery(List<String> before, List<String> after) {
        String head = String.join(" ", before);
        String tail = String.join(" ", after);
        return w -> (head + " " + w + " " + tail).strip();
    }

    /**
     * When respelling the words that find nothing did not help, the mistyped word may be one that
     * finds something elsewhere ("داخخل" in another article): each word in turn, the rarest first,
     * is respelt in its query, and the first respelling that makes the query find something wins.
     */
    private static Optional<String> respellAWordThatFinds(List<String> words, Budget budget) {
        List<Integer> rarestFirst = rarestFirst(words, budget::count);
        for (int k = 0; k < rarestFirst.size(); k++) {
            // the rarest word alone first (most often the mistyped one, and its respellings may have
            // come with the first counts); when none of them wins, every other word's first batch at
            // once, not a request a word (issue 13, p99): unused when an earlier one's respelling wins
            if (k == 1 && budget.countsInBatches())
                budget.prefetch(firstBatches(words, rarestFirst.subList(1, rarestFirst.size()), budget));
            int i = rarestFirst.get(k);
            UnaryOperator<String> inQuery = inQuery(words.subList(0, i), words.subList(i + 1, words.size()));
            Optional<String> best = best(words.get(i), inQuery, budget, true);
            if (best.isPresent()) return best.map(inQuery);
        }
        return Optional.empty();
    }

    /**
     * The time a respelling gets on a backend whose searches have a time budget of {@code budget}: a
     * quarter of it (a backend whose counts are network round trips must not spend a second on a
     * miss). The respelling is asked apart from the search, so it has this time of its own.
     */
    public static Duration timeFor(Duration budget) {
        return budget.dividedBy(4);
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
     * The respelling of {@code word} that finds most in its query: 1. the splits and the single edits
     * that may find something in their query (by the estimates), in the order they are made; 2. of
     * each, counted in their query in that order, the first {@value #MAX_IN_QUERY} that find
     * something; a split that finds something wins (the reader's letters, only a space added), else
     * the edit that finds most; 3. when none does (and not {@code inQueryOnly}), the spelling that
     * finds most alone, a split first: a respelling of a later word may complete it.
     *
     * @param inQuery the query with a respelling in the word's place
     */
    private static Optional<String> best(
            String word, UnaryOperator<String> inQuery, Budget budget, boolean inQueryOnly) {
        List<List<String>> groups = spellingGroups(word);
        List<String> splits = groups.get(0);
        List<String> edits = groups.get(1);
        List<List<String>> counted = firstFinding(groups, inQuery, budget); // 1, 2
        List<String> splitsToCount = counted.get(0);
        List<String> editsToCount = counted.get(1);
        Optional<String> found = mostInQuery(splitsToCount, inQuery, budget)
                .map(QuerySuggester::unquoted)
                .or(() -> mostInQuery(editsToCount, inQuery, budget));
        if (found.isPresent() || inQueryOnly) return found;
        return mostAlone(splits, edits, budget).map(QuerySuggester::unquoted); // 3
    }

    private static List<String> splits(String word) {
        var splits = new ArrayList<String>();
        for (int cut = 2; cut <= word.length() - 2; cut++)
            splits.add("\"" + word.substring(0, cut) + " " + word.substring(cut) + "\"");
        return splits;
    }

    /** The single edits of a word that the normaliser does not join to it. */
    private static List<String> distinctEdits(String word) {
        String original = NORMALIZER.normalize(word);
        return edits(word).stream()
                .filter(e -> !NORMALIZER.normalize(e).equals(original))
                .toList();
    }

    private static String unquoted(String spelling) {
        return spelling.startsWith("\"") ? spelling.substring(1, spelling.length() - 1) : spelling;
    }

    /**
     * The spellings whose query may find something by the estimates (alone, then in their query), in
     * the given order: the estimates only drop, never order, since they differ between backends.
     */
    private static List<String> mayFind(List<String> spellings, UnaryOperator<String> inQuery, Budget budget) {
        // the spellings alone first: most certainly find nothing, and their queries need no estimate
        budget.estimate(spellings);
        List<String> alone =
                spellings.stream().filter(w -> budget.estimate(w) > 0).toList();
        budget.estimate(alone.stream().map(inQuery).distinct().toList());
        return alone.stream().filter(w -> budget.estimate(inQuery.apply(w)) > 0).toList();
    }

    /**
     * Of each group of spellings, those counted in their query: the ones that may find something
     * ({@link #mayFind}), in order, until {@value #MAX_IN_QUERY} of the group find something. What is
     * counted depends only on the order and the counts, so on the articles and not on the backend. A
     * batch counter is asked ahead for up to {@value #AHEAD} times as many as are still needed, all
     * groups at once (estimates bound a query of several words loosely, and most of those find
     * nothing): one request a step, mostly.
     */
    private static List<List<String>> firstFinding(
            List<List<String>> groups, UnaryOperator<String> inQuery, Budget budget) {
        List<List<String>> candidates = mayFindEach(groups, inQuery, budget);
        var counted = new ArrayList<List<String>>();
        for (int g = 0; g < groups.size(); g++) counted.add(new ArrayList<>());
        int[] finding = new int[groups.size()];
        int[] next = new int[groups.size()];
        while (true) {
            List<String> ahead = ahead(candidates, inQuery, finding, next);
            if (ahead.isEmpty()) return counted;
            budget.prefetch(ahead);
            for (int g = 0; g < groups.size(); g++) {
                List<String> all = candidates.get(g);
                int to = Math.min(all.size(), next[g] + AHEAD * (MAX_IN_QUERY - finding[g]));
                for (; next[g] < to && finding[g] < MAX_IN_QUERY; next[g]++) {
                    String spelling = all.get(next[g]);
                    counted.get(g).add(spelling);
                    if (budget.count(inQuery.apply(spelling)) > 0) finding[g]++;
                }
                if (finding[g] >= MAX_IN_QUERY) next[g] = all.size();
            }
        }
    }

    /**
     * What {@link #best} asks for first for a word whose spellings are {@code spellingGroups} ({@link
     * #spellingGroups}), in its query: the texts of {@link #firstFinding}'s first batch.
     */
    private static List<String> firstBatch(
            List<List<String>> spellingGroups, UnaryOperator<String> inQuery, Budget budget) {
        List<List<String>> candidates = mayFindEach(spellingGroups, inQuery, budget);
        return ahead(candidates, inQuery, new int[candidates.size()], new int[candidates.size()]);
    }

    /** Of each group, the spellings that may find something in their query ({@link #mayFind}). */
    private static List<List<String>> mayFindEach(
            List<List<String>> groups, UnaryOperator<String> inQuery, Budget budget) {
        return groups.stream().map(group -> mayFind(group, inQuery, budget)).toList();
    }

    /** The spellings of {@code word} that {@link #best} tries, in their groups: the splits, then the edits. */
    private static List<List<String>> spellingGroups(String word) {
        return List.of(splits(word), distinctEdits(word));
    }

    /**
     * The texts asked for ahead: of each group's candidates from {@code next}, {@value #AHEAD} times as
     * many as still need to find something ({@code finding} of {@value #MAX_IN_QUERY} do), in their query.
     */
    private static List<String> ahead(
            List<List<String>> candidates, UnaryOperator<String> inQuery, int[] finding, int[] next) {
        var ahead = new ArrayList<String>();
        for (int g = 0; g < candidates.size(); g++) {
            List<String> all = candidates.get(g);
            if (finding[g] < MAX_IN_QUERY)
                all.subList(next[g], Math.min(all.size(), next[g] + AHEAD * (MAX_IN_QUERY - finding[g])))
                        .forEach(w -> ahead.add(inQuery.apply(w)));
        }
        return ahead;
    }

    /**
     * The spelling that finds most in its query, if any finds something; a tie goes to the one that
     * finds most alone (counted only then), then to the earlier.
     */
    private static Optional<String> mostInQuery(List<String> spellings, UnaryOperator<String> inQuery, Budget budget) {
        long most = 0;
        var tied = new ArrayList<String>();
        for (String spelling : spellings) {
            long found = budget.count(inQuery.apply(spelling));
            if (found > most) {
                most = found;
                tied.clear();
            }
            if (found == most && found > 0) tied.add(spelling);
        }
        if (tied.size() < 2) return tied.stream().findFirst();
        budget.prefetch(tied);
        return mostFound(tied, budget);
    }

    /** The spelling that finds most alone (ties to the earlier), if any finds something. */
    private static Optional<String> mostFound(List<String> spellings, Budget budget) {
        String best = null;
        long most = 0;
        for (String spelling : spellings) {
            long found = budget.count(spelling);
            if (found > most) {
                best = spelling;
                most = found;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The split that finds most alone, else the edit that does: each among the first {@value
     * #MAX_IN_QUERY} that find something alone ({@link #firstFinding}).
     */
    private static Optional<String> mostAlone(List<String> splits, List<String> edits, Budget budget) {
        List<List<String>> counted = firstFinding(List.of(splits, edits), UnaryOperator.identity(), budget);
        return mostFound(counted.get(0), budget).or(() -> mostFound(counted.get(1), budget));
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
     * when used, and past the time limit one not used yet counts 0 as if it had not been asked, so the
     * suggestion does not depend on how the counts were asked for.
     */
    static final class Budget {
        private final ToLongFunction<String> hits;
        private final Optional<Counts> many;
        private final Estimates estimates;

        private final long deadline;
        /** Every estimate known. */
        private final Map<String, Long> bounds = new HashMap<>();
        /** Whether a count was stopped at the time limit ({@link PastLimit}): nothing more is counted. */
        private boolean stopped;
        /** Every count known, used or not. */
        private final Map<String, Long> answers = new HashMap<>();
        /**
         * The texts of {@link #answers} that were only asked ahead ({@link #prefetch}), not counted yet:
         * past the time limit they count 0, as they would had they not been asked ahead.
         */
        private final Set<String> aheadOnly = new HashSet<>();
        /** The texts counted against the limit so far. */
        private final Set<String> used = new HashSet<>();

        private int left = MAX_COUNTS;

        Budget(ToLongFunction<String> hits, Optional<Counts> many, Estimates estimates, long deadline) {
            this.hits = hits;
            this.many = many;
            this.estimates = estimates;
            this.deadline = deadline;
        }

        /**
         * Whether the reader's own query finds nothing, asked (or taken from a batch asked ahead)
         * outside the count limit but within the time limit: it decides whether there is anything to
         * respell at all. A count stopped at the time limit is not a "nothing".
         */
        boolean typedFindsNothing(String text) {
            return !stopped && answers.computeIfAbsent(text, this::ask) == 0 && !stopped;
        }

        /** Records that {@code text} finds nothing, as if counted, outside the count limit. */
        void knownToFindNothing(String text) {
            answers.put(text, 0L);
        }

        /**
         * The count of the respelt query, the last asked: outside the count limit, within the time
         * limit (past it, a count not known already is 0: the suggestion is never given unchecked).
         */
        long recheck(String text) {
            if (isPastTime() && aheadOnly.contains(text)) return 0;
            Long answer = answers.get(text);
            if (answer != null) return answer;
            if (isPastTime()) return 0;
            long found = ask(text);
            if (!stopped) answers.put(text, found);
            return found;
        }

        /** {@code hits} of {@code text}, or 0 (and nothing more counted) when it was stopped at the time limit. */
        private long ask(String text) {
            try {
                return hits.applyAsLong(text);
            } catch (PastLimit e) {
                stopped = true;
                return 0;
            }
        }

        private boolean isPastTime() {
            return stopped || System.nanoTime() - deadline > 0;
        }

        /** The count of {@code text} if it is known already, without asking or using the limit. */
        Optional<Long> known(String text) {
            return Optional.ofNullable(answers.get(text));
        }

        long count(String text) {
            if (used.contains(text)) return answers.get(text);
            if (left <= 0) return 0;
            // past the time limit only a text counted already keeps its count: one that was only asked
            // ahead counts 0, as it would had it not been asked ahead (the same respelling either way)
            if (isPastTime() && (aheadOnly.contains(text) || !answers.containsKey(text))) return 0;
            Long answer = answers.get(text);
            left--;
            used.add(text);
            aheadOnly.remove(text);
            if (answer == null && bounds.get(text) instanceof Long bound && bound == 0) answer = 0L; // certainly none
            if (answer != null) {
                answers.put(text, answer);
                return answer;
            }
            long found = ask(text);
            if (stopped) used.remove(text); // a partial count is not an answer
            else answers.put(text, found);
            return found;
        }

        /** Whether the counts can be asked for ahead, many at once. */
        boolean countsInBatches() {
            return many.isPresent();
        }

        /** Asks for the estimates of the texts not known yet, at once. */
        void estimate(List<String> texts) {
            List<String> asked = texts.stream()
                    .distinct()
                    .filter(t -> !bounds.containsKey(t))
                    .toList();
            if (asked.isEmpty()) return;
            if (isPastTime()) { // past the time limit nothing more is counted either
                asked.forEach(t -> bounds.put(t, 0L));
                return;
            }
            long[] found = estimates.of(asked);
            if (found.length != asked.size())
                throw new IllegalStateException(
                        "the estimates gave " + found.length + " bounds for " + asked.size() + " texts");
            for (int i = 0; i < asked.size(); i++) bounds.put(asked.get(i), found[i]);
        }

        /** At most how many articles {@code text} finds: its estimate. */
        long estimate(String text) {
            Long bound = bounds.get(text);
            if (bound == null) {
                estimate(List.of(text));
                bound = bounds.get(text);
            }
            return bound;
        }

        /** Asks the batch counter, if any, for the texts not known yet, at most twice what the limit leaves. */
        void prefetch(List<String> texts) {
            if (many.isEmpty() || left <= 0 || isPastTime()) return;
            List<String> asked = texts.stream()
                    .distinct()
                    .filter(t -> !answers.containsKey(t))
                    .filter(t -> !Long.valueOf(0).equals(bounds.get(t))) // certainly none: counted 0 unasked
                    .limit(Math.min(2L * left, MAX_ASKED_AT_ONCE))
                    .toList();
            if (asked.size() < 2) return; // one is asked as it comes
            long[] found;
            try {
                found = many.get().of(asked);
            } catch (PastLimit e) {
                stopped = true;
                return;
            }
            if (found.length != asked.size())
                throw new IllegalStateException(
                        "a batch count gave " + found.length + " counts for " + asked.size() + " texts");
            for (int i = 0; i < asked.size(); i++) {
                answers.put(asked.get(i), found[i]);
                aheadOnly.add(asked.get(i));
            }
        }
    }
}
