package dev.marsad.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Spelling-independent keys for tags and for names found by patterns.
 *
 * <p>A tag that names a gazetteer entity, with or without a generic descriptor (إقليم، مدينة،
 * جمهورية…), keys to the entity's id: "كاراباخ", "إقليم كاراباخ" and "ناغورنو قره باخ" all give
 * {@code loc:nagorno-karabakh}. Any other tag keys to its slug: normalised words without the
 * article, descriptors dropped, nisba adjectives replaced by their country ("القوات الأذرية" and
 * "القوات الأذربيجانية" both give {@code قوات-azerbaijan}). Keys hold only letters, digits, '-'
 * and ':' and are therefore safe in a URL path once percent-encoded.
 */
final class TagKeys {

    private static final String ARTICLE = "\u0627\u0644";
    /** Shortest word the article is removed from, so that short words keep their letters. */
    private static final int MIN_WORD_WITHOUT_ARTICLE = 4;

    private TagKeys() {}

    /** The key of a tag as the page names it; never blank for a tag with a letter or digit. */
    static String key(String tag, Gazetteer gazetteer, Lexicon lexicon) {
        List<Word> all = Word.of(tag);
        Optional<GazetteerEntry> whole = gazetteer.find(all);
        if (whole.isPresent()) return whole.get().id();
        List<Word> words = withoutDescriptors(all, lexicon);
        Optional<GazetteerEntry> named = gazetteer.find(words);
        if (named.isPresent()) return named.get().id();
        return slug(words, gazetteer);
    }

    /** The slug of a name: its normalised words without the article, nisbas as their country. */
    static String slug(String name, Gazetteer gazetteer) {
        return slug(Word.of(name), gazetteer);
    }

    private static String slug(List<Word> words, Gazetteer gazetteer) {
        var parts = new ArrayList<String>();
        for (Word w : words) {
            Optional<GazetteerEntry> country = gazetteer.countryOfNisba(w);
            if (country.isPresent())
                parts.add(country.get().id().substring(country.get().id().indexOf(':') + 1));
            else parts.add(withoutArticle(w.norm()));
        }
        return String.join("-", parts);
    }

    private static List<Word> withoutDescriptors(List<Word> words, Lexicon lexicon) {
        List<Word> kept = words.stream()
                .filter(w -> !lexicon.descriptors().contains(withoutArticle(w.norm())))
                .toList();
        return kept.isEmpty() ? words : kept;
    }

    static String withoutArticle(String norm) {
        return norm.startsWith(ARTICLE) && norm.length() >= MIN_WORD_WITHOUT_ARTICLE ? norm.substring(2) : norm;
    }
}
