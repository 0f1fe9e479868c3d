package dev.marsad.link;

import dev.marsad.index.ArticleIndex;
import dev.marsad.index.IndexedArticle;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Puts a canonical article into the story of the most similar recent article, or starts a new
 * story. Single-link clustering over the index's similarity candidates, bounded in time: an event
 * a month later is another story even when it names the same places (the Karabakh ceasefire of
 * 2023 and the Ukraine ceasefire talks of 2025 are related, not one story).
 */
final class StoryClusterer {

    /** Topic similarity at or above which an article joins a candidate's story. */
    static final double MIN_SIMILARITY = 0.22;
    /** Two articles further apart than this in publication time are never one story. */
    static final Duration STORY_WINDOW = Duration.ofDays(5);
    /** Similar articles read from the index per article, for its story and for copies. */
    static final int CANDIDATES = 25;

    /** The story the article belongs to: an existing story's id, or a new one named after the article. */
    String storyFor(IndexedArticle article, List<ArticleIndex.Similar> similar) {
        return bestMatch(article, similar).map(IndexedArticle::storyId).orElse(newStoryId(article.id()));
    }

    static String newStoryId(String articleId) {
        return "s" + articleId;
    }

    private Optional<IndexedArticle> bestMatch(IndexedArticle article, List<ArticleIndex.Similar> similar) {
        TopicSimilarity.Profile profile = TopicSimilarity.of(article.analyzed());
        Instant published = publishedOf(article);
        IndexedArticle best = null;
        double bestScore = MIN_SIMILARITY;
        for (ArticleIndex.Similar candidateHit : similar) {
            IndexedArticle candidate = candidateHit.article();
            if (candidate.id().equals(article.id())) continue;
            if (Duration.between(publishedOf(candidate), published).abs().compareTo(STORY_WINDOW) > 0) continue;
            double score = profile.score(candidate.analyzed());
            if (score >= bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    static Instant publishedOf(IndexedArticle article) {
        return article.analyzed().article().published().orElse(article.indexedAt());
    }
}
