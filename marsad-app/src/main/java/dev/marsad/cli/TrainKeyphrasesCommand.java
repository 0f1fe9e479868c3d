package dev.marsad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.marsad.analyze.TrainedModels;
import dev.marsad.analyze.WordFrequencies;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
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

    @Mixin
    DataOption data;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files = corpus != null
                ? corpus
                : DEFAULT_CORPUS.stream().map(TrainSectionsCommand::sharedData).toList();
        var texts = new ArrayList<String>();
        for (Path file : files) {
            if (!Files.isRegularFile(file))
                throw new IllegalArgumentException("no corpus at " + file + " (give it with --corpus)");
            readTexts(file, texts);
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

    private static void readTexts(Path file, List<String> texts) {
        try (InputStream raw = Files.newInputStream(file);
                var reader =
                        new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) continue;
                JsonNode node;
                try {
                    node = Json.reader().readTree(line);
                } catch (IOException e) {
                    throw new IllegalArgumentException(file + " line " + lineNumber + ": not JSON", e);
                }
                texts.add(node.path("title").asText("") + "\n"
                        + node.path("content").asText(""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read corpus " + file + ": " + e.getMessage(), e);
        }
    }
}
