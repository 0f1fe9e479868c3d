package dev.marsad.index;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A query for link candidates: canonical articles that have at least one of the keys, published
 * within the window when one is given, other than the excluded ids. An article's score is the
 * sum of the weights of the keys it has: a property of the article and the query alone, never of
 * index-wide statistics (no IDF, no length norms), so an article scores the same whatever else
 * the index holds and whenever its reader was refreshed. Candidates are ordered by {@link #ORDER}:
 * score, highest first, then id.
 *
 * <p>{@link #score(CandidateKeys)} is the definition; an index backend must return exactly the
 * first {@code limit} articles of that order, and a caller may evaluate the same query on
 * articles it holds in memory and merge the two.
 *
 * @param keys the keys with their weights; a key listed twice counts its weights summed
 * @param window the publication instants a candidate may have, if limited
 * @param excludedIds articles that are never candidates (the article being linked)
 * @param limit the most candidates returned, at least 1
 */
public record CandidateQuery(List<Key> keys, Optional<Window> window, Set<String> excludedIds, int limit) {

    /** The most keys one query may have (backends limit the clauses of a query). */
    public static final int MAX_KEYS = 512;
    /** The largest weight of one key; with {@link #MAX_KEYS} the sum stays exact in a float. */
    public static final int MAX_WEIGHT = 1000;

    /** Candidates in query order: higher score first, then by id. */
    public static final Comparator<Candidate> ORDER =
            Comparator.comparingInt(Candidate::score).reversed().thenComparing(Candidate::id);

    /** The kinds of key an article is searchable by. */
    public enum Field {
        /** MinHash band keys of the body ({@link IndexedArticle#fingerprint()}). */
        BAND,
        /** Topic-term keys given by the link stage ({@link LinkFeatures#terms()}). */
        TERM,
        /** Entity ids. */
        ENTITY,
        /** Tag keys. */
        TAG
    }

    /** One key and what sharing it adds to a candidate's score. */
    public record Key(Field field, String value, int weight) {
        public Key {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(value, "value");
            if (weight < 1 || weight > MAX_WEIGHT)
                throw new IllegalArgumentException(
                        "key " + field + ":" + value + ": weight " + weight + " outside 1.." + MAX_WEIGHT);
        }
    }

    /** Publication instants from {@code from} to {@code to}, both included, to the millisecond. */
    public record Window(Instant from, Instant to) {
        public Window {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (to.isBefore(from)) throw new IllegalArgumentException("window ends " + to + " before " + from);
        }

        /** Whether an instant in epoch milliseconds lies in the window. */
        public boolean contains(long epochMilli) {
            return epochMilli >= from.toEpochMilli() && epochMilli <= to.toEpochMilli();
        }
    }

    public CandidateQuery {
        keys = List.copyOf(keys);
        Objects.requireNonNull(window, "window");
        excludedIds = Set.copyOf(excludedIds);
        if (keys.size() > MAX_KEYS)
            throw new IllegalArgumentException("candidate query with " + keys.size() + " keys, at most " + MAX_KEYS);
        if (limit < 1) throw new IllegalArgumentException("candidate query limit " + limit + ", at least 1");
    }

    /** This query with more excluded ids. */
    public CandidateQuery excluding(Set<String> ids) {
        if (ids.isEmpty()) return this;
        var all = new HashSet<>(excludedIds);
        all.addAll(ids);
        return new CandidateQuery(keys, window, all, limit);
    }

    /**
     * The score of an article under this query, or empty when it is no candidate: a copy, an
     * excluded id, published outside the window, or sharing no key.
     */
    public OptionalInt score(CandidateKeys article) {
        if (!admits(article)) return OptionalInt.empty();
        int score = 0;
        boolean shares = false;
        for (Key key : keys)
            if (article.keys(key.field()).contains(key.value())) {
                score += key.weight();
                shares = true;
            }
        return shares ? OptionalInt.of(score) : OptionalInt.empty();
    }

    /**
     * Whether an article may be a candidate at all, whatever keys it shares: canonical, not
     * excluded and published within the window.
     */
    public boolean admits(CandidateKeys article) {
        return article.canonical()
                && !excludedIds.contains(article.id())
                && (window.isEmpty() || window.get().contains(article.publishedMillis()));
    }
}
