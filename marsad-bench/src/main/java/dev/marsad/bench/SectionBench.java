package dev.marsad.bench;

import dev.marsad.analyze.ArticleAnalyzer;
import dev.marsad.analyze.Section;
import dev.marsad.analyze.SectionCorpus;
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
 * <p>In one run: the model is trained on the training part (its threshold chosen on the
 * development part), then it and two baselines, the majority section of the training part and the
 * bundled keyword vote, are scored on the development and the test part, per section; last, the
 * model {@code marsad train sections} writes (the same settings and threshold, learnt again from
 * training and development part) is scored on the test part. Every classifier sees title and text only, never the
 * URL the label was read from.
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
            description = "only score a grid of training settings on the development part (the test part is not read)")
    boolean tune;

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
        long started = System.nanoTime();
        SectionModel model = SectionTrainer.fromCorpus(corpus, SectionTrainer.Settings.defaults());
        out.printf(
                Locale.ROOT,
                "model: %d features, threshold %.2f (chosen on dev), trained in %.1f s%n",
                model.featureCount(),
                model.threshold(),
                (System.nanoTime() - started) / 1e9);
        Section majority = majority(corpus);
        var keywords = new ArticleAnalyzer();
        var trained = new ArticleAnalyzer(new TrainedModels(Optional.of(model)));
        var refit = new ArticleAnalyzer(new TrainedModels(
                Optional.of(SectionTrainer.refitFromCorpus(corpus, SectionTrainer.Settings.defaults()))));
        Map<String, Function<SectionCorpus.Labelled, Section>> classifiers = new LinkedHashMap<>();
        classifiers.put("majority (" + majority + ")", a -> majority);
        classifiers.put("keyword vote", a -> keywords.section(Optional.empty(), a.title(), a.content()));
        classifiers.put("model trained on train", a -> trained.section(Optional.empty(), a.title(), a.content()));
        for (SectionCorpus.Part part : List.of(SectionCorpus.Part.DEV, SectionCorpus.Part.TEST)) {
            List<SectionCorpus.Labelled> articles =
                    corpus.stream().filter(a -> a.part() == part).toList();
            classifiers.forEach((name, classifier) -> report(out, part, name, score(articles, classifier)));
        }
        // the model marsad train sections writes: learnt again from train and dev, so only test scores it
        List<SectionCorpus.Labelled> test =
                corpus.stream().filter(a -> a.part() == SectionCorpus.Part.TEST).toList();
        report(
                out,
                SectionCorpus.Part.TEST,
                "model refit on train + dev (what marsad train sections writes)",
                score(test, a -> refit.section(Optional.empty(), a.title(), a.content())));
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

    /** Development-part macro-F1 of a few settings around the defaults. */
    private static void tune(PrintWriter out, List<SectionCorpus.Labelled> corpus) {
        var train = SectionTrainer.examples(corpus, SectionCorpus.Part.TRAIN);
        var dev = SectionTrainer.examples(corpus, SectionCorpus.Part.DEV);
        var d = SectionTrainer.Settings.defaults();
        List<SectionTrainer.Settings> grid = List.of(
                d,
                new SectionTrainer.Settings(d.epochs(), d.learningRate(), d.l2(), d.minDocuments(), 12, d.averaged()),
                new SectionTrainer.Settings(d.epochs(), d.learningRate(), d.l2(), d.minDocuments(), 13, d.averaged()),
                new SectionTrainer.Settings(d.epochs(), d.learningRate(), d.l2(), d.minDocuments(), d.seed(), 3),
                new SectionTrainer.Settings(d.epochs(), d.learningRate(), d.l2(), d.minDocuments(), 14, 3),
                new SectionTrainer.Settings(d.epochs(), d.learningRate(), d.l2(), d.minDocuments(), d.seed(), 5));
        for (SectionTrainer.Settings settings : grid) {
            SectionModel model = SectionTrainer.chooseThreshold(SectionTrainer.train(train, settings), dev);
            var analyzer = new ArticleAnalyzer(new TrainedModels(Optional.of(model)));
            var scores = new SectionScores();
            for (var e : dev) scores.add(e.section(), analyzer.section(Optional.empty(), e.title(), e.text()));
            out.printf(
                    Locale.ROOT,
                    "tune (dev) %s threshold %.2f: macro-F1 %.3f accuracy %.3f%n",
                    settings,
                    model.threshold(),
                    scores.macroF1(),
                    scores.accuracy());
        }
    }

    private static void report(PrintWriter out, SectionCorpus.Part part, String name, SectionScores scores) {
        out.printf(
                Locale.ROOT,
                "%n%s part, %s: macro-F1 %.3f, accuracy %.3f, answered %.3f (%d articles)%n",
                part,
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
