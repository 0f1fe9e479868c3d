package dev.marsad.bench;

import dev.marsad.analyze.ArticleAnalyzer;
import dev.marsad.analyze.Section;
import dev.marsad.analyze.SectionCorpus;
import dev.marsad.analyze.SectionCrossValidation;
import dev.marsad.analyze.SectionModel;
import dev.marsad.analyze.SectionScores;
import dev.marsad.analyze.SectionTrainer;
import dev.marsad.analyze.TrainedModels;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad bench sections}: section classification against the publisher sections of
 * SaudiNewsNet ({@code ../shared/data/saudinewsnet/articles-with-section.jsonl.gz}), labels mapped
 * and split by {@link SectionCorpus}.
 *
 * <p>In one run, in this order: {@link SectionTrainer#FOLDS}-fold cross-validation inside the
 * training and development parts (where the settings and the threshold were chosen: a development
 * figure); the same parts with one publisher left out at a time; the majority section of the
 * training part, the bundled keyword vote and the model of the first protocol (trained on the
 * training part, threshold on the development part) on the development and the test part; last,
 * the model {@code marsad train sections} writes (trained on training and development part) on the
 * test part, per section. Every classifier sees title and text only, never the URL the label was
 * read from. {@code --tune} runs the cross-validation over a grid of settings and reads no test
 * article.
 */
@Command(
        name = "sections",
        mixinStandardHelpOptions = true,
        description = "Section classification on SaudiNewsNet publisher sections: model and baselines, dev and test.")
public final class SectionBench implements Callable<Integer> {

    @Option(
            names = "--data",
            description =
                    "articles-with-section.jsonl.gz; default ../shared/data/saudinewsnet/articles-with-section.jsonl.gz")
    Path data;

    @Option(names = "--speed-articles", description = "articles fully analysed for the speed line (default 500)")
    int speedArticles = 500;

    @Option(
            names = "--tune",
            description = "only cross-validate a grid of training settings inside the training and development"
                    + " parts, and leave one publisher out (the test part is not read)")
    boolean tune;

    @Option(names = "--folds", description = "folds of --tune's cross-validation (default ${DEFAULT-VALUE})")
    int folds = 5;

    @Option(names = "--epochs", split = ",", description = "--tune grid: passes (default: the trainer's)")
    List<Integer> epochs;

    @Option(names = "--learning-rate", split = ",", description = "--tune grid: AdaGrad steps")
    List<Double> learningRates;

    @Option(names = "--l2", split = ",", description = "--tune grid: weight decays")
    List<Double> l2s;

    @Option(names = "--min-documents", split = ",", description = "--tune grid: fewest articles of a feature")
    List<Integer> minDocuments;

    @Option(
            names = "--seeds",
            split = ",",
            description = "--tune grid: shuffling seeds (how much a seed alone moves it)")
    List<Long> seeds;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path file = data != null ? data : AnalyzeBenchData.resolve("saudinewsnet/articles-with-section.jsonl.gz");
        if (!Files.isRegularFile(file)) {
            out.println("skipped: SaudiNewsNet sections not found at " + file);
            return 0;
        }
        List<SectionCorpus.Labelled> corpus = SectionCorpus.read(file);
        Map<SectionCorpus.Part, Long> sizes = new EnumMap<>(SectionCorpus.Part.class);
        corpus.forEach(a -> sizes.merge(a.part(), 1L, Long::sum));
        out.printf(Locale.ROOT, "SaudiNewsNet %s: %d labelled articles, parts %s%n", file, corpus.size(), sizes);
        if (tune) {
            tune(out, corpus);
            return 0;
        }
        var settings = SectionTrainer.Settings.defaults();
        var crossValidated = SectionTrainer.crossValidation(corpus).run(settings);
        double threshold = crossValidated.threshold();
        report(
                out,
                String.format(
                        Locale.ROOT,
                        "%d-fold cross-validation inside TRAIN + DEV, threshold %.2f chosen on it",
                        SectionTrainer.FOLDS,
                        threshold),
                crossValidated.scores(threshold));
        leaveOnePublisherOut(out, corpus, settings);
        long started = System.nanoTime();
        SectionModel model = SectionTrainer.fromCorpus(corpus, settings);
        out.printf(
                Locale.ROOT,
                "%nmodel (what marsad train sections writes): %d features, threshold %.2f, trained in %.1f s%n",
                model.featureCount(),
                model.threshold(),
                (System.nanoTime() - started) / 1e9);
        Section majority = majority(corpus);
        var keywords = new ArticleAnalyzer();
        var trainOnly =
                new ArticleAnalyzer(new TrainedModels(Optional.of(SectionTrainer.fromTrainingPart(corpus, settings))));
        var trained = new ArticleAnalyzer(new TrainedModels(Optional.of(model)));
        Map<String, Function<SectionCorpus.Labelled, Section>> classifiers = new LinkedHashMap<>();
        classifiers.put("majority (" + majority + ")", a -> majority);
        classifiers.put("keyword vote", a -> keywords.section(Optional.empty(), a.title(), a.content()));
        classifiers.put(
                "model trained on TRAIN, threshold on DEV",
                a -> trainOnly.section(Optional.empty(), a.title(), a.content()));
        for (SectionCorpus.Part part : List.of(SectionCorpus.Part.DEV, SectionCorpus.Part.TEST)) {
            List<SectionCorpus.Labelled> articles =
                    corpus.stream().filter(a -> a.part() == part).toList();
            classifiers.forEach(
                    (name, classifier) -> report(out, part + " part, " + name, score(articles, classifier)));
        }
        // the model marsad train sections writes learnt from TRAIN and DEV: only TEST scores it
        List<SectionCorpus.Labelled> test =
                corpus.stream().filter(a -> a.part() == SectionCorpus.Part.TEST).toList();
        report(
                out,
                "TEST part, model trained on TRAIN + DEV (what marsad train sections writes)",
                score(test, a -> trained.section(Optional.empty(), a.title(), a.content())));
        reportSpeed(out, trained, corpus);
        return 0;
    }

    private static SectionScores score(
            List<SectionCorpus.Labelled> articles, Function<SectionCorpus.Labelled, Section> classifier) {
        var scores = new SectionScores();
        for (SectionCorpus.Labelled a : articles) scores.add(a.section(), classifier.apply(a));
        return scores;
    }

    private static Section majority(List<SectionCorpus.Labelled> corpus) {
        Map<Section, Integer> counts = new EnumMap<>(Section.class);
        corpus.stream()
                .filter(a -> a.part() == SectionCorpus.Part.TRAIN)
                .forEach(a -> counts.merge(a.section(), 1, Integer::sum));
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
    }

    /**
     * Cross-validation inside the training and development parts (folds by the split's hash
     * buckets, so exact copies stay in one fold) for every setting of the grid, then the default
     * settings with one publisher left out at a time. The test part is not read.
     */
    private void tune(PrintWriter out, List<SectionCorpus.Labelled> corpus) {
        if (folds < 2) throw new IllegalArgumentException("--folds must be at least 2, got " + folds);
        List<SectionCorpus.Labelled> known =
                corpus.stream().filter(a -> a.part() != SectionCorpus.Part.TEST).toList();
        List<SectionTrainer.Example> examples = known.stream()
                .map(a -> new SectionTrainer.Example(a.title(), a.content(), a.section()))
                .toList();
        int[] fold = known.stream()
                .mapToInt(a -> SectionCorpus.bucketOf(a.content()) % folds)
                .toArray();
        long started = System.nanoTime();
        var byFold = new SectionCrossValidation(examples, fold);
        out.printf(
                Locale.ROOT,
                "%d articles of train + dev, %d folds; features read in %.1f s%n",
                examples.size(),
                folds,
                (System.nanoTime() - started) / 1e9);
        var d = SectionTrainer.Settings.defaults();
        for (int e : orDefault(epochs, d.epochs()))
            for (double lr : orDefault(learningRates, d.learningRate()))
                for (double l2 : orDefault(l2s, d.l2()))
                    for (int min : orDefault(minDocuments, d.minDocuments()))
                        for (long seed : orDefault(seeds, d.seed())) {
                            var settings = new SectionTrainer.Settings(e, lr, l2, min, seed, d.averaged());
                            var predictions = byFold.run(settings);
                            double threshold = predictions.threshold();
                            SectionScores scores = predictions.scores(threshold);
                            out.printf(
                                    Locale.ROOT,
                                    "cv epochs %d lr %s l2 %s min %d seed %d: macro-F1 %.3f (threshold %.2f; %.3f at 0),"
                                            + " accuracy %.3f, answered %.3f; %s%n",
                                    e,
                                    lr,
                                    l2,
                                    min,
                                    seed,
                                    scores.macroF1(),
                                    threshold,
                                    predictions.scores(0).macroF1(),
                                    scores.accuracy(),
                                    scores.coverage(),
                                    perSection(scores));
                        }
        leaveOnePublisherOut(out, corpus, SectionTrainer.Settings.defaults());
    }

    /**
     * The training and development parts with one publisher's articles held out at a time, each
     * classified by a model trained on the other publishers (threshold 0): whether the model learnt
     * sections or publishers. A section only the held-out publisher has cannot be found.
     */
    private static void leaveOnePublisherOut(
            PrintWriter out, List<SectionCorpus.Labelled> corpus, SectionTrainer.Settings settings) {
        List<SectionCorpus.Labelled> known =
                corpus.stream().filter(a -> a.part() != SectionCorpus.Part.TEST).toList();
        List<String> publishers =
                known.stream().map(SectionBench::publisher).distinct().sorted().toList();
        int[] publisher =
                known.stream().mapToInt(a -> publishers.indexOf(publisher(a))).toArray();
        var left = new SectionCrossValidation(
                        SectionTrainer.examples(known, SectionCorpus.Part.TRAIN, SectionCorpus.Part.DEV), publisher)
                .run(settings);
        for (int p = 0; p < publishers.size(); p++) {
            var scores = new SectionScores();
            for (int i = 0; i < known.size(); i++)
                if (publisher[i] == p) scores.add(left.gold().get(i), left.top().get(i));
            report(out, "TRAIN + DEV, " + publishers.get(p) + " left out (trained on the others)", scores);
        }
    }

    private static String publisher(SectionCorpus.Labelled article) {
        return article.label().substring(0, article.label().indexOf(':'));
    }

    private static <T> List<T> orDefault(List<T> values, T fallback) {
        return values == null || values.isEmpty() ? List.of(fallback) : values;
    }

    private static String perSection(SectionScores scores) {
        var parts = new java.util.ArrayList<String>();
        for (Section s : scores.goldSections()) parts.add(String.format(Locale.ROOT, "%s %.3f", s, scores.f1(s)));
        return String.join(", ", parts);
    }

    private static void report(PrintWriter out, String name, SectionScores scores) {
        out.printf(
                Locale.ROOT,
                "%n%s: macro-F1 %.3f, accuracy %.3f, answered %.3f (%d articles)%n",
                name,
                scores.macroF1(),
                scores.accuracy(),
                scores.coverage(),
                scores.total());
        out.println("  gold          n  precision  recall     F1  answered as");
        for (Section gold : scores.goldSections())
            out.printf(
                    Locale.ROOT,
                    "  %-10s %4d %10.3f %7.3f %6.3f  %s%n",
                    gold,
                    scores.support(gold),
                    scores.precision(gold),
                    scores.recall(gold),
                    scores.f1(gold),
                    new java.util.TreeMap<>(scores.row(gold)));
    }

    /** Full {@link ArticleAnalyzer#analyzeText} with the model (one warm-up pass, then a timed one). */
    private void reportSpeed(PrintWriter out, ArticleAnalyzer analyzer, List<SectionCorpus.Labelled> corpus) {
        List<SectionCorpus.Labelled> articles = corpus.stream()
                .filter(a -> !a.title().isBlank())
                .limit(speedArticles)
                .toList();
        if (articles.isEmpty()) return;
        Optional<Instant> published = Optional.of(Instant.parse("2015-07-21T00:00:00Z"));
        URI url = URI.create("https://example.org/saudinewsnet");
        Runnable pass = () -> articles.forEach(a -> analyzer.analyzeText(a.title(), a.content(), published, url));
        pass.run();
        long chars = articles.stream().mapToLong(a -> a.content().length()).sum();
        long started = System.nanoTime();
        pass.run();
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(
                Locale.ROOT,
                "%nanalyze with the model: %d articles (%.0f chars each on average) in %.2f s: %.0f articles/s%n",
                articles.size(),
                (double) chars / articles.size(),
                seconds,
                articles.size() / seconds);
    }
}
