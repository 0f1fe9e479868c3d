package dev.marsad.link;

import dev.marsad.analyze.AnalyzedArticle;
import dev.marsad.index.ArticleIndex;
import dev.marsad.index.Candidate;
import dev.marsad.index.IndexedArticle;
import dev.marsad.index.LinkFeatures;
import dev.marsad.index.Story;
import dev.marsad.index.WriteConflict;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

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

    /**
     * How often one article is linked at most when another writer keeps changing the stories and
     * articles it touches ({@link WriteConflict}) before its linking fails.
     */
    static final int MAX_ATTEMPTS = 3;

    private final ArticleIndex index;
    private final IndexView view;
    private final CopyGroups copyGroups;
    private final CopyHeadlines copyHeadlines;
    private final StoryReviser stories;
    private final RelatedReading related;
    private final StorylineLinker storylines;
    private final Clock clock;
    /** Run before linking an article again after a conflict; throws when it must not be. */
    private final Runnable beforeRetry;
    /**
     * What the current attempt changed besides its article; an attempt cut short may have left
     * stories out of step with their articles, and the next one puts it back first.
     */
    private final TouchedStories touched;

    /** A linker writing to this index, stamping articles with the clock's time. */
    public ArticleLinker(ArticleIndex index, Clock clock) {
        this(index, clock, IndexView.MAX_RECENT, () -> {});
    }

    /**
     * A linker whose {@code beforeRetry} is run before an article is linked again after a {@link
     * WriteConflict}, and may throw to stop it (a shared linker whose turn was lost must not go on).
     */
    ArticleLinker(ArticleIndex index, Clock clock, Runnable beforeRetry) {
        this(index, clock, IndexView.MAX_RECENT, beforeRetry);
    }

    /** A linker that keeps at most {@code maxRecent} unrefreshed articles in memory. */
    ArticleLinker(ArticleIndex index, Clock clock, int maxRecent) {
        this(index, clock, maxRecent, () -> {});
    }

    private ArticleLinker(ArticleIndex index, Clock clock, int maxRecent, Runnable beforeRetry) {
        this.beforeRetry = beforeRetry;
        this.index = index;
        this.view = new IndexView(index, maxRecent);
        this.copyGroups = new CopyGroups(view);
        this.copyHeadlines = new CopyHeadlines(view);
        this.stories = new StoryReviser(view);
        this.related = new RelatedReading(view);
        this.storylines = new StorylineLinker(view);
        this.clock = clock;
        this.touched = new TouchedStories(view);
    }

    /** Links and stores one article, indexed now by the clock. See {@link #link(AnalyzedArticle, Instant)}. */
    public LinkResult link(AnalyzedArticle analyzed) {
        return link(analyzed, clock.instant());
    }

    /**
     * Links and stores one article: 1. id from the canonical URL; 2. a stored article with that id
     * keeps its decisions, its copy relations recomputed when its text changed; 3. else look for the original it copies, 4. and decide which of the two
     * is canonical, relating it to every member of the copy group and noting what the copy changed
     * ({@link CopyGroups}); 5. else decide its story, revising the stories it touches ({@link
     * StoryReviser}); 6. store it and update its story and the story's related reading. When a
     * shared index refuses a story or article write because another writer changed it ({@link
     * WriteConflict}), the index is refreshed, what the cut-short attempt changed is put back
     * (the stored articles it rewrote as they were, the stories it touched rebuilt from their
     * articles, those it merged away restored: {@link TouchedStories}), and the article is linked
     * again from its decisions on (an article first stored by the cut-short attempt is decided
     * anew, not kept as stored), at most {@value #MAX_ATTEMPTS} times. When linking fails otherwise
     * midway (a write fails), the same repair comes before the next article is linked.
     *
     * @param indexedAt the instant recorded as when it was indexed: the capture time, so that a
     *     rebuild from the archive gives the same record
     * @throws WriteConflict when the stories or articles it touches changed under it {@value #MAX_ATTEMPTS}
     *     times
     */
    public LinkResult link(AnalyzedArticle analyzed, Instant indexedAt) {
        String id = ArticleIds.of(analyzed.article().canonicalUrl()); // 1
        Optional<Boolean> storedBefore = Optional.empty(); // known once an attempt has looked
        for (int attempt = 1; ; attempt++) {
            try {
                view.forgetVisible();
                // what an attempt cut short left, of this article or of one whose link failed midway
                if (!touched.isEmpty()) touched.repair(storedBefore.orElse(true) ? Optional.empty() : Optional.of(id));
                // 2; an article first stored by a cut-short attempt is no decision to keep: decided anew
                if (storedBefore.isEmpty())
                    storedBefore = Optional.of(view.article(id).isPresent());
                Optional<IndexedArticle> stored = storedBefore.get() ? view.article(id) : Optional.empty();
                LinkResult result = linkOnce(analyzed, indexedAt, id, stored);
                touched.clear();
                return result;
            } catch (WriteConflict e) {
                if (attempt == MAX_ATTEMPTS) throw e;
                beforeRetry.run();
                // another writer changed a story this linker held: make every write visible, so that
                // memory holds nothing and the stories are read again as they are now, and redo
                index.refresh();
            }
        }
    }

    /**
     * One attempt at {@link #link(AnalyzedArticle, Instant)}.
     *
     * @param stored the article as stored before, whose decisions are kept; empty for a new article
     */
    private LinkResult linkOnce(
            AnalyzedArticle analyzed, Instant indexedAt, String id, Optional<IndexedArticle> stored) {
        LinkProfile profile = LinkProfile.of(analyzed);
        LinkFeatures features = profile.features();
        var fresh = new IndexedArticle(
                id, analyzed, Optional.empty(), StoryClusterer.newStoryId(id), profile.bandKeys(), indexedAt);
        if (stored.isPresent()) {
            IndexedArticle kept = fresh.withLinks(
                            stored.get().duplicateOf(), stored.get().storyId())
                    .withCopies(stored.get().copies());
            CopyGroups.Decision refreshed = copyGroups.refresh(kept, view.profile(stored.get()), profile);
            IndexedArticle article = refreshed.article().isCanonical() // its copies' headlines, as they are now
                    ? copyHeadlines.carrying(refreshed.article(), Optional.empty(), Optional.empty())
                    : refreshed.article();
            rewrite(refreshed.changed(), refreshed.profiles(), article);
            return store(article, features, LinkResult.Outcome.UPDATED, stored, List.of());
        }
        // to the millisecond, as the index keeps it: compared alike whether a candidate is read back or in memory
        Instant published = Candidate.of(fresh, features, 0).published();
        List<StoryClusterer.Ranked> similar = StoryClusterer.rank(
                profile, profiled(others(id, view.candidates(StoryClusterer.query(fresh, published, profile)))));
        List<CandidateProfile> sharingBands =
                profiled(others(id, view.candidates(NearDuplicateFinder.query(fresh, published))));
        Optional<CopyGroups.Decision> copy = copyGroups.decide(
                fresh,
                profile,
                published,
                sharingBands,
                similar.stream().map(StoryClusterer.Ranked::candidate).toList()); // 3, 4
        if (copy.isPresent())
            return store(copy.get().article(), features, copy.get().outcome(), Optional.empty(), copy.get());
        return joinStory(fresh, profile, features, published, similar); // 5, 6
    }

    /**
     * 5. Decides the story of a canonical article, revising the stories it touches; 6. stores it,
     * what the revision moved, its story's related reading and its storyline.
     */
    private LinkResult joinStory(
            IndexedArticle fresh,
            LinkProfile profile,
            LinkFeatures features,
            Instant published,
            List<StoryClusterer.Ranked> similar) {
        StoryReviser.Decision decision = stories.decide(fresh, profile, published, similar);
        stories.remember(fresh.id(), profile);
        IndexedArticle article = fresh.withLinks(Optional.empty(), decision.storyId());
        var outcome = decision.storyId().equals(fresh.storyId())
                ? LinkResult.Outcome.NEW_STORY
                : LinkResult.Outcome.JOINED_STORY;
        RelatedReading.Choice choice = related.choose(decision, article, profile, published, similar);
        UnaryOperator<List<String>> relatedReading = earlier -> choice.after(earlier, article.storyId());
        if (decision.moves().isEmpty() && decision.vacated().isEmpty())
            return store(
                    article,
                    features,
                    outcome,
                    Optional.empty(),
                    new CopyGroups.Decision(article, outcome, List.of()),
                    relatedReading,
                    choice.sameArc());
        touched.addAsItIs(article.storyId());
        touched.vacating(decision.vacated().keySet());
        touched.addAllAsTheyAre(decision.vacated().values());
        for (var move : decision.moves().entrySet()) {
            touched.addAsItIs(move.getValue());
            view.article(move.getKey()).ifPresent(moved -> touched.addAsItIs(moved.storyId()));
        }
        view.put(article, features, false); // after a revision
        Set<String> revised = stories.apply(decision, article, touched::rewriting);
        Story story = view.story(article.storyId())
                .orElseThrow(() -> new IllegalStateException("story " + article.storyId() + " was not written"));
        view.put(RelatedReading.withRelated(story, relatedReading.apply(story.relatedIds())));
        storylines.update(article.storyId(), choice.sameArc(), revised);
        return new LinkResult(article, outcome);
    }

    /** The candidates that are not the article being linked (stored by an attempt cut short). */
    private static List<Candidate> others(String id, List<Candidate> candidates) {
        return candidates.stream().filter(c -> !c.id().equals(id)).toList();
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
     * Writes stored articles again as a decision changed them, noting each as it was before; their
     * texts are as stored, so a profile the decision had at hand is theirs (else they are profiled).
     * An original among them carries the headlines of its copies as they are just before it is written
     * ({@link CopyHeadlines}), {@code linking} (the article being linked) as decided: what another
     * worker folded into it since the decision read it is not written away.
     */
    private void rewrite(List<IndexedArticle> changed, Map<String, LinkProfile> profiles, IndexedArticle linking) {
        for (IndexedArticle decided : changed) {
            IndexedArticle c = decided.isCanonical()
                    ? copyHeadlines.carrying(decided, Optional.of(linking.id()), Optional.of(linking))
                    : decided;
            view.article(c.id()).ifPresent(before -> touched.rewriting(before, c));
            LinkProfile profile = profiles.containsKey(c.id()) ? profiles.get(c.id()) : LinkProfile.of(c.analyzed());
            view.put(c, profile.features(), true);
        }
    }

    /** Writes an article whose story did not change by it: an update. */
    private LinkResult store(
            IndexedArticle article,
            LinkFeatures features,
            LinkResult.Outcome outcome,
            Optional<IndexedArticle> replaced,
            List<IndexedArticle> changed) {
        return store(
                article,
                features,
                outcome,
                replaced,
                new CopyGroups.Decision(article, outcome, changed),
                UnaryOperator.identity(),
                Set.of());
    }

    /** Writes a copy or an original of a copy, and the stored members its decision changed. */
    private LinkResult store(
            IndexedArticle article,
            LinkFeatures features,
            LinkResult.Outcome outcome,
            Optional<IndexedArticle> replaced,
            CopyGroups.Decision decision) {
        return store(article, features, outcome, replaced, decision, UnaryOperator.identity(), Set.of());
    }

    /**
     * 6. Writes the article, the articles its decision changed and its story's summary, updated from
     * the previous summary (or built from the story's articles when the stored summary predates that),
     * with its related reading updated from the earlier list, and its storyline.
     */
    private LinkResult store(
            IndexedArticle article,
            LinkFeatures features,
            LinkResult.Outcome outcome,
            Optional<IndexedArticle> replaced,
            CopyGroups.Decision decision,
            UnaryOperator<List<String>> relatedReading,
            Set<String> sameArc) {
        List<IndexedArticle> changed = decision.changed();
        touched.add(article.storyId());
        for (IndexedArticle c : changed) touched.add(c.storyId());
        replaced.ifPresent(r -> touched.add(r.storyId()));
        view.put(article, features, replaced.isPresent());
        rewrite(changed, decision.profiles(), article);
        Story story = summary(article, outcome, replaced, changed);
        view.put(RelatedReading.withRelated(story, relatedReading.apply(story.relatedIds())));
        storylines.update(article.storyId(), sameArc, Set.of());
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
            // members made copies; an original that only gained a copy headline stays canonical
            List<String> demoted = changed.stream()
                    .filter(c -> c.storyId().equals(storyId) && !c.isCanonical())
                    .map(IndexedArticle::id)
                    .toList();
            return StorySummary.updated(previous.get(), article, replaced, demoted);
        }
        Story rebuilt = StorySummary.of(storyId, view.storyArticles(storyId));
        return previous.map(p -> rebuilt.withLinks(p.mergedIds(), p.relatedIds()))
                .orElse(rebuilt);
    }
}
