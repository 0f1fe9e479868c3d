package dev.marsad.analyze;

import dev.marsad.arabic.ArabicNormalizer;
import dev.marsad.arabic.text.AnalyzedText;
import dev.marsad.arabic.token.ProcliticReadings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the named places, organisations and people of an article's texts.
 *
 * <ol>
 *   <li>gazetteer names, longest first, left to right;
 *   <li>the {@link NamePatterns} on the words the gazetteer left;
 *   <li>family names: a lone word equal to the last word of a person found in step 1 or 2 (in any
 *       part) is that person ("وأوضح عمروف"), also when a pattern found it alone ("وقال عمروف إن").
 * </ol>
 *
 * <p>Pure and thread-safe once built.
 */
final class EntityRecognizer {

    private static final String ARTICLE = "\u0627\u0644";

    private final Gazetteer gazetteer;
    private final NamePatterns patterns;
    private final Lexicon lexicon;

    EntityRecognizer(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.patterns = new NamePatterns(lexicon, gazetteer);
    }

    /** The mentions in {@code parts} (title first), in part and text order. */
    List<Mention> recognize(List<AnalyzedText> parts) {
        var mentions = new ArrayList<Mention>();
        var words = new ArrayList<List<Word>>();
        var taken = new ArrayList<boolean[]>();
        for (int p = 0; p < parts.size(); p++) {
            List<Word> w = Word.of(parts.get(p));
            words.add(w);
            taken.add(new boolean[w.size()]);
            mentions.addAll(findNames(parts.get(p).text(), p, w, taken.getLast()));
        }
        Map<String, Mention> familyNames = familyNames(mentions, words);
        mentions.replaceAll(m -> asKnownPerson(m, familyNames));
        for (int p = 0; p < parts.size(); p++)
            mentions.addAll(findFamilyNames(parts.get(p).text(), p, words.get(p), taken.get(p), familyNames));
        mentions.sort((a, b) ->
                a.part() != b.part() ? Integer.compare(a.part(), b.part()) : Integer.compare(a.start(), b.start()));
        return mentions;
    }

    private List<Mention> findNames(String text, int part, List<Word> words, boolean[] taken) {
        var found = new ArrayList<Mention>();
        for (int i = 0; i < words.size(); ) {
            Optional<GazetteerMatch> match = gazetteer.matchAt(words, i);
            if (match.isPresent() && !isAdjectiveUse(words, match.get())) {
                GazetteerMatch m = match.get();
                GazetteerEntry e = m.entry();
                found.add(new Mention(
                        e.id(), e.type(), e.name(), text.substring(m.start(), m.end()), part, m.start(), m.end()));
                for (int k = m.firstWord(); k < m.endWord(); k++) taken[k] = true;
                i = m.endWord();
            } else i++;
        }
        for (int i = 0; i < words.size(); i++) {
            if (taken[i]) continue;
            Optional<NamePatterns.PatternMatch> match = patterns.matchAt(words, taken, i);
            if (match.isEmpty()) continue;
            NamePatterns.PatternMatch m = match.get();
            String surface = text.substring(m.start(), m.end());
            found.add(new Mention(patternId(m.type(), surface), m.type(), surface, surface, part, m.start(), m.end()));
            for (int k = i; k < m.endWord(); k++) taken[k] = true;
            i = m.endWord() - 1;
        }
        return found;
    }

    /**
     * Whether a place name that is also a nisba adjective is used as one: "العاصمة السعودية" is
     * the Saudi capital, not Saudi Arabia, when a definite noun comes right before it.
     */
    private boolean isAdjectiveUse(List<Word> words, GazetteerMatch match) {
        if (match.endWord() - match.firstWord() != 1 || match.firstWord() == 0) return false;
        Word word = words.get(match.firstWord());
        Word before = words.get(match.firstWord() - 1);
        return gazetteer.countryOfNisba(word).isPresent()
                && word.isJoinedToPrevious()
                && before.norm().startsWith(ARTICLE)
                && !lexicon.stopWords().containsWithClitics(before);
    }

    /** A one-word person found by a pattern ("وقال عمروف إن") that is a known family name. */
    private static Mention asKnownPerson(Mention m, Map<String, Mention> familyNames) {
        if (m.type() != Entity.Type.PER || m.surface().contains(" ")) return m;
        Mention person = familyNames.get(ArabicNormalizer.SEARCH.normalize(m.surface()));
        if (person == null || person.id().equals(m.id())) return m;
        return new Mention(person.id(), m.type(), person.name(), m.surface(), m.part(), m.start(), m.end());
    }

    /** Persons of two words or more by the form of their last word. */
    private static Map<String, Mention> familyNames(List<Mention> mentions, List<List<Word>> words) {
        var byLastWord = new HashMap<String, Mention>();
        for (Mention m : mentions) {
            if (m.type() != Entity.Type.PER) continue;
            Word last = null;
            int count = 0;
            for (Word w : words.get(m.part())) {
                if (w.start() >= m.end()) break;
                if (w.end() <= m.start()) continue;
                last = w;
                count++;
            }
            if (count >= 2) byLastWord.putIfAbsent(last.norm(), m);
        }
        return byLastWord;
    }

    private List<Mention> findFamilyNames(
            String text, int part, List<Word> words, boolean[] taken, Map<String, Mention> familyNames) {
        var found = new ArrayList<Mention>();
        for (int i = 0; i < words.size(); i++) {
            if (taken[i]) continue;
            for (String reading : words.get(i).readings()) {
                Mention person = familyNames.get(reading);
                if (person == null || lexicon.stopWords().contains(reading)) continue;
                Word w = words.get(i);
                int start = w.start()
                        + Gazetteer.surfaceOffset(w.surface(), ProcliticReadings.strippedLength(w.norm(), reading));
                found.add(new Mention(
                        person.id(),
                        Entity.Type.PER,
                        person.name(),
                        text.substring(start, w.end()),
                        part,
                        start,
                        w.end()));
                taken[i] = true;
                break;
            }
        }
        return found;
    }

    /** The id of a name found by a pattern: its type and its key ("per:" + key of رستم عمروف). */
    String patternId(Entity.Type type, String surface) {
        return type.name().toLowerCase(Locale.ROOT) + ":" + TagKeys.slug(surface, gazetteer);
    }
}
