package dev.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.analyze.TrainedModels;
import dev.marsad.ingest.DataFolder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code marsad train all} without training anything (the demo trains for real, and that takes a
 * minute): models the data folder has are kept, and a bad sample size is refused.
 */
class TrainAllCommandTest {

    @TempDir
    Path dir;

    @Test
    void keepsEveryModelTheDataFolderAlreadyHas() throws Exception {
        Path models = new DataFolder(dir).models();
        Files.createDirectories(models);
        List<String> files = List.of(
                TrainedModels.SECTIONS_FILE,
                TrainedModels.FREQUENCIES_FILE,
                TrainedModels.CLUSTERS_FILE,
                TrainedModels.NER_FILE);
        for (String file : files) Files.writeString(models.resolve(file), "placeholder", StandardCharsets.UTF_8);
        var out = new StringWriter();
        var err = new StringWriter();
        int exit = Main.run(
                new String[] {"train", "all", "--quick", "--data", dir.toString()},
                new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString().split("kept: ", -1)).as(out.toString()).hasSize(files.size() + 1);
        assertThat(out.toString()).doesNotContain("training:");
        for (String file : files)
            assertThat(Files.readString(models.resolve(file), StandardCharsets.UTF_8))
                    .as(file)
                    .isEqualTo("placeholder");
    }

    @Test
    void refusesAKeyphraseSampleOfNoArticles() {
        var err = new StringWriter();
        int exit = Main.run(
                new String[] {"train", "keyphrases", "--max-articles", "0", "--data", dir.toString()},
                new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true));
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("--max-articles must be at least 1, got 0");
    }
}
