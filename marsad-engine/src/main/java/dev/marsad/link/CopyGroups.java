package dev.marsad.link;

import dev.marsad.analyze.AnalyzedArticle;
import dev.marsad.index.CopyRelations;
import dev.marsad.index.IndexedArticle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Copy groups as sets: an original and every copy of it, where each member knows its relation to
 * every member stored before it ({@link CopyRelations.Peer}) and each copy knows what it changed in
 * the original ({@link SentenceDiff}). Relations are stored on the later of two members, so the
 * group's pairs are the union of its members' peers and no member is rewritten when another joins;
 * only a new original rewrites the group (rare).
 *
 * <p>A new article is also compared with the members of the other groups whose original it
 * nearly duplicates (two copies of one wire text that were grouped apart): those relations are
 * kept when they are near-duplicates, so the pairs reported are all the near-duplicate pairs seen.
 */
final class CopyGroups {

    /** The most members a new article is compared with: its group's original and latest copies first. */
    static final int MAX_PEERS = 50;

    private final IndexView view;
    private final CopyHeadlines headlines;

    CopyGroups(IndexView view) {
        this.view = view;
        this.headlines = new CopyHeadlines(view);
    }

    /**
     * What linking decided for a new article that copies a stored one or is copied by it, or for a
     * re-ingested one whose relations were recomputed.
     *
     * @param article the article with its original, story and relations
     * @param outcome {@link LinkResult.Outcome#COPY}, {@link LinkResult.Outcome#ORIGINAL_OF_COPY} or
     *     {@link LinkResult.Outcome#UPDATED}
     * @param changed the stored members re-pointed to it when it is the group's new original, or
     *     whose relations to it changed with its text, or the original a new copy's headline was
     *     added to ({@link CopyRelations#copyHeadlines()})
     * @param profiles the link profiles of changed members that the decision had at hand, by id (the
     *     others are profiled again when they are written)
     */
    record Decision(
            IndexedArticle article,
            LinkResult.Outcome outcome,
            List<IndexedArticle> changed,
            Map<String, LinkProfile> profiles) {

        Decision {
            changed = List.copyOf(changed);
            profiles = Map.copyOf(profiles);
        }

        Decision(IndexedArticle article, LinkResult.Outcome outcome, List<IndexedArticle> changed) {
            this(article, outcome, changed, Map.of());
        }
    }

    /** What a new original changes: its own relations, and the members re-pointed to it. */
    private record Demotion(CopyRelations relations, List<IndexedArticle> changed) {}

    /**
     * The copy decision for a new article, if it copies or is copied: 3. its group is that of the
     * closest original it nearly duplicates, else that of a close original one of whose copies it
     * duplicates; 4. it is the group's new original when the group names it as the source or it is
     * older, and the group is re-pointed to it. Either way it is related to the group's members
     * and to the near-duplicate members of the other groups it comes close to.
     *
     * @param sharingBands the candidates found by band keys, with their profiles
     * @param similar the most topic-similar candidates, best first
     */
    Optional<Decision> decide(
            IndexedArticle fresh,
            LinkProfile profile,
            Instant published,
            List<CandidateProfile> sharingBands,
            List<CandidateProfile> similar) {
        NearDuplicateFinder.Comparison compared =
                NearDuplicateFinder.findCopies(fresh.id(), profile, sharingBands, similar);
        List<NearDuplicateFinder.Match> matches = compared.copies();
        var known = new HashMap<String, LinkProfile>();
        for (CandidateProfile c : sharingBands) known.put(c.id(), c.profile());
        for (NearDuplicateFinder.Match m : matches)
            known.put(m.original().id(), m.original().profile());
        if (matches.isEmpty())
            return originalWithDuplicatedCopy(profile, compared.close(), known)
                    .map(o -> copy(fresh, profile, o.id(), o.storyId(), without(compared.close(), o.id()), known));
        CandidateProfile original = matches.getFirst().original();
        var others = new ArrayList<String>();
        matches.stream().skip(1).forEach(m -> others.add(m.original().id()));
        others.addAll(compared.close());
        if (!isOriginal(profile, published, fresh.id(), original))
            return Optional.of(copy(fresh, profile, original.id(), original.storyId(), others, known));
        Demotion demotion = demote(fresh.analyzed(), profile, fresh.id(), original.id(), others, known);
        return Optional.of(new Decision(
                fresh.withLinks(Optional.empty(), original.storyId()).withCopies(demotion.relations()),
                LinkResult.Outcome.ORIGINAL_OF_COPY,
                demotion.changed()));
    }

    /**
     * A stored article whose text changed on re-ingest: its own relations recomputed against the
     * same peers (and its changes against its original, when it is a copy), and the members that
     * relate to it — later members of its group, copies that recorded their changes against it,
     * members of its story from other groups — updated to the new text. Decisions (original, story)
     * are kept: a relation that no longer holds reads {@link CopyRelations.Kind#PARTIAL}.
     *
     * @param kept the new version carrying the stored version's decisions and relations
     * @param oldProfile the stored version's profile
     * @param profile the new version's profile
     */
    Decision refresh(IndexedArticle kept, LinkProfile oldProfile, LinkProfile profile) {
        if (oldProfile.text.equals(profile.text))
            return new Decision(kept, LinkResult.Outcome.UPDATED, withHeadline(kept, List.of()));
        var peers = new ArrayList<CopyRelations.Peer>();
        for (CopyRelations.Peer p : kept.copies().peers())
            view.article(p.id()).ifPresent(m -> peers.add(peer(profile, m, Map.of())));
        CopyRelations own = kept.duplicateOf()
                .flatMap(view::article)
                .map(o -> SentenceDiff.of(
                        o.analyzed().texts().paragraphs(),
                        kept.analyzed().texts().paragraphs()))
                .map(c -> kept.copies().withChanges(peers, c.added(), c.cut()))
                .orElse(kept.copies()
                        .withChanges(peers, kept.copies().added(), kept.copies().cut()));
        var changed = new ArrayList<IndexedArticle>();
        for (IndexedArticle m : relatedMembers(kept)) {
            List<CopyRelations.Peer> theirs = m.copies().peers().stream()
                    .map(p -> p.id().equals(kept.id()) ? peer(view.profile(m), kept, Map.of(kept.id(), profile)) : p)
                    .toList();
            boolean copiesIt = m.duplicateOf().equals(Optional.of(kept.id()));
            if (!copiesIt && theirs.equals(m.copies().peers())) continue;
            CopyRelations relations = copiesIt
                    ? changesAgainst(kept, m, theirs)
                    : m.copies()
                            .withChanges(theirs, m.copies().added(), m.copies().cut());
            changed.add(m.withCopies(relations));
        }
        return new Decision(kept.withCopies(own), LinkResult.Outcome.UPDATED, withHeadline(kept, changed));
    }

    /**
     * {@code changed} with, when {@code kept} is a copy, its original carrying its headline as it is
     * now (a re-ingested copy's headline may have changed, or predate copy headlines) beside those of
     * its other copies ({@link CopyHeadlines}): the version of the original in {@code changed} if there
     * is one, else the stored one when that changes what is searched on it.
     */
    private List<IndexedArticle> withHeadline(IndexedArticle kept, List<IndexedArticle> changed) {
        if (kept.duplicateOf().isEmpty()) return changed;
        String originalId = kept.duplicateOf().get();
        var result = new ArrayList<>(changed);
        for (int i = 0; i < result.size(); i++)
            if (result.get(i).id().equals(originalId)) {
                result.set(i, headlines.carrying(result.get(i), Optional.of(kept.id()), Optional.of(kept)));
                return result;
            }
        view.article(originalId).flatMap(o -> carryingIfChanged(o, kept)).ifPresent(result::add);
        return result;
    }

    /** The members other than {@code article} that may relate to it: its group's and its story's. */
    private List<IndexedArticle> relatedMembers(IndexedArticle article) {
        String originalId = article.duplicateOf().orElse(article.id());
        var members = new LinkedHashMap<String, IndexedArticle>();
        view.article(originalId).ifPresent(o -> members.put(o.id(), o));
        for (IndexedArticle c : view.copiesOf(originalId)) members.putIfAbsent(c.id(), c);
        for (IndexedArticle s : view.storyArticles(article.storyId())) members.putIfAbsent(s.id(), s);
        members.remove(article.id());
        return List.copyOf(members.values());
    }

    private static CopyRelations changesAgainst(
            IndexedArticle original, IndexedArticle copy, List<CopyRelations.Peer> peers) {
        SentenceDiff.Changes changes = SentenceDiff.of(
                original.analyzed().texts().paragraphs(),
                copy.analyzed().texts().paragraphs());
        return new CopyRelations(peers, changes.added(), changes.cut());
    }

    private Decision copy(
            IndexedArticle fresh,
            LinkProfile profile,
            String originalId,
            String storyId,
            List<String> otherOriginals,
            Map<String, LinkProfile> known) {
        CopyRelations relations = ofCopy(fresh.analyzed(), profile, originalId, otherOriginals, known);
        IndexedArticle copy = fresh.withLinks(Optional.of(originalId), storyId).withCopies(relations);
        List<IndexedArticle> changed =
                carryingIfChanged(stored(originalId), copy).stream().toList();
        return new Decision(
                copy,
                LinkResult.Outcome.COPY,
                changed,
                known.containsKey(originalId) ? Map.of(originalId, known.get(originalId)) : Map.of());
    }

    /**
     * The original carrying the headlines of its copies, {@code copy} among them ({@link
     * CopyHeadlines}: issue 13, a copy's rewritten headline finds its original), or empty when that
     * changes nothing searched (the copy kept the original's headline or another copy's, or the
     * original has {@value CopyRelations#MAX_COPY_HEADLINES} searched already): then the original is
     * not written again, and its next write records the copy (it is derived from the copies).
     */
    private Optional<IndexedArticle> carryingIfChanged(IndexedArticle original, IndexedArticle copy) {
        IndexedArticle carrying = headlines.carrying(original, Optional.of(copy.id()), Optional.of(copy));
        return CopyHeadlines.changesSearch(original, carrying) ? Optional.of(carrying) : Optional.empty();
    }

    private static List<String> without(List<String> ids, String id) {
        return ids.stream().filter(i -> !i.equals(id)).toList();
    }

    /**
     * Whether the new article, rather than the stored one, is the original: a page that names the
     * other's site as its source ("المصدر: …") is the copy; otherwise the earlier one is the original,
     * and of two published at once the one with the smaller id.
     */
    static boolean isOriginal(LinkProfile fresh, Instant published, String id, CandidateProfile stored) {
        if (namesAsSource(stored.profile(), fresh)) return true;
        if (namesAsSource(fresh, stored.profile())) return false;
        int byTime = published.compareTo(stored.published());
        return byTime != 0 ? byTime < 0 : id.compareTo(stored.id()) < 0;
    }

    /** Whether {@code copy} names the site of {@code original} as its source. */
    private static boolean namesAsSource(LinkProfile copy, LinkProfile original) {
        return copy.source.isPresent()
                && original.site.isPresent()
                && !original.site.get().isEmpty()
                && (copy.source.get().contains(original.site.get())
                        || original.site.get().contains(copy.source.get()));
    }

    /**
     * The relations of a new copy of a stored original: its peers (the original, then the group's
     * copies latest first, then the other groups it nearly duplicates, up to {@link #MAX_PEERS})
     * and its changes against the original.
     *
     * @param otherOriginals originals of other groups that the copy nearly duplicates
     * @param known profiles already at hand by article id (the link candidates)
     */
    private CopyRelations ofCopy(
            AnalyzedArticle copy,
            LinkProfile profile,
            String originalId,
            List<String> otherOriginals,
            Map<String, LinkProfile> known) {
        IndexedArticle original = stored(originalId);
        var members = new LinkedHashMap<String, IndexedArticle>();
        members.put(originalId, original);
        addCopies(members, originalId);
        SentenceDiff.Changes changes = SentenceDiff.of(
                original.analyzed().texts().paragraphs(), copy.texts().paragraphs());
        return new CopyRelations(
                peers(profile, List.copyOf(members.values()), otherOriginals, known), changes.added(), changes.cut());
    }

    /**
     * A new article turned out to be the original of a stored group: its own relations (peers: the
     * old original and its copies, then the other groups it nearly duplicates) and the group's
     * members re-pointed to it, each with its changes against the new original.
     */
    private Demotion demote(
            AnalyzedArticle newOriginal,
            LinkProfile profile,
            String newOriginalId,
            String oldOriginalId,
            List<String> otherOriginals,
            Map<String, LinkProfile> known) {
        var members = new LinkedHashMap<String, IndexedArticle>();
        members.put(oldOriginalId, stored(oldOriginalId));
        for (IndexedArticle c : view.copiesOf(oldOriginalId)) members.put(c.id(), c);
        var changed = new ArrayList<IndexedArticle>();
        for (IndexedArticle m : members.values()) {
            SentenceDiff.Changes changes = SentenceDiff.of(
                    newOriginal.texts().paragraphs(), m.analyzed().texts().paragraphs());
            changed.add(m.withLinks(Optional.of(newOriginalId), m.storyId())
                    .withCopies(new CopyRelations(m.copies().peers(), changes.added(), changes.cut())));
        }
        List<IndexedArticle> group = List.copyOf(members.values());
        CopyRelations relations = new CopyRelations(peers(profile, group, otherOriginals, known), List.of(), List.of());
        // the members are its copies now: their headlines are searched on it, no longer on the old original
        for (IndexedArticle m : group)
            relations =
                    relations.withCopyHeadline(m.id(), m.analyzed().article().title());
        return new Demotion(relations, changed);
    }

    /**
     * The first of the given originals (close to the new article but not its near-duplicates)
     * that has a copy the new article nearly duplicates: the new article then belongs to that
     * group (it kept what that copy kept). Each original's latest copies are compared, up to
     * {@link #MAX_PEERS} in all.
     */
    private Optional<IndexedArticle> originalWithDuplicatedCopy(
            LinkProfile profile, List<String> originals, Map<String, LinkProfile> known) {
        int compared = 0;
        for (String id : originals) {
            List<IndexedArticle> copies = view.copiesOf(id);
            for (int i = copies.size() - 1; i >= 0; i--) {
                if (compared++ >= MAX_PEERS) return Optional.empty();
                if (peer(profile, copies.get(i), known).isNearDuplicate()) return Optional.of(stored(id));
            }
        }
        return Optional.empty();
    }

    /** Adds the copies of an original, latest first, while there is room. */
    private void addCopies(Map<String, IndexedArticle> members, String originalId) {
        List<IndexedArticle> copies = view.copiesOf(originalId);
        for (int i = copies.size() - 1; i >= 0 && members.size() < MAX_PEERS; i--)
            members.putIfAbsent(copies.get(i).id(), copies.get(i));
    }

    /**
     * The relations to the group's members (every one, near-duplicate or not), then to the members
     * of the other groups (near-duplicates only), at most {@link #MAX_PEERS} compared.
     */
    private List<CopyRelations.Peer> peers(
            LinkProfile profile,
            List<IndexedArticle> group,
            List<String> otherOriginals,
            Map<String, LinkProfile> known) {
        var peers = new ArrayList<CopyRelations.Peer>();
        int compared = 0;
        for (IndexedArticle m : group) {
            if (compared++ >= MAX_PEERS) return peers;
            peers.add(peer(profile, m, known));
        }
        var others = new LinkedHashMap<String, IndexedArticle>();
        for (String id : otherOriginals) {
            others.put(id, stored(id));
            addCopies(others, id);
        }
        for (IndexedArticle m : others.values()) {
            if (compared++ >= MAX_PEERS) return peers;
            if (group.stream().anyMatch(g -> g.id().equals(m.id()))) continue;
            CopyRelations.Peer peer = peer(profile, m, known);
            if (peer.isNearDuplicate()) peers.add(peer);
        }
        return peers;
    }

    private CopyRelations.Peer peer(LinkProfile profile, IndexedArticle member, Map<String, LinkProfile> known) {
        LinkProfile other = known.containsKey(member.id()) ? known.get(member.id()) : view.profile(member);
        CopyOverlap overlap = CopyOverlap.of(profile.text, other.text);
        return new CopyRelations.Peer(member.id(), overlap.sharedOfA(), overlap.sharedOfB(), overlap.kindOfA());
    }

    private IndexedArticle stored(String id) {
        return view.article(id)
                .orElseThrow(() -> new IllegalStateException("copy-group member " + id + " is not stored"));
    }
}
