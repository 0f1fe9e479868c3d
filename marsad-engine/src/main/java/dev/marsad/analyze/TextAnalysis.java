package dev.marsad.analyze;

import java.util.List;
import java.util.Objects;

/**
 * A plain text analysed as an article ({@link ArticleAnalyzer#analyzeText}).
 *
 * @param analyzed the analysis, as for an article whose body is the text's lines
 * @param mentions every entity mention of the text, in order, with offsets into the text as given
 *     (mentions in the title are not listed: they have no offsets in the text)
 */
public record TextAnalysis(AnalyzedArticle analyzed, List<EntityMention> mentions) {
    public TextAnalysis {
        Objects.requireNonNull(analyzed, "analyzed");
        mentions = List.copyOf(mentions);
    }
}
