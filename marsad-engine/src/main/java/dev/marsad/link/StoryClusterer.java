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
        for (int i : profile.topWords(QUERY_WORDS))
            keys.add(new CandidateQuery.Key(
                    CandidateQuery.Field.TERM,
                    LinkProfile.termKey(profile.words.keys[i]),
                    Math.min(profile.words.weights[i], CandidateQuery.MAX_WEIGHT)));
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

    /** A candidate with its topic similarity to the new article. */
    record Ranked(CandidateProfile candidate, double similarity) {}

    /** The candidates by topic similarity to the profile, most similar first, then by id. */
    static List<Ranked> rank(LinkProfile profile, List<CandidateProfile> candidates) {
        return candidates.stream()
                .map(c -> new Ranked(c, TopicSimilarity.score(profile, c.profile())))
                .sorted(Comparator.comparingDouble(Ranked::similarity)
                        .reversed()
                        .thenComparing(r -> r.candidate().id()))
                .toList();
    }

    /**
     * The story the article belongs to: that of the most similar candidate when it is similar
     * enough, else {@code newStoryId}.
     *
     * @param ranked the candidates as {@link #rank} orders them
     */
    static String storyFor(String newStoryId, List<Ranked> ranked) {
        return ranked.isEmpty() || ranked.getFirst().similarity() < MIN_SIMILARITY
                ? newStoryId
                : ranked.getFirst().candidate().storyId();
    }

    static String newStoryId(String articleId) {
        return "s" + articleId;
    }

    /** When an article was published, else when it was indexed. */
    static Instant publishedOf(IndexedArticle article) {
        return article.analyzed().article().published().orElse(article.indexedAt());
    }
}
