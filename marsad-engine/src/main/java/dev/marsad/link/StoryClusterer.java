package dev.marsad.link;

import dev.marsad.analyze.Entity;
import dev.marsad.analyze.Tag;
import dev.marsad.index.CandidateQuery;
import dev.marsad.index.IndexedArticle;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Puts a canonical article into the story of the most similar recent article, or starts a new
 * story. Single-link clustering over candidates from the index, bounded in time: an event a month
 * later is another story even when it names the same places (the Karabakh ceasefire of 2023 and the
 * Ukraine ceasefire talks of 2025 are related, not one story).
 */
final class StoryClusterer {

    /** Topic similarity at or above which an article joins a candidate's story. */
    static final double MIN_SIMILARITY = 0.22;
    /** Two articles further apart than this in publication time are never one story. */
    static final Duration STORY_WINDOW = Duration.ofDays(5);
    /** Candidates read per article for its story (and for cut copies). */
    static final int CANDIDATES = 25;
    /** The article's most frequent words that the candidate query looks for. */
    static final int QUERY_WORDS = 25;
    /**
     * What a shared entity adds to a candidate's query score, per point of its type weight (a
     * person 3, an organisation 2, a place 1); a shared word adds its count in the new article
     * (a title word at least {@link LinkProfile#TITLE_REPEAT}).
     */
    static final int ENTITY_KEY_WEIGHT = 3;
    /** What a shared tag adds to a candidate's query score. */
    static final int TAG_KEY_WEIGHT = 4;

    private StoryClusterer() {}

    /**
     * The query for the article's story candidates: canonical articles published within {@link
     * #STORY_WINDOW} of it that share its most frequent words, its entities or its tags, scored by
     * what they share. The decision itself is {@link TopicSimilarity}'s, not this score's.
     */
    static CandidateQuery query(IndexedArticle article, Instant published, LinkProfile profile) {
        var keys = new ArrayList<CandidateQuery.Key>();
        for (int i : topWords(profile))
            keys.add(new CandidateQuery.Key(
                    CandidateQuery.Field.TERM,
                    LinkProfile.termKey(profile.words[i]),
                    Math.min(profile.wordCounts[i], CandidateQuery.MAX_WEIGHT)));
        Map<String, Integer> entities = new LinkedHashMap<>();
        for (Entity e : article.analyzed().entities())
            entities.merge(e.id(), ENTITY_KEY_WEIGHT * LinkProfile.weightOf(e.type()), Math::max);
        entities.forEach((id, weight) -> keys.add(new CandidateQuery.Key(CandidateQuery.Field.ENTITY, id, weight)));
        article.analyzed().tags().stream()
                .map(Tag::key)
                .distinct()
                .forEach(k -> keys.add(new CandidateQuery.Key(CandidateQuery.Field.TAG, k, TAG_KEY_WEIGHT)));
        var window = new CandidateQuery.Window(published.minus(STORY_WINDOW), published.plus(STORY_WINDOW));
        return new CandidateQuery(keys, Optional.of(window), Set.of(article.id()), CANDIDATES);
    }

    /** The story the article belongs to: the story of its most similar candidate, or {@code newStoryId}. */
    static String storyFor(String newStoryId, LinkProfile profile, List<CandidateProfile> similar) {
        CandidateProfile best = null;
        double bestScore = MIN_SIMILARITY;
        for (CandidateProfile candidate : similar) {
            double score = TopicSimilarity.score(profile, candidate.profile());
            if (score >= bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return best == null ? newStoryId : best.storyId();
    }

    /** The candidates by topic similarity to the profile, most similar first, then by id. */
    static List<CandidateProfile> bySimilarity(LinkProfile profile, List<CandidateProfile> candidates) {
        Comparator<CandidateProfile> similarity =
                Comparator.comparingDouble(c -> TopicSimilarity.score(profile, c.profile()));
        return candidates.stream()
                .sorted(similarity.reversed().thenComparing(CandidateProfile::id))
                .toList();
    }

    static String newStoryId(String articleId) {
        return "s" + articleId;
    }

    /** When an article was published, else when it was indexed. */
    static Instant publishedOf(IndexedArticle article) {
        return article.analyzed().article().published().orElse(article.indexedAt());
    }

    /** The positions of the profile's {@link #QUERY_WORDS} most frequent words, ties by hash. */
    private static int[] topWords(LinkProfile profile) {
        Integer[] order = new Integer[profile.words.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        java.util.Arrays.sort(order, Comparator.comparingInt((Integer i) -> -profile.wordCounts[i]));
        int n = Math.min(QUERY_WORDS, order.length);
        int[] top = new int[n];
        for (int i = 0; i < n; i++) top[i] = order[i];
        return top;
    }
}
