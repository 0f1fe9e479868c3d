package dev.marsad.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The observation features of each word of a text, as the named-entity tagger ({@link NerModel})
 * weighs them. All come from marsad-arabic's analysis of the text ({@link Word}: form, form without
 * proclitics, light stem, gap before the word) and Marsad's own lists:
 *
 * <ul>
 *   <li>the word: form, bare form, stem, proclitics, prefixes and suffixes, length, digits/Latin;
 *   <li>its neighbours two to each side: bare forms and fine clusters; punctuation between;
 *   <li>word clusters learnt from unlabelled text ({@link WordClusters}), fine and coarse;
 *   <li>the gazetteer: whether a listed name starts or continues here and its type; nisba adjectives;
 *   <li>trigger words ({@link Lexicon}): titles and roles before a person (الرئيس، وزير), heads of
 *       organisations (وزارة، شركة، وكالة) and places (مدينة), given names, reporting verbs.
 * </ul>
 *
 * <p>Feature names are short strings; the model keeps a weight per name and tag. Thread-safe.
 */
final class NerFeatures {

    /** How many words to each side the context features look. */
    private static final int WINDOW = 2;
    /** Longest prefix and suffix taken of the bare form. */
    private static final int AFFIX = 3;

    private static final String NONE = "-";

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final WordClusters clusters;

    NerFeatures(Gazetteer gazetteer, Lexicon lexicon, WordClusters clusters) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.clusters = clusters;
    }

    WordClusters clusters() {
        return clusters;
    }

    /** The features of every word of {@code words}, one array per word. */
    List<String[]> of(List<Word> words, NameLexicon names) {
        int n = words.size();
        String[] bare = new String[n];
        String[] fine = new String[n];
        String[] triggers = new String[n];
        for (int i = 0; i < n; i++) {
            bare[i] = ClusterTrainer.clusterForm(words.get(i));
            fine[i] = String.valueOf(clusters.fine(bare[i]));
            triggers[i] = trigger(words.get(i));
        }
        String[] gazetteerTags = gazetteerTags(words);
        String[] known = names.nameTags(words);
        var all = new ArrayList<String[]>(n);
        for (int i = 0; i < n; i++) {
            var f = new ArrayList<String>(48);
            Word w = words.get(i);
            word(f, w, bare[i]);
            f.add("c=" + fine[i]);
            f.add("C=" + clusters.coarse(bare[i]));
            f.add("gz=" + gazetteerTags[i]);
            f.add("lx=" + known[i]);
            f.add("lxw=" + names.wordShare(bare[i]));
            f.add("lx-1=" + at(known, i - 1));
            f.add("lx+1=" + at(known, i + 1));
            f.add("tr=" + triggers[i]);
            f.add("gap=" + gapClass(w));
            f.add("gap+=" + (i + 1 < n ? gapClass(words.get(i + 1)) : "end"));
            for (int d = 1; d <= WINDOW; d++) {
                f.add("b-" + d + "=" + at(bare, i - d));
                f.add("b+" + d + "=" + at(bare, i + d));
                f.add("c-" + d + "=" + at(fine, i - d));
                f.add("c+" + d + "=" + at(fine, i + d));
                f.add("tr-" + d + "=" + at(triggers, i - d));
                f.add("tr+" + d + "=" + at(triggers, i + d));
                f.add("gz-" + d + "=" + at(gazetteerTags, i - d));
                f.add("gz+" + d + "=" + at(gazetteerTags, i + d));
            }
            f.add("b-1|b=" + at(bare, i - 1) + "|" + bare[i]);
            f.add("b|b+1=" + bare[i] + "|" + at(bare, i + 1));
            f.add("tr-1|c=" + at(triggers, i - 1) + "|" + fine[i]);
            f.add("c-1|c=" + at(fine, i - 1) + "|" + fine[i]);
            f.add("c|c+1=" + fine[i] + "|" + at(fine, i + 1));
            all.add(f.toArray(String[]::new));
        }
        return all;
    }

    private static String at(String[] values, int i) {
        return i < 0 || i >= values.length ? NONE : values[i];
    }

    private static void word(List<String> f, Word w, String bare) {
        String norm = w.norm();
        f.add("bias");
        f.add("w=" + norm);
        f.add("b=" + bare);
        f.add("s=" + w.stem());
        f.add("pc=" + norm.substring(0, norm.length() - w.withoutProclitics().length()));
        for (int k = 1; k <= AFFIX && k <= bare.length(); k++) {
            f.add("p" + k + "=" + bare.substring(0, k));
            f.add("x" + k + "=" + bare.substring(bare.length() - k));
        }
        f.add("len=" + Math.min(bare.length(), 8));
        if (norm.chars().anyMatch(Character::isDigit)) f.add("digit");
        if (norm.chars().anyMatch(c -> c < 0x80 && Character.isLetter(c))) f.add("latin");
    }

    /** What a word announces, when it is on one of the trigger lists; "-" otherwise. */
    private String trigger(Word w) {
        if (listed(w, lexicon.personTitles())) return "title";
        if (listed(w, lexicon.orgHeads())) return "org";
        if (listed(w, lexicon.placeHeads())) return "place";
        if (listed(w, lexicon.firstNames())) return "given";
        if (listed(w, lexicon.speechVerbs())) return "said";
        if (gazetteer.countryOfNisba(w).isPresent()) return "nisba";
        if (lexicon.stopWords().containsWithClitics(w)) return "stop";
        return NONE;
    }

    private static boolean listed(Word w, WordList list) {
        return NamePatterns.listedReading(w, list).isPresent();
    }

    /** B-TYPE or I-TYPE for words of a gazetteer name, longest first, left to right; "-" elsewhere. */
    private String[] gazetteerTags(List<Word> words) {
        String[] tags = new String[words.size()];
        java.util.Arrays.fill(tags, NONE);
        for (int i = 0; i < words.size(); ) {
            Optional<GazetteerMatch> match = gazetteer.matchAt(words, i);
            if (match.isEmpty()) {
                i++;
                continue;
            }
            GazetteerMatch m = match.get();
            for (int k = m.firstWord(); k < m.endWord(); k++)
                tags[k] = (k == m.firstWord() ? "B-" : "I-") + m.entry().type();
            i = m.endWord();
        }
        return tags;
    }

    /** The kind of punctuation before a word: none, a quote or bracket, a comma, or other. */
    private static String gapClass(Word w) {
        if (w.isJoinedToPrevious()) return "none";
        if (w.followsOpeningQuote()) return "open";
        if (w.followsClosingQuote()) return "close";
        String gap = w.gap();
        if (gap.contains("\u060C") || gap.contains(",")) return "comma";
        return "other";
    }
}
