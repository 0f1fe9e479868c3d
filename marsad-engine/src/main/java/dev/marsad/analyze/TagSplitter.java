package dev.marsad.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits a run of tags that a page gives as one string ("قوات حفظ السلام أرمينيا أذربيجان …")
 * into the real tags.
 *
 * <ol>
 *   <li>split at separators (، , ; | # and line breaks);
 *   <li>a piece of at most {@link #MAX_TAG_WORDS} words is one tag;
 *   <li>a longer piece is cut into units (gazetteer names, longest first; else single words) and
 *       a unit joins the one before it when it is a nisba adjective ("القوات الأذرية") or a
 *       definite adjective with a nisba ending after an ordinary word ("السلام الدولية"), when the
 *       one before is a descriptor ("إقليم كاراباخ") or when the one before is an indefinite
 *       ordinary word and this one is no gazetteer name (a construct chain: "قوات حفظ السلام").
 * </ol>
 */
final class TagSplitter {

    /** Longest piece taken as one tag without cutting; real tags are rarely longer. */
    static final int MAX_TAG_WORDS = 4;

    private static final String SEPARATORS = "[،,;؛|#\\n\\r\\t]+";
    private static final String ARTICLE = "\u0627\u0644";
    /** The nisba endings ية (normalised يه) and ي. */
    private static final String NISBA_FEMININE = "\u064A\u0647";

    private static final String NISBA_MASCULINE = "\u064A";

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;

    TagSplitter(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    /** The tags in {@code raw}, in order, stripped; empty for a blank string. */
    List<String> split(String raw) {
        var tags = new ArrayList<String>();
        for (String piece : raw.split(SEPARATORS)) {
            String text = piece.strip();
            List<Word> words = Word.of(text);
            if (words.isEmpty()) continue;
            if (words.size() <= MAX_TAG_WORDS) tags.add(text);
            else tags.addAll(cut(text, words));
        }
        return tags;
    }

    private List<String> cut(String text, List<Word> words) {
        var tags = new ArrayList<String>();
        int tagStart = 0;
        Unit previous = null;
        for (int i = 0; i < words.size(); ) {
            Unit unit = unitAt(words, i);
            if (previous != null && !joins(previous, unit)) {
                tags.add(text.substring(
                        words.get(tagStart).start(), words.get(i - 1).end()));
                tagStart = i;
            }
            previous = unit;
            i = unit.end();
        }
        tags.add(text.substring(words.get(tagStart).start(), words.getLast().end()));
        return tags;
    }

    private Unit unitAt(List<Word> words, int i) {
        Optional<GazetteerMatch> match = gazetteer.matchAt(words, i);
        if (match.isPresent() && match.get().start() == words.get(i).start())
            return new Unit(words.get(i).norm(), true, match.get().endWord());
        return new Unit(words.get(i).norm(), false, i + 1);
    }

    private boolean joins(Unit previous, Unit unit) {
        if (!unit.named() && gazetteer.countryOfNisba(unit.firstNorm()).isPresent()) return true;
        if (previous.named()) return false;
        if (!unit.named() && isDefiniteAdjective(unit.firstNorm())) return true;
        if (lexicon.descriptors().contains(TagKeys.withoutArticle(previous.firstNorm()))) return true;
        boolean previousIndefinite = !previous.firstNorm().startsWith(ARTICLE);
        return previousIndefinite && !unit.named();
    }

    /** A definite word with a nisba ending (الدولية، الاقتصادي): an adjective of the word before. */
    private static boolean isDefiniteAdjective(String norm) {
        return norm.startsWith(ARTICLE) && (norm.endsWith(NISBA_FEMININE) || norm.endsWith(NISBA_MASCULINE));
    }

    /** A unit of a tag run: a gazetteer name or one word, ending before word {@code end}. */
    private record Unit(String firstNorm, boolean named, int end) {}
}
