package dev.marsad.link;

import dev.marsad.index.IndexedArticle;
import java.util.Objects;

/**
 * What linking decided for one article.
 *
 * @param article the article as stored, with its copy and story decisions
 * @param outcome whether it is new, a copy, or a re-ingest of a stored article
 */
public record LinkResult(IndexedArticle article, Outcome outcome) {

    public LinkResult {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** The kinds of decision. */
    public enum Outcome {
        /** A canonical article that started a new story. */
        NEW_STORY,
        /** A canonical article that joined an existing story. */
        JOINED_STORY,
        /** A copy of an article already stored; it joined that article's story. */
        COPY,
        /** A copy that is the original of an article already stored, which now points to it. */
        ORIGINAL_OF_COPY,
        /** The same URL was stored before; its content was replaced and its links kept. */
        UPDATED
    }
}
