package dev.marsad.index;

import dev.marsad.analyze.AnalyzedArticle;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An article as stored in the index, with what the link stage decided about it.
 *
 * @param id the article id (a stable hash of its canonical URL), used in URLs
 * @param analyzed the analyzed article
 * @param duplicateOf the id of the canonical article when this one is a copy of it
 * @param storyId the story this article belongs to
 * @param fingerprint MinHash band keys of the body, used to find near-duplicate candidates
 * @param indexedAt when it was (last) indexed
 * @param copies its relations to the other members of its copy group, and what it changed as a copy
 */
public record IndexedArticle(
        String id,
        AnalyzedArticle analyzed,
        Optional<String> duplicateOf,
        String storyId,
        List<String> fingerprint,
        Instant indexedAt,
        CopyRelations copies) {

    public IndexedArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(analyzed, "analyzed");
        Objects.requireNonNull(duplicateOf, "duplicateOf");
        Objects.requireNonNull(storyId, "storyId");
        Objects.requireNonNull(indexedAt, "indexedAt");
        fingerprint = List.copyOf(fingerprint);
        copies = copies == null ? CopyRelations.NONE : copies; // stored before copy groups existed
    }

    /** An article that belongs to no copy group. */
    public IndexedArticle(
            String id,
            AnalyzedArticle analyzed,
            Optional<String> duplicateOf,
            String storyId,
            List<String> fingerprint,
            Instant indexedAt) {
        this(id, analyzed, duplicateOf, storyId, fingerprint, indexedAt, CopyRelations.NONE);
    }

    /** True when this article is the canonical one (not a copy of another). */
    public boolean isCanonical() {
        return duplicateOf.isEmpty();
    }

    /** A copy of this record with other link decisions. */
    public IndexedArticle withLinks(Optional<String> newDuplicateOf, String newStoryId) {
        return new IndexedArticle(id, analyzed, newDuplicateOf, newStoryId, fingerprint, indexedAt, copies);
    }

    /** A copy of this record with other copy-group relations. */
    public IndexedArticle withCopies(CopyRelations newCopies) {
        return new IndexedArticle(id, analyzed, duplicateOf, storyId, fingerprint, indexedAt, newCopies);
    }
}
