package dev.marsad.bench.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Where the training commands of extraction models read their sets and write their model (a
 * picocli mixin), and the credits every model file carries for the sets it was trained on.
 */
final class TrainingFiles {

    @Option(
            names = "--data",
            description = "root of the shared data sets (default: ${DEFAULT-VALUE})",
            defaultValue = "../shared/data")
    Path data;

    @Option(names = "--out", description = "write the model trained on all sets to this file")
    Path outFile;

    /**
     * Writes {@code model} (a model file's text with no comment) to {@code --out}, when given, after
     * {@code about}, what it was trained on ({@code examples}, such as "18848 labelled blocks") and
     * the training sets' credits as comment lines.
     */
    void write(String model, List<String> about, String examples, List<DevSet> sets) {
        if (outFile == null) return;
        StringBuilder text = new StringBuilder();
        for (String line : about) text.append("# ").append(line).append('\n');
        text.append("# Trained on ")
                .append(examples)
                .append(" of the development sets ")
                .append(String.join(", ", sets.stream().map(DevSet::name).toList()))
                .append(":\n");
        text.append(
                "# aeb-scrapinghub half A (MIT, Scrapinghub), WCXB (CC-BY-4.0, Murrough Foley, \"WCXB: A Multi-Type\n");
        text.append("# Web Content Extraction Benchmark\", 2026), trafilatura-eval (Apache-2.0), fundus-news (MIT),\n");
        text.append("# arabic-news-html (Apache-2.0), newspaper4k fixtures (MIT). Only weights are stored, no text.\n");
        text.append(model);
        try {
            Files.writeString(outFile, text.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + outFile, e);
        }
    }
}
