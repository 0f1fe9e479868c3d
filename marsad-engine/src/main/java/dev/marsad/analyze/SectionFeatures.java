package dev.marsad.analyze;

import dev.marsad.arabic.text.AnalyzedText;
import dev.marsad.arabic.token.TokenType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The features the trained section model reads from an article, as counts by name.
 *
 * <ul>
 *   <li>{@code w:stem}: each Arabic or Latin word that is no stop word, by its marsad-arabic light
 *       stem (read from the analysed text, not stemmed again);
 *   <li>{@code b:stem_stem}: two such words in a row (stop words break a pair);
 *   <li>{@code t:stem}: a word of the title, counted besides its {@code w:} feature, because the
 *       headline names the topic more often than any sentence of the body.
 * </ul>
 *
 * <p>Only the first {@link #MAX_BODY_WORDS} body words are read: the lead decides the topic, and
 * long articles would otherwise cost more without telling more.
 */
final class SectionFeatures {

    /** Body words read at most. */
    static final int MAX_BODY_WORDS = 600;
    /** Shortest stem that is a feature; shorter ones are mostly particles and letters. */
    static final int MIN_STEM_LENGTH = 2;

    private SectionFeatures() {}

    /** The feature counts of a title and its body paragraphs. */
    static Map<String, Integer> of(AnalyzedText title, List<AnalyzedText> body) {
        var counts = new HashMap<String, Integer>();
        add(title, counts, "t:", Integer.MAX_VALUE);
        int budget = MAX_BODY_WORDS;
        for (AnalyzedText paragraph : body) {
            if (budget <= 0) break;
            budget -= add(paragraph, counts, null, budget);
        }
        return counts;
    }

    /** Adds the features of one text, at most {@code limit} words; returns the words read. */
    private static int add(AnalyzedText text, Map<String, Integer> counts, String titlePrefix, int limit) {
        String previous = null;
        int read = 0;
        for (int i = 0; i < text.size() && read < limit; i++) {
            TokenType type = text.type(i);
            if (type != TokenType.ARABIC && type != TokenType.LATIN) continue;
            read++;
            String stem = text.stem(i);
            if (text.isStopWord(i) || stem.length() < MIN_STEM_LENGTH) {
                previous = null;
                continue;
            }
            counts.merge("w:" + stem, 1, Integer::sum);
            if (titlePrefix != null) counts.merge(titlePrefix + stem, 1, Integer::sum);
            if (previous != null) counts.merge("b:" + previous + "_" + stem, 1, Integer::sum);
            previous = stem;
        }
        return read;
    }
}
