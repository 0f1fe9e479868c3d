package dev.marsad.index;

import java.util.Arrays;
import java.util.List;

/**
 * What the link stage stores beside an article so that finding and comparing candidates needs
 * neither the article's text nor its JSON: topic-term keys that the index makes searchable (see
 * {@link CandidateQuery.Field#TERM}) and a compact comparison profile that the index keeps as
 * opaque bytes and gives back with every {@link Candidate}.
 *
 * @param terms the article's topic-term keys, as the link stage spells them
 * @param profile the link stage's encoded profile of the article; the index neither reads nor
 *     changes it; empty when there is none. Treat as immutable.
 */
public record LinkFeatures(List<String> terms, byte[] profile) {

    /** No features: an article stored without them is found by its other keys and has no profile. */
    public static final LinkFeatures NONE = new LinkFeatures(List.of(), new byte[0]);

    public LinkFeatures {
        terms = List.copyOf(terms);
        profile = profile.clone();
    }

    /** Whether a profile is stored. */
    public boolean hasProfile() {
        return profile.length > 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LinkFeatures f && terms.equals(f.terms) && Arrays.equals(profile, f.profile);
    }

    @Override
    public int hashCode() {
        return 31 * terms.hashCode() + Arrays.hashCode(profile);
    }

    @Override
    public String toString() {
        return "LinkFeatures[" + terms.size() + " terms, " + profile.length + " profile bytes]";
    }
}
