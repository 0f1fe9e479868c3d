package dev.marsad.bench.arabic;

import dev.marsad.arabic.ArabicNormalizer;
import dev.marsad.arabic.stem.Light10Stemmer;
import dev.marsad.arabic.stem.LightStemmer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad bench stems}: stemming against gold lemmas (UD Arabic PUD, {@code tokens.tsv}).
 * Over all pairs of distinct word forms of content words (NOUN, PROPN, VERB, ADJ; the surface token
 * with its clitics), the share of same-lemma pairs that get the same stem and of different-lemma
 * pairs that get different stems, for Marsad's light stemmer, light10, Lucene's ArabicAnalyzer
 * (ArabicNormalizer + ArabicStemmer) and no stemming, in one run. The sentences are split into a
 * development part and an unseen part ({@link EvaluationPart}, by sentence id, half each), scored
 * side by side; a (form, lemma) word belongs to the part of the first sentence it occurs in.
 */
@Command(
        name = "stems",
        mixinStandardHelpOptions = true,
        description =
                "Stemmers against gold lemmas (UD Arabic PUD): same-lemma→same-stem, different-lemma→different-stem.")
public final class StemsCommand implements Callable<Integer> {

    /** Parts of speech whose words are stemmed for search. */
    private static final Set<String> CONTENT_POS = Set.of("NOUN", "PROPN", "VERB", "ADJ");

    @Spec
    CommandSpec spec;

    @Option(
            names = "--data",
            description = "folder with tokens.tsv (default: ${DEFAULT-VALUE})",
            defaultValue = "../shared/data/ud-arabic-pud-lemmas")
    Path data;

    /** Salt of the development/unseen split of the sentences. */
    static final String SPLIT = "marsad-stems";

    /** Share of the sentences in the unseen part. */
    static final int UNSEEN_PERCENT = 50;

    /** One content word: its surface token and its gold lemma (normalised). */
    record Word(String surface, String lemma) {}

    /** The words of one part of the set. */
    record PartWords(EvaluationPart part, List<Word> words) {}

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path tsv = data.resolve("tokens.tsv");
        if (!Files.isRegularFile(tsv)) {
            out.println("skipped: " + tsv + " not found (give the folder with --data)");
            return 0;
        }
        List<PartWords> parts = read(tsv);
        for (PartWords p : parts) {
            out.printf(
                    Locale.ROOT,
                    "%s part: %d distinct (form, lemma) content words%n",
                    p.part().label(),
                    p.words().size());
        }
        out.printf(Locale.ROOT, "from %s (split by sentence id, %d %% unseen)%n", tsv, UNSEEN_PERCENT);
        out.printf(
                Locale.ROOT,
                "%-34s %-12s %16s %20s %10s %14s%n",
                "stemmer",
                "part",
                "same lemma→same",
                "different→different",
                "mean",
                "false merges");
        for (Map.Entry<String, UnaryOperator<String>> s : stemmers().entrySet()) {
            for (PartWords p : parts) {
                Rates r = rates(p.words(), s.getValue());
                out.printf(
                        Locale.ROOT,
                        "%-34s %-12s %15.2f%% %19.2f%% %9.2f%% %14d%n",
                        s.getKey(),
                        p.part().label(),
                        100 * r.sameLemma(),
                        100 * r.differentLemma(),
                        100 * (r.sameLemma() + r.differentLemma()) / 2,
                        r.falseMerges());
            }
        }
        return 0;
    }

    static Map<String, UnaryOperator<String>> stemmers() {
        Analyzer lucene = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new KeywordTokenizer();
                return new TokenStreamComponents(source, new ArabicStemFilter(new ArabicNormalizationFilter(source)));
            }
        };
        var light10 = new Light10Stemmer();
        var all = new LinkedHashMap<String, UnaryOperator<String>>();
        all.put("no stemming (Marsad SEARCH form)", ArabicNormalizer.SEARCH::normalize);
        all.put("Lucene ArabicAnalyzer (norm+stem)", w -> singleTerm(lucene, w));
        all.put("light10 (Marsad's implementation)", light10::stem);
        all.put("Marsad LightStemmer", LightStemmer.DEFAULT::stem);
        return all;
    }

    /** The one term {@code analyzer} makes of {@code word} (a keyword tokenizer keeps it whole). */
    static String singleTerm(Analyzer analyzer, String word) {
        try (TokenStream ts = analyzer.tokenStream("w", word)) {
            var term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            String result = ts.incrementToken() ? term.toString() : "";
            ts.end();
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse '" + word + "'", e);
        }
    }

    /** The distinct content words of each part, development first. */
    static List<PartWords> read(Path tsv) {
        try {
            var byPart = new EnumMap<EvaluationPart, LinkedHashSet<Word>>(EvaluationPart.class);
            for (EvaluationPart part : EvaluationPart.values()) byPart.put(part, new LinkedHashSet<>());
            var seen = new HashSet<Word>();
            List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", -1);
                if (f.length < 6 || !CONTENT_POS.contains(f[2])) continue;
                var word = new Word(f[4], ArabicNormalizer.SEARCH.normalize(f[1]));
                if (seen.add(word))
                    byPart.get(EvaluationPart.of(SPLIT, f[5], UNSEEN_PERCENT)).add(word);
            }
            var parts = new ArrayList<PartWords>();
            byPart.forEach((part, words) -> parts.add(new PartWords(part, List.copyOf(words))));
            return parts;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + tsv, e);
        }
    }

    /** The two agreement rates of one stemmer, and how many different-lemma pairs share a stem. */
    record Rates(double sameLemma, double differentLemma, long falseMerges) {}

    /**
     * Counts pairs by grouping instead of looping over all of them: pairs sharing a key are C(n, 2)
     * per group. Pairs of one surface form with two lemmas are left out (every stemmer must join them).
     */
    static Rates rates(List<Word> words, UnaryOperator<String> stemmer) {
        var byStem = new HashMap<String, Integer>();
        var byLemma = new HashMap<String, Integer>();
        var byLemmaStem = new HashMap<String, Integer>();
        var bySurface = new HashMap<String, Integer>();
        for (Word w : words) {
            String stem = stemmer.apply(w.surface());
            byStem.merge(stem, 1, Integer::sum);
            byLemma.merge(w.lemma(), 1, Integer::sum);
            byLemmaStem.merge(w.lemma() + "\u0000" + stem, 1, Integer::sum);
            bySurface.merge(w.surface(), 1, Integer::sum);
        }
        long all = pairs(words.size());
        long sameLemma = sum(byLemma);
        long sameSurface = sum(bySurface);
        long sameLemmaSameStem = sum(byLemmaStem);
        long differentLemma = all - sameLemma - sameSurface;
        long differentLemmaSameStem = sum(byStem) - sameLemmaSameStem - sameSurface;
        return new Rates(
                sameLemma == 0 ? 1 : (double) sameLemmaSameStem / sameLemma,
                differentLemma == 0 ? 1 : 1 - (double) differentLemmaSameStem / differentLemma,
                differentLemmaSameStem);
    }

    private static long sum(Map<String, Integer> groups) {
        long total = 0;
        for (int n : groups.values()) total += pairs(n);
        return total;
    }

    private static long pairs(long n) {
        return n * (n - 1) / 2;
    }
}
