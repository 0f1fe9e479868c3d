package dev.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.analyze.ArticleAnalyzer;
import dev.marsad.analyze.NerModel;
import dev.marsad.analyze.TrainedModels;
import dev.marsad.ingest.DataFolder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code marsad train ner|clusters|embeddings|charlm} on small files written for the test. */
class TrainCommandTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    /** {@code marsad train ner} on {@link #conll()}, all of it, two epochs, one run, then {@code more}. */
    private Run trainNerBriefly(String... more) throws Exception {
        var args = new ArrayList<>(List.of(
                "train", "ner", "--conll", conll().toString(), "--part", "all", "--epochs", "2", "--runs", "1"));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    private Path conll() throws Exception {
        var lines = new ArrayList<String>();
        for (String name : List.of("سامو", "كيرو", "دوما", "فاليو", "لوري", "زينو", "موكا", "ريتا", "توني", "نادو"))
            lines.addAll(List.of("قال O", "الرئيس O", name + " B-PERS", "إن O", "الوفد O", "وصل O", ". O"));
        Path file = dir.resolve("train.txt");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    /** Thirty texts of news, the same sentence naming two cities. */
    private Path news() throws Exception {
        var lines = new ArrayList<String>();
        for (int i = 0; i < 30; i++) lines.add("{\"content\": \"زار الوفد مدينة بيروت ثم عاد الوفد إلى مدينة دمشق\"}");
        Path corpus = dir.resolve("texts.jsonl");
        Files.write(corpus, lines, StandardCharsets.UTF_8);
        return corpus;
    }

    @Test
    void trainNerWritesTheModelTheDataFolderLoads() throws Exception {
        Path data = dir.resolve("data");
        Run r = run(
                "train",
                "ner",
                "--conll",
                conll().toString(),
                "--part",
                "all",
                "--epochs",
                "3",
                "--data",
                data.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("trained on 10 sentences");
        assertThat(NerModel.read(new DataFolder(data).models().resolve(TrainedModels.NER_FILE))
                        .description())
                .contains("train.txt", "all");
        assertThat(new ArticleAnalyzer(TrainedModels.load(new DataFolder(data).models())).hasTrainedTagger())
                .isTrue();
    }

    @Test
    void trainClustersWritesAClusterFile() throws Exception {
        Path corpus = news();
        Path out = dir.resolve("clusters.tsv");
        Run r = run(
                "train",
                "clusters",
                "--corpus",
                corpus.toString(),
                "--out",
                out.toString(),
                "--fine",
                "3",
                "--coarse",
                "2");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("بيروت\t");
    }

    @Test
    void trainEmbeddingsWritesClustersThatTrainNerReads() throws Exception {
        Path corpus = news();
        Path embeddings = dir.resolve("embedding-clusters.tsv");
        Run r = run(
                "train",
                "embeddings",
                "--corpus",
                corpus.toString(),
                "--out",
                embeddings.toString(),
                "--granularities",
                "4,2");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("words embedded and clustered");
        assertThat(Files.readString(embeddings, StandardCharsets.UTF_8)).contains("w\tبيروت\t");
        Path model = dir.resolve("ner.model");
        Run ner = trainNerBriefly("--embeddings", embeddings.toString(), "--out", model.toString());
        assertThat(ner.exit()).as(ner.err()).isZero();
        assertThat(NerModel.read(model).embeddings().size()).isPositive();
        assertThat(NerModel.read(model).description()).contains("embeddings embedding-clusters.tsv");
    }

    @Test
    void tooManyClustersForTheCorpusEndsStderrWithOneLine() throws Exception {
        Path corpus = dir.resolve("small.jsonl");
        Files.writeString(corpus, "{\"content\": \"زار الوفد مدينة بيروت\"}\n", StandardCharsets.UTF_8);
        Run r = run(
                "train",
                "embeddings",
                "--corpus",
                corpus.toString(),
                "--out",
                dir.resolve("e.tsv").toString());
        assertThat(r.exit()).isNotZero();
        String[] lines = r.err().strip().split("\n");
        assertThat(lines[lines.length - 1])
                .as("the error, after the progress lines")
                .contains("small.jsonl", "1024");
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    void aMissingTrainingFileIsOneLineOnStderr() {
        Run r = run("train", "ner", "--conll", dir.resolve("nothing.txt").toString());
        assertThat(r.exit()).isNotZero();
        assertThat(r.err().strip())
                .contains("CoNLL file not found")
                .doesNotContain("\n")
                .doesNotContain("Exception");
    }

    /** Review of the entity tagger CLI: vectors the neural pass would not read are an error, not ignored. */
    @Test
    void vectorsWithoutTheNeuralPassAreOneLineOnStderr() throws Exception {
        Path vectors = dir.resolve("word-vectors.bin.gz");
        Files.write(vectors, new byte[] {1});
        Run r = run(
                "train",
                "ner",
                "--conll",
                conll().toString(),
                "--vectors",
                vectors.toString(),
                "--out",
                dir.resolve("ner.model").toString());
        assertThat(r.exit()).isNotZero();
        assertThat(r.err().strip())
                .contains("--vectors", "--neural")
                .doesNotContain("\n")
                .doesNotContain("Exception");
        assertThat(dir.resolve("ner.model")).doesNotExist();
    }

    /**
     * Word vectors in the data folder (licensed as their corpus) are not embedded unless named;
     * stdout says which were used.
     */
    @Test
    void theNeuralPassReadsNoVectorsUnlessNamed() throws Exception {
        Path data = dir.resolve("data");
        Path unnamed = new DataFolder(data).models().resolve(TrainedModels.VECTORS_FILE);
        Files.createDirectories(unnamed.getParent());
        Files.write(unnamed, new byte[] {1}); // not a vector file: reading it would fail the command
        Run r = trainNerBriefly("--neural", "--network-epochs", "1", "--data", data.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("NEURAL pass(es), word vectors none");
        assertThat(NerModel.read(new DataFolder(data).models().resolve(TrainedModels.NER_FILE))
                        .description())
                .contains("word vectors none");
    }

    /**
     * {@code train charlm} learns character models that {@code train ner --neural --charlm} embeds
     * in its model (issue 11, round 5); stdout reports the held-out bits per character.
     */
    @Test
    void trainCharlmWritesModelsThatTheNeuralPassReads() throws Exception {
        Path models = dir.resolve("charlm.bin.gz");
        Run r = run(
                "train",
                "charlm",
                "--corpus",
                news().toString(),
                "--chars",
                "1000",
                "--hidden",
                "4",
                "--out",
                models.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("held out: forward", "bits per character", models.toString());
        Path model = dir.resolve("ner.model");
        Run ner = trainNerBriefly(
                "--neural", "--network-epochs", "1", "--charlm", models.toString(), "--out", model.toString());
        assertThat(ner.exit()).as(ner.err()).isZero();
        assertThat(ner.out()).contains("character models " + models);
        assertThat(NerModel.read(model).description())
                .contains("character models charlm.bin.gz")
                .as("the licence note names what the model embeds")
                .contains("word vectors, character models and induced names: their corpus's, for SaudiNewsNet CC"
                        + " BY-NC-SA");
    }

    /** Character models the neural pass would not read are an error, not ignored. */
    @Test
    void charlmWithoutTheNeuralPassIsOneLineOnStderr() throws Exception {
        Path models = dir.resolve("charlm.bin.gz");
        Files.write(models, new byte[] {1});
        Run r = trainNerBriefly(
                "--charlm", models.toString(), "--out", dir.resolve("ner.model").toString());
        assertThat(r.exit()).isNotZero();
        assertThat(r.err().strip())
                .contains("--charlm", "--neural")
                .doesNotContain("\n")
                .doesNotContain("Exception");
        assertThat(dir.resolve("ner.model")).doesNotExist();
    }
}
