package dev.marsad.cli;

import dev.marsad.analyze.SectionCorpus;
import dev.marsad.analyze.TrainedModels;
import dev.marsad.analyze.WordFrequencies;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad train keyphrases}: counts in how many articles of the user's SaudiNewsNet copy
 * (gzip JSON Lines with {@code title} and {@code content}) each word occurs and writes {@code
 * <data>/models/word-frequencies.tsv.gz}, which makes keyphrases prefer words that are unusual in
 * news. Without it, a bundled list of frequent news words is used.
 */
@Command(
        name = "keyphrases",
        mixinStandardHelpOptions = true,
        description = "Count word document frequencies for keyphrases from SaudiNewsNet (or other gzip JSON Lines).")
final class TrainKeyphrasesCommand implements Callable<Integer> {

    /** The corpus files read when --corpus is not given, under ../shared/data. */
    static final List<String> DEFAULT_CORPUS =
            List.of("saudinewsnet/articles-other.jsonl.gz", "saudinewsnet/articles-with-section.jsonl.gz");

    @Option(
            names = "--corpus",
            description = "gzip JSON Lines with title and content (default: SaudiNewsNet under ../shared/data)")
    List<Path> corpus;

    @Option(
            names = "--max-articles",
            description = "count only the first N articles of each file, a quicker sample (default: all)")
    int maxArticles = Integer.MAX_VALUE;

    @Mixin
    DataOption data;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (maxArticles < 1)
            throw new IllegalArgumentException("--max-articles must be at least 1, got " + maxArticles);
        List<Path> files = corpus != null
                ? corpus
                : DEFAULT_CORPUS.stream().map(TrainSectionsCommand::sharedData).toList();
        var texts = new ArrayList<String>();
        for (Path file : files) {
            if (!Files.isRegularFile(file))
                throw new IllegalArgumentException("no corpus at " + file + " (give it with --corpus)");
            List<String> read = SectionCorpus.texts(file);
            texts.addAll(read.subList(0, Math.min(read.size(), maxArticles)));
        }
        WordFrequencies frequencies = WordFrequencies.count(texts);
        Path target = data.directory().models().resolve(TrainedModels.FREQUENCIES_FILE);
        frequencies.write(target);
        out.printf(
                Locale.ROOT,
                "counted %d articles of %s: %d words kept%nwrote %s%n",
                frequencies.documents(),
                files,
                frequencies.size(),
                target);
        return 0;
    }
}
