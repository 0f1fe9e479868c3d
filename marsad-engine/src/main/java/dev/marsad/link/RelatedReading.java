package dev.marsad.link;

import dev.marsad.index.ArticleIndex;
import dev.marsad.index.IndexedArticle;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * "اقرأ أيضاً" for readers: canonical articles from other stories that are close in topic, one per
 * story, best first; none when nothing is close enough.
 */
public final class RelatedReading {

    /** Candidates read per requested article; most are dropped as same-story or same-story repeats. */
    private static final int OVERFETCH = 4;
    /**
     * Topic similarity below which a candidate is not worth reading next: the index always finds
     * some article sharing a word, and "اقرأ أيضاً" with nothing in common is worse than none.
     */
    static final double MIN_SIMILARITY = 0.06;

    private final ArticleIndex index;

    public RelatedReading(ArticleIndex index) {
        this.index = index;
    }

    /** Up to {@code limit} related articles from stories other than the article's own. */
    public List<IndexedArticle> forArticle(IndexedArticle article, int limit) {
        var seenStories = new LinkedHashSet<String>();
        seenStories.add(article.storyId());
        LinkProfile profile = LinkProfile.of(article.analyzed());
        return index.similarTo(article, limit * OVERFETCH).stream()
                .map(ArticleIndex.Similar::article)
                .filter(a -> TopicSimilarity.score(profile, LinkProfile.of(a.analyzed())) >= MIN_SIMILARITY)
                .filter(a -> seenStories.add(a.storyId()))
                .limit(limit)
                .toList();
    }
}
