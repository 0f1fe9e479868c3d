package dev.marsad.link;

import dev.marsad.index.ArticleIndex;
import dev.marsad.index.IndexedArticle;
import java.util.List;
import java.util.Optional;

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
    /** Candidates read from the index per article by band keys. */
    private static final int CANDIDATES = 20;
    /** The most term-similar articles that are also checked as originals. */
    private static final int SIMILAR_CANDIDATES = 5;

    private final ArticleIndex index;

    NearDuplicateFinder(ArticleIndex index) {
        this.index = index;
    }

    /** A copy found, with how similar the two bodies are. */
    record Match(IndexedArticle original, double jaccard, double containment) {}

    /**
     * The best canonical article this one copies, if any; the article itself is never its own copy.
     * Candidates are those sharing a band key (close copies) and the most similar by terms (cut
     * copies, whose Jaccard similarity is too low for the bands to catch).
     */
    Optional<Match> findOriginal(IndexedArticle article, Fingerprint fingerprint, List<ArticleIndex.Similar> similar) {
        var candidates = new java.util.LinkedHashMap<String, IndexedArticle>();
        for (IndexedArticle c : index.withFingerprintKeys(fingerprint.bandKeys(), CANDIDATES))
            candidates.put(c.id(), c);
        for (ArticleIndex.Similar s : similar.subList(0, Math.min(SIMILAR_CANDIDATES, similar.size())))
            candidates.putIfAbsent(s.article().id(), s.article());
        Match best = null;
        for (IndexedArticle candidate : candidates.values()) {
            if (candidate.id().equals(article.id())) continue;
            Fingerprint other = Fingerprint.of(candidate.analyzed());
            double jaccard = MinHash.jaccard(fingerprint.shingles(), other.shingles());
            double containment = MinHash.containment(fingerprint.shingles(), other.shingles());
            boolean copy = jaccard >= MIN_JACCARD
                    || (containment >= MIN_CONTAINMENT
                            && Math.min(
                                            fingerprint.shingles().size(),
                                            other.shingles().size())
                                    >= MIN_CONTAINED_SHINGLES);
            if (copy && (best == null || jaccard > best.jaccard())) best = new Match(candidate, jaccard, containment);
        }
        return Optional.ofNullable(best);
    }

    /** Whether two articles are copies of each other by the same rule, without the index. */
    static boolean areCopies(Fingerprint a, Fingerprint b) {
        double containment = MinHash.containment(a.shingles(), b.shingles());
        return MinHash.jaccard(a.shingles(), b.shingles()) >= MIN_JACCARD
                || (containment >= MIN_CONTAINMENT
                        && Math.min(a.shingles().size(), b.shingles().size()) >= MIN_CONTAINED_SHINGLES);
    }
}
