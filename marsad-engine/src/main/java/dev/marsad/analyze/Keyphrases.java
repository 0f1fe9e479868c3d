package dev.marsad.analyze;

import dev.marsad.arabic.text.AnalyzedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The keyphrases of an article's text: its entities and its noun phrases, weighted by where they
 * occur and by how unusual their words are in the corpus, best first.
 *
 * <ol>
 *   <li>candidates: each entity of the article (by its id and name), and each noun phrase of the
 *       title and body: a definite noun (الحصبة), a noun and a definite noun (سعر الفائدة), two
 *       definite nouns (البنك المركزي); stop words and numbers end a phrase;
 *   <li>weight of one occurrence: {@link #TITLE_WEIGHT} in the title, {@link #LEAD_WEIGHT} in the
 *       first {@link #LEAD_PARTS} parts after it, 1 further on; a noun phrase's weight is multiplied
 *       by its rarity ({@link WordRarity}), an entity's is not (a name is never common);
 *   <li>a candidate is kept when its weight reaches {@link #MIN_WEIGHT}; at most {@link
 *       #MAX_KEYPHRASES}, heaviest first, a noun phrase naming a kept entity left out.
 * </ol>
 */
final class Keyphrases {

    /** Keyphrases an article gets at most. */
    static final int MAX_KEYPHRASES = 5;
    /** Weight of an occurrence in the title. */
    static final double TITLE_WEIGHT = 3;
    /** Weight of an occurrence in the lead. */
    static final double LEAD_WEIGHT = 2;
    /** Parts after the title that count as the lead (subtitle, first paragraph). */
    static final int LEAD_PARTS = 2;
    /**
     * Lowest weight kept: more than one title mention, so that a keyphrase is said at least twice
     * (title and body, or two lead mentions, or four in the body of a phrase of ordinary rarity).
     */
    static final double MIN_WEIGHT = 4;
    /** Shortest word of a noun phrase, article included. */
    static final int MIN_WORD = 4;

    private static final String ARTICLE = "\u0627\u0644";

    /** One keyphrase: its display name, its tag key, its weight. */
    record Keyphrase(String name, String key, double weight) {}

    private final Lexicon lexicon;
    private final WordRarity rarity;
    private final TagUnifier tags;

    Keyphrases(Lexicon lexicon, WordRarity rarity, TagUnifier tags) {
        this.lexicon = lexicon;
        this.rarity = rarity;
        this.tags = tags;
    }

    /**
     * The keyphrases of an article.
     *
     * @param parts the article's own texts, title first (the parts its mentions count in)
     * @param entities its entities
     * @param mentions their mentions in {@code parts}
     * @param publishers the names of the site and of the original publisher, which are no topic
     */
    List<Keyphrase> find(
            List<AnalyzedText> parts, List<Entity> entities, List<Mention> mentions, List<String> publishers) {
        var publisherKeys = publishers.stream().map(tags::key).toList();
        Map<String, Keyphrase> found = new LinkedHashMap<>();
        Map<String, String> entityNames = new LinkedHashMap<>();
        for (Entity e : entities) entityNames.put(e.id(), e.name());
        for (Mention m : mentions) {
            String name = entityNames.get(m.id());
            if (name != null) add(found, new Keyphrase(name, m.id(), weight(m.part())));
        }
        // a noun phrase that names an entity is counted by the entity's mentions already
        for (int part = 0; part < parts.size(); part++)
            for (String phrase : nounPhrases(parts.get(part))) {
                String key = tags.key(phrase);
                if (!entityNames.containsKey(key))
                    add(found, new Keyphrase(phrase, key, weight(part) * rarity.of(phrase)));
            }
        var kept = new ArrayList<>(found.values());
        kept.removeIf(k -> k.weight() < MIN_WEIGHT || publisherKeys.contains(k.key()));
        kept.sort(Comparator.comparingDouble((Keyphrase k) -> -k.weight()));
        return kept.stream().limit(MAX_KEYPHRASES).toList();
    }

    private static void add(Map<String, Keyphrase> found, Keyphrase k) {
        found.merge(k.key(), k, (a, b) -> new Keyphrase(a.name(), a.key(), a.weight() + b.weight()));
    }

    private static double weight(int part) {
        if (part == 0) return TITLE_WEIGHT;
        return part <= LEAD_PARTS ? LEAD_WEIGHT : 1;
    }

    /**
     * The noun phrases of one text as written, conjunctions and prepositions taken off. The
     * definite complement of a noun is a phrase of its own as well: "مكافحة الحصبة" also gives
     * الحصبة, the topic it names.
     */
    List<String> nounPhrases(AnalyzedText text) {
        var phrases = new ArrayList<String>();
        List<Word> words = Word.of(text);
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (!isNoun(w)) continue;
            boolean definite = isDefinite(w);
            Word next = i + 1 < words.size() ? words.get(i + 1) : null;
            // the second word takes the article directly: a conjunction (والبنك) starts a new phrase
            boolean pair = next != null
                    && next.isJoinedToPrevious()
                    && isNoun(next)
                    && next.norm().startsWith(ARTICLE)
                    && next.norm().length() >= MIN_WORD;
            if (pair) {
                phrases.add(shown(w) + " " + shown(next));
                if (!definite) phrases.add(shown(next));
                i++;
            } else if (definite) phrases.add(shown(w));
        }
        return phrases;
    }

    private boolean isNoun(Word w) {
        String form = w.norm();
        return form.length() >= MIN_WORD - 1
                && Character.isLetter(form.charAt(0))
                && !lexicon.stopWords().containsWithClitics(w)
                && !lexicon.stopWords().contains(w.stem());
    }

    private static boolean isDefinite(Word w) {
        for (String reading : w.readings())
            if (reading.startsWith(ARTICLE) && reading.length() >= MIN_WORD) return true;
        return false;
    }

    /** The word as written without a conjunction or preposition before its article: وبالحصبة → الحصبة. */
    private static String shown(Word w) {
        String surface = w.surface();
        int article = surface.indexOf(ARTICLE);
        if (article > 0 && article <= 2 && isDefinite(w)) return surface.substring(article);
        String lam = "\u0644\u0644"; // ل + ال with its alef dropped: للحصبة
        int joined = surface.indexOf(lam);
        if (joined >= 0 && joined <= 1 && !surface.startsWith(ARTICLE)) return ARTICLE + surface.substring(joined + 2);
        return isDefinite(w) ? surface : w.surfaceWithoutProclitics();
    }
}
