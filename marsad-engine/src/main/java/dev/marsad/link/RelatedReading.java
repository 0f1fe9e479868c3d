package dev.marsad.link;

import dev.marsad.index.Candidate;
import dev.marsad.index.CandidateQuery;
import dev.marsad.index.IndexedArticle;
import dev.marsad.index.Story;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * "اقرأ أيضاً", decided once by the link stage and stored on the story ({@link Story#relatedIds()}):
 * other stories that share the subject of a new article, best first, one entry per story, never
 * the article's own story. A candidate counts when it is similar enough in topic and shares more
 * than places: a person or an organisation, or enough of the words (a football final and a rate
 * cut in the same country share a place name and nothing else). Candidates come from the story
 * step's candidates and from one wider query reaching {@link #WINDOW} back; a candidate's score is
 * its similarity halved for every {@link #HALF_LIFE} between the two articles, so recent stories
 * come first. Each new article's choices go before the story's earlier ones.
 */
final class RelatedReading {

    /** Stories kept on a story. */
    static final int KEPT = 5;
    /** Topic similarity below which a story is not worth reading next. */
    static final double MIN_SIMILARITY = 0.06;
    /** Word cosine at or above which two articles share a subject without sharing a person or organisation. */
    static final double MIN_SUBJECT_COSINE = 0.15;
    /** How far back the wider query reaches. */
    static final Duration WINDOW = Duration.ofDays(730);
    /** Age difference that halves a candidate's score. */
    static final Duration HALF_LIFE = Duration.ofDays(30);
    /** Candidates read by the wider query. */
    static final int CANDIDATES = 25;
    /** The article's most frequent words the wider query looks for (fewer than the story query's: it spans years). */
    static final int QUERY_WORDS = 10;
    /** The most members of the article's story excluded from the wider query by id. */
    static final int MAX_EXCLUDED = 200;

    private final IndexView view;

    RelatedReading(IndexView view) {
        this.view = view;
    }

    /**
     * What a new article's candidates say about other stories.
     *
     * @param related the stories found related to it, best first
     * @param sameArc those of them close enough to be of the same storyline ({@link
     *     StorylineLinker#isSameArc})
     */
    record Choice(List<String> related, Set<String> sameArc) {
        Choice {
            related = List.copyOf(related);
            sameArc = Set.copyOf(sameArc);
        }

        /** The related reading of a story that had {@code earlier}: these first, then the earlier ones. */
        List<String> after(List<String> earlier, String storyId) {
            var chosen = new LinkedHashSet<>(related);
            for (String id : earlier) if (!id.equals(storyId)) chosen.add(id);
            return chosen.stream().limit(KEPT).toList();
        }
    }

    /**
     * The stories related to a new canonical article's story: 1. score the story step's
     * candidates and the wider query's by recency-weighted similarity; 2. keep those of other
     * stories that share its subject, best per story, and note those of the same arc.
     */
    Choice choose(
            StoryReviser.Decision decision,
            IndexedArticle article,
            LinkProfile profile,
            Instant published,
            List<StoryClusterer.Ranked> similar) {
        var candidates = new ArrayList<>(similar); // 1
        Set<String> seen = new HashSet<>();
        for (StoryClusterer.Ranked r : similar) seen.add(r.candidate().id());
        for (StoryClusterer.Ranked r : StoryClusterer.rank(profile, profiled(wider(article, published, profile))))
            if (seen.add(r.candidate().id())) candidates.add(r);
        Map<String, Double> best = new LinkedHashMap<>(); // 2
        Set<String> sameArc = new TreeSet<>();
        for (StoryClusterer.Ranked r : candidates) {
            CandidateProfile c = r.candidate();
            String story = decision.storyOf(c.id(), c.storyId());
            if (story.equals(article.storyId()) || !sharesSubject(profile, c.profile(), r.similarity())) continue;
            double score = r.similarity() * recency(published, c.published());
            best.merge(story, score, Math::max);
            if (StorylineLinker.isSameArc(r, profile, published)) sameArc.add(story);
        }
        List<String> related = best.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .limit(KEPT)
                .toList();
        return new Choice(related, sameArc);
    }

    /** A story with this list of related stories. */
    static Story withRelated(Story story, List<String> related) {
        return story.withLinks(story.mergedIds(), related);
    }

    /** Whether two articles share more than places: similar enough, and a person, an organisation or enough words in common. */
    static boolean sharesSubject(LinkProfile a, LinkProfile b, double similarity) {
        return similarity >= MIN_SIMILARITY
                && (TopicSimilarity.sharesActor(a, b) || TopicSimilarity.cosine(a, b) >= MIN_SUBJECT_COSINE);
    }

    private static double recency(Instant a, Instant b) {
        double apart = Duration.between(a, b).abs().toMillis();
        return Math.pow(0.5, apart / HALF_LIFE.toMillis());
    }

    private static List<CandidateProfile> profiled(List<Candidate> found) {
        var result = new ArrayList<CandidateProfile>(found.size());
        for (var c : found) LinkProfile.decode(c.profile()).ifPresent(p -> result.add(new CandidateProfile(c, p)));
        return result;
    }

    /**
     * The story query's entities, tags and {@link #QUERY_WORDS} most frequent words over {@link
     * #WINDOW}, without the members of the article's story.
     */
    private List<Candidate> wider(IndexedArticle article, Instant published, LinkProfile profile) {
        CandidateQuery story = StoryClusterer.query(article, published, profile);
        var excluded = new HashSet<>(story.excludedIds());
        view.story(article.storyId())
                .ifPresent(s -> s.articleIds().stream().limit(MAX_EXCLUDED).forEach(excluded::add));
        var window = new CandidateQuery.Window(published.minus(WINDOW), published.plus(StoryClusterer.STORY_WINDOW));
        var keys = new ArrayList<CandidateQuery.Key>();
        int words = 0;
        for (CandidateQuery.Key k : story.keys())
            if (k.field() != CandidateQuery.Field.TERM || words++ < QUERY_WORDS) keys.add(k);
        return view.candidates(new CandidateQuery(keys, Optional.of(window), excluded, CANDIDATES));
    }
}
