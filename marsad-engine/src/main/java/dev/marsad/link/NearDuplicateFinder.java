package dev.marsad.link;

import dev.marsad.index.CandidateQuery;
import dev.marsad.index.IndexedArticle;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the canonical article that a new article copies: candidates share an LSH band key with it
 * or are the most similar by topic, and a candidate is a copy when their texts are near-duplicates
 * by {@link CopyOverlap}: most of the shorter found in order in the longer, the shared part holding
 * the beginning of one of them, and the shorter most of the longer or its beginning.
 */
final class NearDuplicateFinder {

    /** Candidates read per article by band keys. */
    static final int CANDIDATES = 20;
    /** The most topic-similar articles that are also checked as originals. */
    static final int SIMILAR_CANDIDATES = 5;
    /** What one shared band key adds to a candidate's score: candidates sharing more keys come first. */
    private static final int BAND_WEIGHT = 1;

    private NearDuplicateFinder() {}

    /**
     * Share of either text found in the other at or above which a candidate that is not a
     * near-duplicate is still close enough that its copies are compared too: a copy of it may be
     * the new article's near-duplicate (it cut what the new article kept).
     */
    static final double CLOSE_SHARE = 0.5;

    /**
     * What comparing a new article with its candidates found.
     *
     * @param copies the candidates it nearly duplicates, closest first
     * @param close the other candidates that share much of its text, whose copies may duplicate it
     */
    record Comparison(List<Match> copies, List<String> close) {}

    /** A copy found, with how the new article's text overlaps the original's. */
    record Match(CandidateProfile original, CopyOverlap overlap) {

        /** How much of both texts is shared: of two near-duplicates, the closer wins. */
        double closeness() {
            return overlap.sharedOfA() + overlap.sharedOfB();
        }
    }

    /**
     * How far apart in publication two copies may be: republishers copy within days, and a band
     * query over the whole archive grows with it (the linking thread's cost rose 1.17 times from
     * 10k to 100k articles before this bound).
     */
    static final Duration COPY_WINDOW = Duration.ofDays(30);

    /** The query for canonical articles sharing a band key with this one, published within {@link #COPY_WINDOW} of it. */
    static CandidateQuery query(IndexedArticle article, Instant published) {
        List<CandidateQuery.Key> keys = article.fingerprint().stream()
                .distinct()
                .map(k -> new CandidateQuery.Key(CandidateQuery.Field.BAND, k, BAND_WEIGHT))
                .toList();
        var window = new CandidateQuery.Window(published.minus(COPY_WINDOW), published.plus(COPY_WINDOW));
        return new CandidateQuery(keys, Optional.of(window), Set.of(article.id()), CANDIDATES);
    }

    /**
     * The canonical articles this one is a near-duplicate of, closest first (the first of equals
     * first), and those close to it; the article itself is never its own copy. Candidates are those sharing a band key
     * (close copies), then the most similar by topic (cut and reworded copies, whose shingles
     * differ too much for the bands to catch).
     */
    static Comparison findCopies(
            String articleId,
            LinkProfile profile,
            List<CandidateProfile> sharingBands,
            List<CandidateProfile> similar) {
        var candidates = new LinkedHashMap<String, CandidateProfile>();
        for (CandidateProfile c : sharingBands) candidates.put(c.id(), c);
        for (CandidateProfile c : similar.subList(0, Math.min(SIMILAR_CANDIDATES, similar.size())))
            candidates.putIfAbsent(c.id(), c);
        var matches = new ArrayList<Match>();
        var close = new ArrayList<String>();
        for (CandidateProfile candidate : candidates.values()) {
            if (candidate.id().equals(articleId)) continue;
            var match = new Match(candidate, CopyOverlap.of(profile.text, candidate.profile().text));
            if (match.overlap().isNearDuplicate()) matches.add(match);
            else if (Math.max(match.overlap().sharedOfA(), match.overlap().sharedOfB()) >= CLOSE_SHARE)
                close.add(candidate.id());
        }
        matches.sort(Comparator.comparingDouble(Match::closeness).reversed());
        return new Comparison(matches, close);
    }
}
