package dev.marsad.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
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
 * @param copyHeadlines for an original, the headline of every copy folded into it, one entry a copy
 *     (two copies with one headline are two entries, so that either can change its headline without
 *     taking the other's away): the index searches them ({@link #searchedHeadlines}) beside the
 *     original's title and body, so that a copy's rewritten headline finds the story (issue 13);
 *     empty for a copy, and in records stored before they existed
 */
public record CopyRelations(List<Peer> peers, List<String> added, List<String> cut, List<CopyHeadline> copyHeadlines) {

    /** No group: an article that is neither copied nor a copy. */
    public static final CopyRelations NONE = new CopyRelations(List.of(), List.of(), List.of());

    /**
     * The most distinct copy headlines the index searches on one original ({@link
     * #searchedHeadlines}): each is looked at on every search, and a group of hundreds of wire copies
     * repeats a few headlines; the copies past them are recorded but not searched by their headline
     * (they stay folded).
     */
    public static final int MAX_COPY_HEADLINES = 50;

    public CopyRelations {
        peers = List.copyOf(peers);
        added = List.copyOf(added);
        cut = List.copyOf(cut);
        copyHeadlines = copyHeadlines == null ? List.of() : List.copyOf(copyHeadlines); // stored before them
    }

    /** Relations without copy headlines: those of a copy, or of an original before anything is folded into it. */
    public CopyRelations(List<Peer> peers, List<String> added, List<String> cut) {
        this(peers, added, cut, List.of());
    }

    /** These relations with other peers and changes, the copy headlines kept. */
    public CopyRelations withChanges(List<Peer> newPeers, List<String> newAdded, List<String> newCut) {
        return new CopyRelations(newPeers, newAdded, newCut, copyHeadlines);
    }

    /**
     * These relations with {@code copyId}'s headline among the copy headlines: replacing the one it
     * had, else added at the end; a blank headline removes the one it had. Headlines equal to another
     * copy's or to the original's own are recorded too: what is searched is chosen from them when the
     * index writes the original ({@link #searchedHeadlines}).
     */
    public CopyRelations withCopyHeadline(String copyId, String headline) {
        var kept = new ArrayList<CopyHeadline>(copyHeadlines.size() + 1);
        int at = -1;
        for (CopyHeadline h : copyHeadlines) {
            if (h.copyId().equals(copyId)) at = kept.size();
            else kept.add(h);
        }
        String text = headline.strip();
        if (!text.isEmpty()) kept.add(at < 0 ? kept.size() : at, new CopyHeadline(copyId, text));
        return new CopyRelations(peers, added, cut, kept);
    }

    /** These relations with exactly {@code headlines} as the copy headlines. */
    public CopyRelations withCopyHeadlines(List<CopyHeadline> headlines) {
        return new CopyRelations(peers, added, cut, headlines);
    }

    /** The copy headlines' texts, in order, one a copy. */
    public List<String> copyHeadlineTexts() {
        return copyHeadlines.stream().map(CopyHeadline::headline).toList();
    }

    /**
     * The copy headlines the index searches on an original titled {@code ownTitle}: each text once,
     * in order, none equal to {@code ownTitle} (its words are in the title already), at most
     * {@value #MAX_COPY_HEADLINES}.
     */
    public List<String> searchedHeadlines(String ownTitle) {
        var texts = new LinkedHashSet<String>();
        for (CopyHeadline h : copyHeadlines) texts.add(h.headline());
        texts.remove(ownTitle.strip());
        return texts.stream().limit(MAX_COPY_HEADLINES).toList();
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
        return peers.isEmpty() && added.isEmpty() && cut.isEmpty() && copyHeadlines.isEmpty();
    }

    /**
     * The headline of a copy folded into an original, as the original carries it.
     *
     * @param copyId the copy
     * @param headline its headline (title), stripped, not blank
     */
    public record CopyHeadline(String copyId, String headline) {
        public CopyHeadline {
            Objects.requireNonNull(copyId, "copyId");
            if (headline == null || headline.isBlank())
                throw new IllegalArgumentException("copy " + copyId + ": blank headline");
        }
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
