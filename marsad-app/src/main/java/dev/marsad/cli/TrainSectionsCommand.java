package dev.marsad.cli;

import dev.marsad.analyze.SectionCorpus;
import dev.marsad.analyze.SectionModel;
import dev.marsad.analyze.SectionTrainer;
import dev.marsad.analyze.TrainedModels;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad train sections}: trains the section model on the user's SaudiNewsNet copy
 * (publisher sections): confidence threshold chosen by cross-validation inside the training and
 * development parts, weights learnt from both, the test part left alone; writes {@code
 * <data>/models/sections.model.gz}. The corpus is
 * CC BY-NC-SA: the model is built here from the user's copy and never shipped.
 */
@Command(
        name = "sections",
        mixinStandardHelpOptions = true,
        description = "Train the section classifier on SaudiNewsNet publisher sections.")
final class TrainSectionsCommand implements Callable<Integer> {

    /** Where the corpus is looked for from the working directory when --corpus is not given. */
    static final String DEFAULT_CORPUS = "saudinewsnet/articles-with-section.jsonl.gz";

    @Option(
            names = "--corpus",
            description = "articles-with-section.jsonl.gz (default: ../shared/data/" + DEFAULT_CORPUS + ")")
    Path corpus;

    @Mixin
    DataOption data;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path file = corpus != null ? corpus : sharedData(DEFAULT_CORPUS);
        if (!Files.isRegularFile(file))
            throw new IllegalArgumentException("no section corpus at " + file + " (give it with --corpus)");
        List<SectionCorpus.Labelled> articles = SectionCorpus.read(file);
        SectionModel model = SectionTrainer.fromCorpus(articles, SectionTrainer.Settings.defaults());
        Path target = data.directory().models().resolve(TrainedModels.SECTIONS_FILE);
        model.write(target);
        out.printf(
                Locale.ROOT,
                "trained on the training and development parts of %s (%d labelled articles; the test part, "
                        + "%d, is left for marsad bench sections): %d features, threshold %.2f%nwrote %s%n",
                file,
                articles.size(),
                SectionTrainer.examples(articles, SectionCorpus.Part.TEST).size(),
                model.featureCount(),
                model.threshold(),
                target);
        return 0;
    }

    /** {@code relative} under the nearest ancestor's {@code shared/data}, or under ../shared/data. */
    static Path sharedData(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data").resolve(relative);
            if (Files.exists(candidate)) return candidate;
        }
        return Path.of("..", "shared", "data").resolve(relative);
    }
}
