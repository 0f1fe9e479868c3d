package dev.marsad.link;

import dev.marsad.analyze.AnalyzedArticle;
import dev.marsad.index.ArticleIndex;
import dev.marsad.index.Candidate;
import dev.marsad.index.IndexedArticle;
import dev.marsad.index.LinkFeatures;
import dev.marsad.index.Story;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The link stage: gives an analyzed article its id, decides whether it copies a stored article,
 * puts it in a story and stores it. Writes go through {@link ArticleIndex} and become visible to
 * the index's readers when its owner refreshes or commits it; the linker never does (unless it has
 * held {@link IndexView#MAX_RECENT} articles in memory), and sees its own writes meanwhile.
 *
 * <p>Decisions depend only on the articles linked before, in order: not on when the index was
 * refreshed or committed, nor on index-wide statistics. Not thread-safe: link one article at a
 * time.
 */
public final class ArticleLinker {

    private final IndexView view;
    private final CopyGroups copyGroups;
    private final Clock clock;

    /** A linker writing to this index, stamping articles with the clock's time. */
    public ArticleLinker(ArticleIndex index, Clock clock) {
        this(index, clock, IndexView.MAX_RECENT);
    }

    /** A linker that keeps at most {@code maxRecent} unrefreshed articles in memory. */
    ArticleLinker(ArticleIndex index, Clock clock, int maxRecent) {
        this.view = new IndexView(index, maxRecent);
        this.copyGroups = new CopyGroups(view);
        this.clock = clock;
    }

    /** Links and stores one article, indexed now by the clock. See {@link #link(AnalyzedArticle, Instant)}. */
    public LinkResult link(AnalyzedArticle analyzed) {
        return link(analyzed, clock.instant());
    }

    /**
     * Links and stores one article: 1. id from the canonical URL; 2. a stored article with that id
     * keeps its decisions; 3. else look for the original it copies, 4. and decide which of the two
     * is canonical, relating it to every member of the copy group and noting what the copy changed
     * ({@link CopyGroups}); 5. else find its story; 6. store it and update its story.
     *
     * @param indexedAt the instant recorded as when it was indexed: the capture time, so that a
     *     rebuild from the archive gives the same record
     */
    public LinkResult link(AnalyzedArticle analyzed, Instant indexedAt) {
        view.forgetVisible();
        String id = ArticleIds.of(analyzed.article().canonicalUrl()); // 1
        LinkProfile profile = LinkProfile.of(analyzed);
        LinkFeatures features = profile.features();
        var fresh = new IndexedArticle(
                id, analyzed, Optional.empty(), StoryClusterer.newStoryId(id), profile.bandKeys(), indexedAt);
        Optional<IndexedArticle> stored = view.article(id); // 2
        if (stored.isPresent()) {
            IndexedArticle updated = fresh.withLinks(
                            stored.get().duplicateOf(), stored.get().storyId())
                    .withCopies(stored.get().copies());
            return store(updated, features, LinkResult.Outcome.UPDATED, stored, List.of());
        }
        // to the millisecond, as the index keeps it: compared alike whether a candidate is read back or in memory
        Instant published = Candidate.of(fresh, features, 0).published();
        List<StoryClusterer.Ranked> similar = StoryClusterer.rank(
                profile, profiled(view.candidates(StoryClusterer.query(fresh, published, profile))));
        List<CandidateProfile> sharingBands = profiled(view.candidates(NearDuplicateFinder.query(fresh, published)));
        Optional<CopyGroups.Decision> copy = copyGroups.decide(
                fresh,
                profile,
                published,
                sharingBands,
                similar.stream().map(StoryClusterer.Ranked::candidate).toList()); // 3, 4
        if (copy.isPresent())
            return store(
                    copy.get().article(),
                    features,
                    copy.get().outcome(),
                    Optional.empty(),
                    copy.get().changed());
        String story = StoryClusterer.storyFor(fresh.storyId(), similar); // 5
        var outcome = story.equals(fresh.storyId()) ? LinkResult.Outcome.NEW_STORY : LinkResult.Outcome.JOINED_STORY;
        return store(fresh.withLinks(Optional.empty(), story), features, outcome, Optional.empty(), List.of());
    }

    /** Candidates with their profiles; one stored without a profile is read in full and profiled. */
    private List<CandidateProfile> profiled(List<Candidate> candidates) {
        var result = new ArrayList<CandidateProfile>(candidates.size());
        for (Candidate c : candidates) {
            LinkProfile profile = LinkProfile.decode(c.profile())
                    .orElseGet(() -> LinkProfile.of(view.article(c.id())
                            .orElseThrow(() -> new IllegalStateException("candidate " + c.id() + " is not stored"))
                            .analyzed()));
            result.add(new CandidateProfile(c, profile));
        }
        return result;
    }

    /**
     * 6. Writes the article, the articles it changed and its story's summary, updated from the
     * previous summary (or built from the story's articles when the stored summary predates that).
     */
    private LinkResult store(
            IndexedArticle article,
            LinkFeatures features,
            LinkResult.Outcome outcome,
            Optional<IndexedArticle> replaced,
            List<IndexedArticle> changed) {
        view.put(article, features, replaced.isPresent());
        for (IndexedArticle c : changed)
            view.put(c, LinkProfile.of(c.analyzed()).features(), true);
        view.put(summary(article, outcome, replaced, changed));
        return new LinkResult(article, outcome);
    }

    private Story summary(
            IndexedArticle article,
            LinkResult.Outcome outcome,
            Optional<IndexedArticle> replaced,
            List<IndexedArticle> changed) {
        String storyId = article.storyId();
        if (outcome == LinkResult.Outcome.NEW_STORY) return StorySummary.of(storyId, List.of(article));
        Optional<Story> previous = view.story(storyId);
        if (previous.isPresent() && StorySummary.canUpdate(previous.get(), article, replaced)) {
            List<String> demoted = changed.stream()
                    .filter(c -> c.storyId().equals(storyId))
                    .map(IndexedArticle::id)
                    .toList();
            return StorySummary.updated(previous.get(), article, replaced, demoted, this::titleOf);
        }
        return StorySummary.of(storyId, view.storyArticles(storyId));
    }

    private String titleOf(String articleId) {
        return view.article(articleId)
                .orElseThrow(() -> new IllegalStateException("story member " + articleId + " is not stored"))
                .analyzed()
                .article()
                .title();
    }
}
