package dev.marsad.link;

import dev.marsad.analyze.AnalyzedArticle;
import dev.marsad.index.CopyRelations;
import dev.marsad.index.IndexedArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Copy groups as sets: an original and every copy of it, where each member knows its relation to
 * every member stored before it ({@link CopyRelations.Peer}) and each copy knows what it changed in
 * the original ({@link SentenceDiff}). Relations are stored on the later of two members, so the
 * group's pairs are the union of its members' peers and a member never has to be rewritten when
 * another joins; only a new original rewrites the group (rare).
 */
final class CopyGroups {

    /** The most members a new member is compared with: the original and the latest copies. */
    static final int MAX_PEERS = 50;

    private final IndexView view;

    CopyGroups(IndexView view) {
        this.view = view;
    }

    /**
     * The relations of a new copy of a stored original: its peers (the original, then the copies,
     * latest first, up to {@link #MAX_PEERS}) and its changes against the original.
     *
     * @param known profiles already at hand by article id (the link candidates), read from no store
     */
    CopyRelations ofCopy(AnalyzedArticle copy, LinkProfile profile, String originalId, Map<String, LinkProfile> known) {
        IndexedArticle original = stored(originalId);
        List<IndexedArticle> members = new ArrayList<>();
        members.add(original);
        List<IndexedArticle> copies = view.copiesOf(originalId);
        for (int i = copies.size() - 1; i >= 0 && members.size() < MAX_PEERS; i--) members.add(copies.get(i));
        SentenceDiff.Changes changes = SentenceDiff.of(
                original.analyzed().texts().paragraphs(), copy.texts().paragraphs());
        return new CopyRelations(peers(profile, members, known), changes.added(), changes.cut());
    }

    /**
     * A new article turned out to be the original of a stored group: its own relations (peers: the
     * old original and its copies) and the group's members re-pointed to it, each with its changes
     * against the new original.
     */
    Demotion demote(
            AnalyzedArticle newOriginal,
            LinkProfile profile,
            String newOriginalId,
            String oldOriginalId,
            Map<String, LinkProfile> known) {
        List<IndexedArticle> members = new ArrayList<>();
        members.add(stored(oldOriginalId));
        members.addAll(view.copiesOf(oldOriginalId));
        var changed = new ArrayList<IndexedArticle>();
        for (IndexedArticle m : members) {
            SentenceDiff.Changes changes = SentenceDiff.of(
                    newOriginal.texts().paragraphs(), m.analyzed().texts().paragraphs());
            changed.add(m.withLinks(Optional.of(newOriginalId), m.storyId())
                    .withCopies(new CopyRelations(m.copies().peers(), changes.added(), changes.cut())));
        }
        List<IndexedArticle> compared = members.subList(0, Math.min(MAX_PEERS, members.size()));
        return new Demotion(new CopyRelations(peers(profile, compared, known), List.of(), List.of()), changed);
    }

    /** What a new original changes: its own relations, and the members re-pointed to it. */
    record Demotion(CopyRelations relations, List<IndexedArticle> changed) {}

    private List<CopyRelations.Peer> peers(
            LinkProfile profile, List<IndexedArticle> members, Map<String, LinkProfile> known) {
        var peers = new ArrayList<CopyRelations.Peer>(members.size());
        for (IndexedArticle m : members) {
            LinkProfile other = known.containsKey(m.id()) ? known.get(m.id()) : view.profile(m);
            CopyOverlap overlap = CopyOverlap.of(profile.text, other.text);
            peers.add(new CopyRelations.Peer(m.id(), overlap.sharedOfA(), overlap.sharedOfB(), overlap.kindOfA()));
        }
        return peers;
    }

    private IndexedArticle stored(String id) {
        return view.article(id)
                .orElseThrow(() -> new IllegalStateException("copy-group member " + id + " is not stored"));
    }
}
