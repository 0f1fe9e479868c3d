package dev.marsad.analyze;

import dev.marsad.arabic.name.NameKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /**
     * The article's tags: the publisher's ({@link #unify}) and then the keyphrases found in its text,
     * one tag per key. A tag that names one of the article's entities (its key is the entity's id,
     * or one of its spellings has the variant key of one of the entity's names: قره باخ and
     * كاراباخ) is that entity: keyed by the entity's id and shown by the entity's name.
     */
    List<Tag> merge(List<Tag> publisherTags, List<Entity> entities, List<Keyphrases.Keyphrase> keyphrases) {
        Map<String, Tag> byKey = new LinkedHashMap<>();
        for (Tag tag : publisherTags) {
            Tag keyed = entityOf(tag, entities)
                    .map(e -> new Tag(e.name(), e.id(), tag.variants()))
                    .orElse(tag);
            byKey.merge(keyed.key(), keyed, TagUnifier::union);
        }
        for (Keyphrases.Keyphrase k : keyphrases)
            byKey.putIfAbsent(k.key(), new Tag(k.name(), k.key(), List.of(k.name())));
        return List.copyOf(byKey.values());
    }

    private static Optional<Entity> entityOf(Tag tag, List<Entity> entities) {
        for (Entity e : entities) if (e.id().equals(tag.key())) return Optional.of(e);
        for (String spelling : tag.variants()) {
            String key = NameKey.of(spelling);
            if (key.isEmpty()) continue;
            for (Entity e : entities) {
                if (NameKey.of(e.name()).equals(key)) return Optional.of(e);
                for (String variant : e.variants()) if (NameKey.of(variant).equals(key)) return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private static Tag union(Tag a, Tag b) {
        var variants = new ArrayList<>(a.variants());
        for (String v : b.variants()) if (!variants.contains(v)) variants.add(v);
        return new Tag(a.name(), a.key(), variants);
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
