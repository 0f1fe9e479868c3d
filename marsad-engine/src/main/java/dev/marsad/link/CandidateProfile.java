package dev.marsad.link;

import dev.marsad.index.Candidate;
import java.time.Instant;
import java.util.Objects;

/**
 * A stored article that a new one is compared with: the index's candidate entry and its profile.
 *
 * @param candidate id, story, publication instant and query score, as the index gave them
 * @param profile what the comparison reads
 */
record CandidateProfile(Candidate candidate, LinkProfile profile) {

    CandidateProfile {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(profile, "profile");
    }

    String id() {
        return candidate.id();
    }

    String storyId() {
        return candidate.storyId();
    }

    Instant published() {
        return candidate.published();
    }
}
