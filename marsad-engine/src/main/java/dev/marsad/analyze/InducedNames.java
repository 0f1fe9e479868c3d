package dev.marsad.analyze;

import dev.marsad.arabic.text.AnalyzedText;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Self-training: names a tagger found often and consistently in unlabelled news, as a name list for
 * the next tagger ({@link NameLexicon}: "this phrase is a name of type X"). A linear tagger learns
 * what names look like from 78k labelled tokens; the news shows it the same names hundreds of times,
 * most of them in contexts it reads well (after a title, in a dateline). A name it tags there often
 * and always with one type is likely a name of that type also where the context says nothing: a
 * club without "نادي", a person by a single word.
 *
 * <ol>
 *   <li>{@link #count}: tag texts with a tagger (Viterbi only: no document consistency, no
 *       gazetteer widening, so the counts hold what the model itself read); count each tagged
 *       phrase's types, and how often each single word occurs at all;
 *   <li>{@link #names}: keep a phrase tagged at least {@link #MIN_COUNT} times, with one type in at
 *       least {@link #MIN_PURITY} of them; a single word also must be tagged in at least {@link
 *       #MIN_TAGGED_SHARE} of all its occurrences (a common word tagged now and then is no name).
 * </ol>
 */
final class InducedNames {

    /** Fewest tagged occurrences of a phrase to keep it. */
    static final int MIN_COUNT = 5;
    /** Smallest share of a phrase's tagged occurrences that have its most frequent type. */
    static final double MIN_PURITY = 0.8;
    /** Smallest share of a single word's occurrences in which it is tagged as (part of) a name. */
    static final double MIN_TAGGED_SHARE = 0.5;

    private static final List<String> TYPES = List.of("PER", "LOC", "ORG", "MISC");

    /** What a tagger tagged in some texts; mutable while counting. */
    static final class Counts {
        private final Map<String, int[]> votes = new HashMap<>();
        private final Map<String, int[]> occurrences = new HashMap<>();
        private final Map<String, int[]> tagged = new HashMap<>();

        private void add(List<Word> words, int[] tags) {
            for (int i = 0; i < words.size(); i++) {
                String bare = ClusterTrainer.clusterForm(words.get(i));
                occurrences.computeIfAbsent(bare, k -> new int[1])[0]++;
                if (tags[i] != 0) tagged.computeIfAbsent(bare, k -> new int[1])[0]++;
                if (tags[i] % 2 == 0) continue;
                int end = i + 1;
                while (end < tags.length && tags[end] == tags[i] + 1) end++;
                votes.computeIfAbsent(NameLexicon.phrase(words, i, end), k -> new int[TYPES.size()])[
                        (tags[i] - 1) / 2]++;
            }
        }
    }

    private InducedNames() {}

    /** The features {@code model} was trained with, for tagging news with it. */
    private static NerFeatures featuresOf(NerModel model) {
        Lexicon lexicon = Lexicon.load();
        return new NerFeatures(
                Gazetteer.load(lexicon.stopWords(), lexicon.genericHeads()),
                lexicon,
                model.clusters(),
                model.embeddings(),
                model.induced());
    }

    /**
     * Step 1: what {@code model} tags in the texts at {@code corpus} after the first {@code skip},
     * at most {@code count} of them.
     */
    static Counts count(NerModel model, Path corpus, int skip, int count, Consumer<String> progress) {
        NerFeatures features = featuresOf(model);
        var counts = new Counts();
        int[] seen = {0};
        UnlabelledTexts.forEach(
                corpus,
                skip + count,
                text -> {
                    if (seen[0]++ < skip) return;
                    List<Word> words = Word.of(AnalyzedText.of(text));
                    counts.add(words, model.decode(List.of(words), features).getFirst());
                },
                progress);
        return counts;
    }

    /** Step 2: the phrases tagged often and consistently. */
    static NameLexicon names(Counts counts) {
        var names = new HashMap<String, String>();
        counts.votes.forEach((phrase, v) -> {
            int best = 0;
            int total = 0;
            for (int k = 0; k < v.length; k++) {
                total += v[k];
                if (v[k] > v[best]) best = k;
            }
            if (total < MIN_COUNT || v[best] < MIN_PURITY * total) return;
            if (!phrase.contains(" ")
                    && counts.tagged.getOrDefault(phrase, new int[1])[0]
                            < MIN_TAGGED_SHARE * counts.occurrences.get(phrase)[0]) return;
            names.put(phrase, TYPES.get(best));
        });
        return new NameLexicon(names, Map.of());
    }

    /**
     * Sentences of the first {@code maxTexts} texts at {@code corpus} as {@code model} tags them
     * (cut where a full stop stands between two words), those that name at least one entity: data
     * for classic self-training (the tagger learns from its own output on new text).
     */
    static List<ConllCorpus.Sentence> taggedSentences(NerModel model, Path corpus, int maxTexts) {
        NerFeatures features = featuresOf(model);
        var sentences = new java.util.ArrayList<ConllCorpus.Sentence>();
        UnlabelledTexts.forEach(
                corpus,
                maxTexts,
                text -> {
                    List<Word> words = Word.of(AnalyzedText.of(text));
                    int[] tags = model.decode(List.of(words), features).getFirst();
                    var tokens = new java.util.ArrayList<String>();
                    var labels = new java.util.ArrayList<String>();
                    for (int i = 0; i <= words.size(); i++) {
                        boolean end = i == words.size() || words.get(i).gap().contains(".");
                        if (end && !tokens.isEmpty()) {
                            if (labels.stream().anyMatch(l -> l.startsWith("B-")))
                                sentences.add(new ConllCorpus.Sentence(tokens, labels));
                            tokens.clear();
                            labels.clear();
                        }
                        if (i == words.size()) break;
                        tokens.add(words.get(i).surface());
                        labels.add(NerModel.TAGS.get(tags[i]));
                    }
                },
                m -> {});
        return sentences;
    }

    /** The names {@code model} finds often and consistently in the first {@code maxTexts} texts. */
    static NameLexicon of(NerModel model, Path corpus, int maxTexts, Consumer<String> progress) {
        return names(count(model, corpus, 0, maxTexts, progress));
    }
}
