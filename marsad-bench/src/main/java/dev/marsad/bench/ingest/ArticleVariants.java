package dev.marsad.bench.ingest;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * More articles than the corpus has, made from it deterministically: pass {@code p} (1, 2, …) gives
 * every article again, dated {@code p} corpus spans later, under a new id, with about {@value
 * #SUBSTITUTED_PERCENT} % of its distinct content words replaced by other words of the corpus.
 *
 * <p>The replacement depends only on the pass and the word, never on the article: a copy stays a
 * copy of its original, articles of one story keep the words they shared, and the growing index
 * meets partly new text and new terms rather than exact repeats. A word is replaced by one of
 * about the same frequency (within a tenth of its rank), so that the vocabulary keeps the corpus's
 * shape; the {@value #PROTECTED_RANKS} most frequent words (particles, pronouns) are kept.
 */
final class ArticleVariants {

    /** Share of distinct content words that a pass replaces, in percent. */
    static final int SUBSTITUTED_PERCENT = 15;

    /** The most frequent words, left as they are: function words carry no topic. */
    static final int PROTECTED_RANKS = 200;

    /** How far from its rank a replacement may be, as a fraction of the rank. */
    private static final int RANK_SPREAD_DIVISOR = 10;

    private static final char HAMZA = '\u0621';
    private static final char YEH = '\u064A';

    /** A word: a run of at least three Arabic letters (hamza to yeh, no diacritics). */
    private static final Pattern WORD = Pattern.compile("[" + HAMZA + "-" + YEH + "]{3,}");

    private final List<String> byRank;
    private final Map<String, Integer> rank;
    private final Duration span;

    /** The vocabulary of the corpus ranked by frequency, and the time the corpus spans. */
    ArticleVariants(List<SnnArticle> corpus) {
        Map<String, int[]> counts = new HashMap<>();
        for (SnnArticle a : corpus) {
            count(a.title(), counts);
            count(a.content(), counts);
        }
        List<String> words = new ArrayList<>(counts.keySet());
        words.sort(Comparator.comparingInt((String w) -> -counts.get(w)[0]).thenComparing(Comparator.naturalOrder()));
        this.byRank = List.copyOf(words);
        this.rank = new HashMap<>();
        for (int i = 0; i < byRank.size(); i++) rank.put(byRank.get(i), i);
        LocalDateTime first = corpus.stream()
                .map(SnnArticle::extracted)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        LocalDateTime last = corpus.stream()
                .map(SnnArticle::extracted)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        this.span = Duration.between(first, last).plusDays(1);
    }

    /** The article as pass {@code pass} gives it; pass 0 is the article itself. */
    SnnArticle variant(SnnArticle article, int pass) {
        if (pass == 0) return article;
        return new SnnArticle(
                article.id() + "-" + pass,
                article.outlet(),
                article.extracted().plus(span.multipliedBy(pass)),
                substitute(article.title(), pass),
                article.author(),
                substitute(article.content(), pass),
                article.section());
    }

    private String substitute(String text, int pass) {
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(replacement(m.group(), pass)));
        m.appendTail(out);
        return out.toString();
    }

    private String replacement(String word, int pass) {
        Integer r = rank.get(word);
        if (r == null || r < PROTECTED_RANKS) return word;
        long h = mix(pass * 0x9E3779B97F4A7C15L ^ word.hashCode());
        if (Math.floorMod(h, 100) >= SUBSTITUTED_PERCENT) return word;
        int spread = Math.max(1, r / RANK_SPREAD_DIVISOR);
        int offset = (int) Math.floorMod(h >>> 8, 2L * spread + 1) - spread;
        int target = Math.clamp(r + (offset == 0 ? 1 : offset), PROTECTED_RANKS, byRank.size() - 1);
        return byRank.get(target);
    }

    private static void count(String text, Map<String, int[]> counts) {
        Matcher m = WORD.matcher(text);
        while (m.find()) counts.computeIfAbsent(m.group(), w -> new int[1])[0]++;
    }

    /** SplitMix64's finaliser: a well-spread 64-bit hash of {@code x}, the same on every JVM. */
    private static long mix(long x) {
        long z = x;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
