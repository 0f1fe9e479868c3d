package dev.marsad.analyze;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the tags a page lists into Marsad's tags: runs split ({@link TagSplitter}), spellings
 * grouped by key ({@link TagKeys}), one {@link Tag} per key in order of first appearance.
 *
 * <p>A tag's name is its spelling with the fewest generic descriptors (كاراباخ over إقليم
 * كاراباخ), then with the most hamza-carrying letters (the most careful spelling: أذربيجان over
 * اذربيجان), the first seen on a tie.
 */
final class TagUnifier {

    private static final String HAMZA_LETTERS = "\u0621\u0622\u0623\u0624\u0625\u0626";

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final TagSplitter splitter;

    TagUnifier(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.splitter = new TagSplitter(gazetteer, lexicon);
    }

    /** The unified tags of {@code rawTags}; blank entries are skipped. */
    List<Tag> unify(List<String> rawTags) {
        Map<String, List<String>> spellingsByKey = new LinkedHashMap<>();
        for (String raw : rawTags) {
            for (String tag : splitter.split(raw)) {
                String key = TagKeys.key(tag, gazetteer, lexicon);
                List<String> spellings = spellingsByKey.computeIfAbsent(key, k -> new ArrayList<>());
                if (!spellings.contains(tag)) spellings.add(tag);
            }
        }
        var tags = new ArrayList<Tag>();
        spellingsByKey.forEach((key, spellings) -> tags.add(new Tag(displayName(spellings), key, spellings)));
        return tags;
    }

    /** The key a single tag name gets (for links from other stages' tag names). */
    String key(String tag) {
        return TagKeys.key(tag, gazetteer, lexicon);
    }

    private String displayName(List<String> spellings) {
        String best = spellings.getFirst();
        for (String s : spellings) {
            int byDescriptors = Long.compare(descriptorCount(best), descriptorCount(s));
            if (byDescriptors > 0 || (byDescriptors == 0 && hamzaCount(s) > hamzaCount(best))) best = s;
        }
        return best;
    }

    private long descriptorCount(String spelling) {
        return Word.of(spelling).stream()
                .filter(w -> lexicon.descriptors().contains(TagKeys.withoutArticle(w.norm())))
                .count();
    }

    private static long hamzaCount(String s) {
        return s.chars().filter(c -> HAMZA_LETTERS.indexOf(c) >= 0).count();
    }
}
