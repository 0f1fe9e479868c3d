package dev.marsad.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The character language models behind the tagger's contextual vectors (issue 11): gradient, learning, files. */
class CharLanguageModelTest {

    private static final String[] GROUPS = {"input", "recurrent", "output", "outputBias"};

    /** A small model with every parameter random, so that no part of the gradient is trivially zero. */
    private static CharLanguageModel randomModel(long seed) {
        var model = CharLanguageModel.initial(5, 4, seed);
        var random = new Random(seed + 1);
        for (double[] values : model.parameters())
            for (int i = 0; i < values.length; i++) values[i] = random.nextGaussian() * 0.7;
        return model;
    }

    private static final int[] TEXT = {1, 2, 3, 4, 2, 0, 3, 3, 1};

    /** The loss of predicting TEXT[from + 1 .. to] reading from {@code start}, by steps alone. */
    private static double loss(CharLanguageModel model, int from, int to, double[] start) {
        double[] h = start.clone();
        double loss = 0;
        for (int t = from; t < to; t++) {
            h = model.step(h, TEXT[t]);
            loss -= Math.log(model.predict(h)[TEXT[t + 1]]);
        }
        return loss;
    }

    @Test
    void gradientAgreesWithFiniteDifferencesForEveryParameter() {
        CharLanguageModel model = randomModel(3);
        CharLanguageModel gradient = model.zeros();
        double[] start = {0.3, -0.2, 0.5, 0.1}; // a chunk read from a carried state, not from zero
        double[] h = start.clone();
        double loss = model.gradient(TEXT, 1, 7, h, gradient);
        assertThat(loss).as("loss returned = loss computed").isCloseTo(loss(model, 1, 7, start), within(1e-9));
        double[] expectedState = start.clone();
        for (int t = 1; t < 7; t++) expectedState = model.step(expectedState, TEXT[t]);
        assertThat(h).as("state after the chunk").containsExactly(expectedState, within(1e-12));
        double step = 1e-5;
        double[][] params = model.parameters();
        double[][] grads = gradient.parameters();
        for (int g = 0; g < params.length; g++)
            for (int i = 0; i < params[g].length; i++) {
                double kept = params[g][i];
                params[g][i] = kept + step;
                double up = loss(model, 1, 7, start);
                params[g][i] = kept - step;
                double down = loss(model, 1, 7, start);
                params[g][i] = kept;
                double numeric = (up - down) / (2 * step);
                assertThat(grads[g][i])
                        .as(GROUPS[g] + "[" + i + "]")
                        .isCloseTo(numeric, within(1e-6 + 1e-5 * Math.abs(numeric)));
            }
    }

    /** Texts of a made-up language where the letter after "ب" is always "ت", and other letters are random. */
    private static List<List<String>> texts(int count, long seed) {
        var random = new Random(seed);
        String letters = "ابجدهوز";
        var texts = new ArrayList<List<String>>();
        for (int t = 0; t < count; t++) {
            var words = new ArrayList<String>();
            for (int w = 0; w < 12; w++) {
                var word = new StringBuilder();
                int length = 2 + random.nextInt(4);
                while (word.length() < length) {
                    char c = letters.charAt(random.nextInt(letters.length()));
                    word.append(c);
                    if (c == 'ب') word.append('ت');
                }
                words.add(word.toString());
            }
            texts.add(words);
        }
        return texts;
    }

    @Test
    void learnsToPredictHeldOutTextBetterThanCharacterFrequencies() {
        var settings = new CharLanguageModelTrainer.Settings(16, 1, 2_000, 10, 20, 0.01, 2, 7L);
        var learnt = new CharLanguageModelTrainer(settings, m -> {}).train(texts(150, 1), texts(20, 2));
        assertThat(learnt.forwardBits()).as("forward model").isLessThan(learnt.unigramBits() - 0.2);
        assertThat(learnt.backwardBits()).as("backward model").isLessThan(learnt.unigramBits() - 0.1);
        assertThat(learnt.trainingChars()).isGreaterThan(5_000);
    }

    @Test
    void aWordsVectorDependsOnItsSentence() {
        var settings = new CharLanguageModelTrainer.Settings(8, 1, 2_000, 0, 20, 0.01, 1, 7L);
        ContextualCharVectors vectors = new CharLanguageModelTrainer(settings, m -> {})
                .train(texts(20, 1), List.of())
                .vectors();
        assertThat(vectors.dimensions()).isEqualTo(16);
        float[][] one = vectors.of(Word.of("باب دار"));
        float[][] other = vectors.of(Word.of("جد دار"));
        assertThat(one).hasNumberOfRows(2);
        assertThat(one[1]).hasSize(16);
        assertThat(one[1])
                .as("دار after another word: its forward half differs")
                .isNotEqualTo(other[1]);
        float[] backwardHalf = java.util.Arrays.copyOfRange(one[1], 8, 16);
        assertThat(backwardHalf)
                .as("دار at the end of both: its backward half is the same")
                .containsExactly(java.util.Arrays.copyOfRange(other[1], 8, 16), within(0f));
    }

    @Test
    void readsBackWhatItWrote(@TempDir Path dir) throws Exception {
        var settings = new CharLanguageModelTrainer.Settings(6, 1, 2_000, 0, 20, 0.01, 1, 7L);
        ContextualCharVectors vectors = new CharLanguageModelTrainer(settings, m -> {})
                .train(texts(10, 1), List.of())
                .vectors();
        Path file = dir.resolve("charlm.bin.gz");
        vectors.write(file);
        ContextualCharVectors read = ContextualCharVectors.read(file);
        List<Word> words = Word.of("بابا دز جدو 12");
        float[][] before = vectors.of(words);
        float[][] after = read.of(words);
        for (int i = 0; i < before.length; i++) assertThat(after[i]).containsExactly(before[i], within(1e-6f));
        var bytes = new ByteArrayOutputStream();
        ContextualCharVectors.NONE.write(new DataOutputStream(bytes));
        var none = ContextualCharVectors.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertThat(none.dimensions()).isZero();
        assertThat(none.of(words)[0]).isEmpty();
    }

    @Test
    void refusesAFileOfAnotherKind(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("not-a-model.txt");
        Files.writeString(file, "hello");
        assertThatThrownBy(() -> ContextualCharVectors.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not gzip");
    }

    @Test
    void aCorpusWithNoTextLeftToHoldOutIsAClearError(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("texts.jsonl");
        var lines = new ArrayList<String>();
        for (List<String> words : texts(12, 5)) lines.add("{\"text\": \"" + String.join(" ", words) + "\"}");
        Files.write(corpus, lines);
        var wantsAll = new CharLanguageModelTrainer.Settings(4, 1_000_000, 2_000, 5, 20, 0.01, 1, 7L);
        assertThatThrownBy(() -> new CharLanguageModelTrainer(wantsAll, m -> {}).train(corpus))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no text left to hold out in " + corpus)
                .hasMessageContaining("12 texts");
        var leavesSome = new CharLanguageModelTrainer.Settings(4, 50, 2_000, 5, 20, 0.01, 1, 7L);
        var learnt = new CharLanguageModelTrainer(leavesSome, m -> {}).train(corpus);
        assertThat(learnt.forwardBits()).as("measured on held-out texts").isFinite();
        assertThat(learnt.backwardBits()).isFinite();
    }

    @Test
    void trainingTextsAreCutIntoTheSentencesTheTaggerReads() {
        assertThat(CharLanguageModelTrainer.sentenceTexts("قال باب. ودار جد\n\n هل زاد؟ بلغ 3.5 مليون!"))
                .as("lines, then after . ? ! followed by a space; not inside a number")
                .containsExactly("قال باب.", "ودار جد", "هل زاد؟", "بلغ 3.5 مليون!");
        var settings = new CharLanguageModelTrainer.Settings(4, 1, 30, 0, 20, 0.01, 1, 7L);
        List<List<String>> sentences =
                new CharLanguageModelTrainer(settings, m -> {}).sentences("باب دار. جد زاد\nسعد سعيد سعاد مسعود");
        assertThat(sentences).hasSize(3);
        assertThat(sentences.get(0)).contains("باب", "دار").doesNotContain("جد");
        assertThat(sentences.get(1)).contains("جد", "زاد");
        assertThat(sentences.stream()
                        .mapToInt(w -> String.join(" ", w).length() + 1)
                        .sum())
                .as("the text cut at 30 characters")
                .isLessThanOrEqualTo(30);
    }
}
