package dev.marsad.cli;

import dev.marsad.analyze.TrainedModels;
import dev.marsad.ingest.DataFolder;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds every model that is learnt from data that may not be shipped ({@code marsad train all},
 * and the demo before its first crawl), each by its own {@code marsad train …} command run
 * through {@link Main#run}, from the user's copy under {@code shared/data}: word clusters before
 * the entity tagger, which reads them. A model whose data is absent is skipped with a line saying
 * so; a model already in the data folder is kept unless asked otherwise.
 */
final class ModelTraining {

    /** How much of the data each model learns from. */
    enum Size {
        /** Everything the commands read by default: the models the benchmarks describe. */
        FULL,
        /** Samples that keep all four models to about a minute on two cores: for the demo and CI. */
        QUICK
    }

    /** Whether a model already in the data folder is trained again. */
    enum Existing {
        KEEP,
        REPLACE
    }

    /** Texts the quick word clusters learn from (the full ones: 12,000). */
    static final int QUICK_CLUSTER_TEXTS = 2_000;
    /**
     * Fine and coarse clusters of the quick ones (the full ones: 400 and 40): k-means over 30,000
     * words costs most of the clustering time, in proportion to the clusters.
     */
    static final int QUICK_FINE_CLUSTERS = 100;

    static final int QUICK_COARSE_CLUSTERS = 20;
    /** Articles of each SaudiNewsNet file the quick keyphrase frequencies count (the full ones: all). */
    static final int QUICK_KEYPHRASE_ARTICLES = 5_000;

    private static final String SECTIONS_CORPUS = TrainSectionsCommand.DEFAULT_CORPUS;
    private static final String NEWS_FOLDER = "saudinewsnet";
    private static final String ANERCORP = "anercorp/ANERCorp.first75.txt";

    /**
     * One model: its file in the models folder, the data it needs (under shared/data) and the
     * arguments of its train command.
     */
    /**
     * One model to train.
     *
     * @param uses the model files of earlier steps it reads when present (the tagger reads the
     *     clusters): when such a step failed in this run, this one is not trained on less
     */
    private record Step(String name, String file, List<String> needs, List<String> arguments, List<String> uses) {
        Step(String name, String file, List<String> needs, List<String> arguments) {
            this(name, file, needs, arguments, List.of());
        }
    }

    private final DataFolder dir;
    private final PrintWriter out;
    private final PrintWriter err;

    ModelTraining(DataFolder dir, PrintWriter out, PrintWriter err) {
        this.dir = dir;
        this.out = out;
        this.err = err;
    }

    /** Whether any of the data the models learn from is on this machine. */
    static boolean hasSharedData() {
        return Files.exists(TrainSectionsCommand.sharedData(SECTIONS_CORPUS))
                || Files.exists(TrainSectionsCommand.sharedData(ANERCORP));
    }

    /**
     * Trains the models the data folder lacks (or all of them, with {@link Existing#REPLACE}), in
     * order, printing each step and its time.
     *
     * @return the number of models that failed (each printed one line to {@code err})
     */
    int train(Size size, Existing existing) {
        int failed = 0;
        var failedFiles = new java.util.HashSet<String>();
        long allStarted = System.nanoTime();
        for (Step step : steps(size)) {
            Path target = dir.models().resolve(step.file());
            if (existing == Existing.KEEP && Files.isRegularFile(target)) {
                out.printf(Locale.ROOT, "  %-10s kept: %s%n", step.name(), target);
                continue;
            }
            Optional<String> failedInput =
                    step.uses().stream().filter(failedFiles::contains).findFirst();
            if (failedInput.isPresent()) {
                out.printf(
                        Locale.ROOT,
                        "  %-10s skipped: %s failed in this run (train it again once that is fixed)%n",
                        step.name(),
                        failedInput.get());
                failed++;
                continue;
            }
            List<Path> missing = step.needs().stream()
                    .map(TrainSectionsCommand::sharedData)
                    .filter(p -> !Files.exists(p))
                    .toList();
            if (!missing.isEmpty()) {
                out.printf(Locale.ROOT, "  %-10s skipped: %s not found%n", step.name(), missing.getFirst());
                continue;
            }
            out.printf(Locale.ROOT, "  %-10s training: marsad %s%n", step.name(), String.join(" ", step.arguments()));
            out.flush();
            long started = System.nanoTime();
            var arguments = new ArrayList<>(step.arguments());
            arguments.addAll(List.of("--data", dir.root().toString()));
            int code = Main.run(arguments.toArray(String[]::new), out, err);
            if (code != 0) {
                failed++;
                failedFiles.add(step.file());
            }
            out.printf(
                    Locale.ROOT,
                    "  %-10s %s in %.1f s%n",
                    step.name(),
                    code == 0 ? "done" : "FAILED",
                    (System.nanoTime() - started) / 1e9);
            out.flush();
        }
        out.printf(Locale.ROOT, "models ready in %.1f s: %s%n", (System.nanoTime() - allStarted) / 1e9, dir.models());
        return failed;
    }

    private static List<Step> steps(Size size) {
        boolean quick = size == Size.QUICK;
        String news = TrainSectionsCommand.sharedData(NEWS_FOLDER).toString();
        String conll = TrainSectionsCommand.sharedData(ANERCORP).toString();
        var keyphrases = new ArrayList<>(List.of("train", "keyphrases"));
        if (quick) keyphrases.addAll(List.of("--max-articles", String.valueOf(QUICK_KEYPHRASE_ARTICLES)));
        var clusters = new ArrayList<>(List.of("train", "clusters", "--corpus", news));
        if (quick)
            clusters.addAll(List.of(
                    "--max-texts",
                    String.valueOf(QUICK_CLUSTER_TEXTS),
                    "--fine",
                    String.valueOf(QUICK_FINE_CLUSTERS),
                    "--coarse",
                    String.valueOf(QUICK_COARSE_CLUSTERS)));
        return List.of(
                new Step(
                        "sections",
                        TrainedModels.SECTIONS_FILE,
                        List.of(SECTIONS_CORPUS),
                        List.of("train", "sections")),
                new Step(
                        "keyphrases",
                        TrainedModels.FREQUENCIES_FILE,
                        TrainKeyphrasesCommand.DEFAULT_CORPUS,
                        keyphrases),
                new Step("clusters", TrainedModels.CLUSTERS_FILE, List.of(NEWS_FOLDER), clusters),
                new Step(
                        "ner",
                        TrainedModels.NER_FILE,
                        List.of(ANERCORP),
                        quick
                                ? List.of("train", "ner", "--conll", conll, "--part", "all", "--runs", "1")
                                : List.of("train", "ner", "--conll", conll, "--part", "all"),
                        List.of(TrainedModels.CLUSTERS_FILE)));
    }
}
