package dev.marsad.link;

import dev.marsad.index.CandidateQuery;
import dev.marsad.index.IndexedArticle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the canonical article that a new article copies: candidates share an LSH band key with it,
 * and a candidate is a copy when their shingle sets are close (a republished article with a new
 * headline) or one nearly contains the other (a copy that dropped or added a paragraph).
 */
final class NearDuplicateFinder {

    /** Jaccard similarity of body shingles at or above which two articles are copies. */
    static final double MIN_JACCARD = 0.5;
    /** Share of the shorter body found in the longer one at or above which it is a cut copy. */
    static final double MIN_CONTAINMENT = 0.8;
    /** A cut copy must still hold this many shingles, so a one-line brief is not a "copy" of a long report. */
    static final int MIN_CONTAINED_SHINGLES = 25;
    /** Candidates read per article by band keys. */
    static final int CANDIDATES = 20;
    /** The most topic-similar articles that are also checked as originals. */
    static final int SIMILAR_CANDIDATES = 5;
    /** What one shared band key adds to a candidate's score: candidates sharing more keys come first. */
    private static final int BAND_WEIGHT = 1;

    private NearDuplicateFinder() {}

    /** A copy found, with how similar the two bodies are. */
    record Match(CandidateProfile original, double jaccard, double containment) {}

    /** The query for canonical articles sharing a band key with this one, any time. */
    static CandidateQuery query(IndexedArticle article) {
        List<CandidateQuery.Key> keys = article.fingerprint().stream()
                .distinct()
                .map(k -> new CandidateQuery.Key(CandidateQuery.Field.BAND, k, BAND_WEIGHT))
                .toList();
        return new CandidateQuery(keys, Optional.empty(), Set.of(article.id()), CANDIDATES);
    }

    /**
     * The best canonical article this one copies, if any; the article itself is never its own copy.
     * Candidates are those sharing a band key (close copies), then the most similar by topic (cut
     * copies, whose Jaccard similarity is too low for the bands to catch); the first of equals wins.
     */
    static Optional<Match> findOriginal(
            String articleId,
            LinkProfile profile,
            List<CandidateProfile> sharingBands,
            List<CandidateProfile> similar) {
        var candidates = new LinkedHashMap<String, CandidateProfile>();
        for (CandidateProfile c : sharingBands) candidates.put(c.id(), c);
        for (CandidateProfile c : similar.subList(0, Math.min(SIMILAR_CANDIDATES, similar.size())))
            candidates.putIfAbsent(c.id(), c);
        Match best = null;
        for (CandidateProfile candidate : candidates.values()) {
            if (candidate.id().equals(articleId)) continue;
            long[] other = candidate.profile().shingles;
            double jaccard = MinHash.jaccard(profile.shingles, other);
            double containment = MinHash.containment(profile.shingles, other);
            boolean copy = jaccard >= MIN_JACCARD
                    || (containment >= MIN_CONTAINMENT
                            && Math.min(profile.shingles.length, other.length) >= MIN_CONTAINED_SHINGLES);
            if (copy && (best == null || jaccard > best.jaccard())) best = new Match(candidate, jaccard, containment);
        }
        return Optional.ofNullable(best);
    }
}
