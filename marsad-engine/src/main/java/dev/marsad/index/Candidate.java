package dev.marsad.index;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * A link candidate as the index gives it back: enough to compare it with a new article and to
 * join its story, without decoding the stored article.
 *
 * @param id the article id
 * @param storyId its story
 * @param published its publication instant (else when it was indexed), to the millisecond
 * @param profile the link stage's profile stored with it ({@link LinkFeatures#profile()}); empty
 *     when it was stored without one. Treat as immutable.
 * @param score its score under the query that found it ({@link CandidateQuery#score})
 */
public record Candidate(String id, String storyId, Instant published, byte[] profile, int score) {

    public Candidate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(storyId, "storyId");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(profile, "profile");
    }

    /** The candidate an article stored with these features is, with its score. */
    public static Candidate of(IndexedArticle article, LinkFeatures features, int score) {
        return new Candidate(
                article.id(),
                article.storyId(),
                Instant.ofEpochMilli(IndexFields.publishedMillis(article)),
                features.profile(),
                score);
    }

    /** Whether a profile was stored with it. */
    public boolean hasProfile() {
        return profile.length > 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Candidate c
                && id.equals(c.id)
                && storyId.equals(c.storyId)
                && published.equals(c.published)
                && Arrays.equals(profile, c.profile)
                && score == c.score;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, storyId, published, Arrays.hashCode(profile), score);
    }

    @Override
    public String toString() {
        return "Candidate[" + id + " in " + storyId + ", " + published + ", score " + score + "]";
    }
}
