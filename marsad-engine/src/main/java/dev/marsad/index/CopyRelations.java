package dev.marsad.index;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the link stage knows of an article as a member of a copy group (an original and every copy
 * of it): how it relates to each member that was stored before it, and, for a copy, what it
 * changed in the original.
 *
 * @param peers its relation to each earlier member of its group, in the order they were compared
 * @param added the copy's sentences that the original does not have (its own lines), in text order;
 *     empty for an original
 * @param cut the original's sentences that the copy left out, in text order; empty for an original
 */
public record CopyRelations(List<Peer> peers, List<String> added, List<String> cut) {

    /** No group: an article that is neither copied nor a copy. */
    public static final CopyRelations NONE = new CopyRelations(List.of(), List.of(), List.of());

    public CopyRelations {
        peers = List.copyOf(peers);
        added = List.copyOf(added);
        cut = List.copyOf(cut);
    }

    /**
     * The relation of {@code a} to {@code b}, as whichever of the two was stored later recorded
     * it; empty when neither did (they belong to no common group, or the group was too large for
     * the later one to be compared with every member).
     */
    public static Optional<Peer> between(IndexedArticle a, IndexedArticle b) {
        for (Peer p : a.copies().peers) if (p.id().equals(b.id())) return Optional.of(p);
        for (Peer p : b.copies().peers)
            if (p.id().equals(a.id()))
                return Optional.of(new Peer(
                        b.id(), p.sharedOfPeer(), p.sharedOfThis(), p.kind().inverse()));
        return Optional.empty();
    }

    /** Whether anything is known: the article belongs to a group or changed an original. */
    public boolean isEmpty() {
        return peers.isEmpty() && added.isEmpty() && cut.isEmpty();
    }

    /**
     * How one article relates to another member of its group.
     *
     * @param id the other member
     * @param sharedOfThis the share of this article's text found, in order, in the other's (0..1)
     * @param sharedOfPeer the share of the other's text found, in order, in this one's (0..1)
     * @param kind what the two shares mean
     */
    public record Peer(String id, double sharedOfThis, double sharedOfPeer, Kind kind) {
        public Peer {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(kind, "kind");
            if (!(sharedOfThis >= 0 && sharedOfThis <= 1) || !(sharedOfPeer >= 0 && sharedOfPeer <= 1))
                throw new IllegalArgumentException(
                        "peer " + id + ": shares " + sharedOfThis + ", " + sharedOfPeer + " outside 0..1");
        }

        /** Whether the two are near-duplicates (every kind but {@link Kind#PARTIAL}). */
        public boolean isNearDuplicate() {
            return kind != Kind.PARTIAL;
        }
    }

    /** The relation of two members of a copy group, as seen from the first. */
    public enum Kind {
        /** The same text, give or take a few words. */
        SAME,
        /** This one is the other cut: most of it is in the other, which has more. */
        SHORTENED,
        /** This one is the other with lines of its own added. */
        EXTENDED,
        /** Both changed the shared text: words reworded, lines added and cut. */
        EDITED,
        /** They share text but are not copies of each other (both copy one original, differently). */
        PARTIAL;

        /** The same relation seen from the other member. */
        public Kind inverse() {
            return switch (this) {
                case SHORTENED -> EXTENDED;
                case EXTENDED -> SHORTENED;
                case SAME, EDITED, PARTIAL -> this;
            };
        }
    }
}
