package dev.marsad.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Document consistency learnt, not ruled (issue 11): in the training texts a word after "وأكد" is
 * a person exactly when it is the family name of a person named in full earlier in the same text,
 * and otherwise an ordinary word never seen before. Word and context cannot tell the two apart; the
 * second pass, reading what the first tagged over the whole text, can.
 */
class SecondPassTest {

    private static final List<String> SYLLABLES = List.of("سا", "كي", "دو", "فا", "لو", "زي", "مو", "ري", "تو", "نا");
    private static final List<String> ENDINGS = List.of("روف", "لاني", "بان", "تير", "ماك", "فان", "نور", "سيم");

    /** Sentences of one training text, as many as the trainer reads as one document. */
    private static final int DOCUMENT = 15;

    private static String invented(int i, int salt) {
        return SYLLABLES.get((i * 7 + salt) % SYLLABLES.size())
                + SYLLABLES.get((i / SYLLABLES.size() + salt) % SYLLABLES.size())
                + ENDINGS.get((i + salt * 3) % ENDINGS.size());
    }

    private static ConllCorpus corpus() {
        var sentences = new ArrayList<ConllCorpus.Sentence>();
        for (int d = 0; d < 60; d++) {
            String given = invented(d, 1) + "ي";
            String family = invented(d, 2) + "ا";
            sentences.add(NerTrainerTest.sentence(
                    "قال O", "الرئيس O", given + " B-PERS", family + " I-PERS", "إن O", "الوضع O", "هادئ O", ". O"));
            for (int s = 1; s < DOCUMENT; s++) {
                boolean person = s % 2 == 1;
                String word = person ? family : invented(d * DOCUMENT + s, 5) + "ا";
                sentences.add(NerTrainerTest.sentence(
                        "وأكد O", word + (person ? " B-PERS" : " O"), "أن O", "الوضع O", "هادئ O", ". O"));
            }
        }
        return new ConllCorpus(sentences);
    }

    private static boolean isPerson(List<EntityMention> mentions, String text, String word) {
        return mentions.stream()
                .anyMatch(m -> m.type() == Entity.Type.PER
                        && text.substring(m.start(), m.end()).equals(word));
    }

    /** A text of document length naming فيلتونا in full, then alone, and راسكيلا (never named) alone. */
    private static String document() {
        var text = new StringBuilder("قال الرئيس نوركالي فيلتونا إن الوضع هادئ .\n");
        text.append("وأكد فيلتونا أن الوضع هادئ .\n");
        text.append("وأكد راسكيلا أن الوضع هادئ .\n");
        for (int i = 0; Word.of(text.toString()).size() < NerModel.MIN_DOCUMENT_WORDS; i++)
            text.append("وأكد ").append(invented(i, 9)).append("و أن الوضع هادئ .\n");
        return text.toString();
    }

    @Test
    void aFamilyNameAloneIsAPersonWhereTheTextNamedThePersonInFull() {
        NerTrainer.Settings settings = new NerTrainer.Settings(8, 3L);
        NerModel model = new NerTrainer(settings, WordClusters.NONE, m -> {}).train(corpus(), "documents");
        NerModel onePass = new NerTrainer(settings.withPasses(NerTrainer.Passes.ONE), WordClusters.NONE, m -> {})
                .train(corpus(), "documents");
        String t = document();
        List<EntityMention> mentions = new ArticleAnalyzer(Optional.of(model)).mentions(t);
        assertThat(isPerson(mentions, t, "فيلتونا"))
                .as("the family name of the person named in full")
                .isTrue();
        assertThat(isPerson(new ArticleAnalyzer(Optional.of(onePass)).mentions(t), t, "فيلتونا"))
                .as("the first pass alone cannot tell")
                .isFalse();
        assertThat(isPerson(mentions, t, "راسكيلا"))
                .as("a word the text never named")
                .isFalse();
    }

    @Test
    void aNeuralSecondPassLearnsItTooAndReadsBackFromItsFile(@TempDir Path dir) {
        NerTrainer.Settings settings = new NerTrainer.Settings(8, 3L).withPasses(NerTrainer.Passes.NEURAL);
        NerModel model = new NerTrainer(settings, WordClusters.NONE, m -> {}).train(corpus(), "documents");
        String t = document();
        List<EntityMention> mentions = networkMentions(model, t, "");
        Path file = dir.resolve(NerModel.FILE_NAME);
        model.write(file);
        NerModel read = NerModel.read(file);
        assertThat(read.hasNetwork()).as("network kept in the file").isTrue();
        assertThat(new ArticleAnalyzer(Optional.of(read)).mentions(t)).isEqualTo(mentions);
    }

    /**
     * The network alone as the second pass (blend 0: no perceptron to carry it) must learn the
     * consistency the first pass cannot see; fails when the network does not learn.
     */
    @Test
    void theNetworkAloneLearnsIt() {
        NerTrainer.Settings settings = new NerTrainer.Settings(8, 3L).withPasses(NerTrainer.Passes.NEURAL);
        NerModel model = new NerTrainer(settings, WordClusters.NONE, m -> {})
                .withNetwork(alone(NetworkTrainer.Settings.defaults()), WordVectors.NONE)
                .train(corpus(), "documents");
        networkMentions(model, document(), ", by the network alone");
    }

    /**
     * The mentions a model with a network finds in {@code t}, once checked: the family name alone
     * is a person where the text named the person in full, and a word it never named is none.
     */
    private static List<EntityMention> networkMentions(NerModel model, String t, String by) {
        assertThat(model.hasNetwork()).isTrue();
        List<EntityMention> mentions = new ArticleAnalyzer(Optional.of(model)).mentions(t);
        assertThat(isPerson(mentions, t, "فيلتونا"))
                .as("the family name of the person named in full" + by)
                .isTrue();
        assertThat(isPerson(mentions, t, "راسكيلا"))
                .as("a word the text never named" + by)
                .isFalse();
        return mentions;
    }

    /** A model whose network reads word vectors writes them to its file and reads them back the same. */
    @Test
    void aNetworkWithWordVectorsReadsBackFromItsFile(@TempDir Path dir) {
        var byWord = new HashMap<String, float[]>();
        for (int d = 0; d < 60; d++) byWord.put(invented(d, 2) + "ا", new float[] {d % 3, 1, -d % 5, 0.5f});
        byWord.put("الوضع", new float[] {0, 2, 1, -1});
        var vectors = new WordVectors(4, byWord, Map.of("هادئ", new float[] {1, 1, 1, 1}));
        NerModel model = new NerTrainer(
                        new NerTrainer.Settings(2, 3L).withPasses(NerTrainer.Passes.NEURAL), WordClusters.NONE, m -> {})
                .withNetwork(NetworkTrainer.Settings.defaults().withEpochs(1), vectors)
                .train(corpus(), "documents");
        Path file = dir.resolve(NerModel.FILE_NAME);
        model.write(file);
        WordVectors read = NerModel.read(file).wordVectors();
        assertThat(read.dimensions()).as("dimensions").isEqualTo(4);
        assertThat(read.size()).as("words").isEqualTo(vectors.size());
        for (String word : byWord.keySet())
            assertThat(read.of(word, "-")).as("the vector of %s", word).containsExactly(vectors.of(word, "-"));
        assertThat(read.of("-", "هادئ")).as("a stem's vector").containsExactly(vectors.of("-", "هادئ"));
        String t = document();
        assertThat(new ArticleAnalyzer(Optional.of(NerModel.read(file))).mentions(t))
                .isEqualTo(new ArticleAnalyzer(Optional.of(model)).mentions(t));
    }

    /**
     * A model whose network reads contextual character vectors (format 6) writes their models to its
     * file and reads them back: the read model gives the same vectors and tags the same.
     */
    @Test
    void aNetworkWithContextualVectorsReadsBackFromItsFile(@TempDir Path dir) {
        var texts = new ArrayList<List<String>>();
        for (ConllCorpus.Sentence sentence : corpus().sentences())
            texts.add(Word.of(sentence.text()).stream().map(Word::norm).toList());
        ContextualCharVectors context = new CharLanguageModelTrainer(
                        new CharLanguageModelTrainer.Settings(6, 1, 2_000, 0, 20, 0.01, 1, 7L), m -> {})
                .train(texts, List.of())
                .vectors();
        NerModel model = new NerTrainer(
                        new NerTrainer.Settings(2, 3L).withPasses(NerTrainer.Passes.NEURAL), WordClusters.NONE, m -> {})
                .withNetwork(NetworkTrainer.Settings.defaults().withEpochs(1), WordVectors.NONE, context)
                .train(corpus(), "documents");
        Path file = dir.resolve(NerModel.FILE_NAME);
        model.write(file);
        NerModel read = NerModel.read(file);
        assertThat(read.contextualVectors().dimensions()).as("dimensions").isEqualTo(12);
        List<Word> words = Word.of(document());
        float[][] before = context.of(words);
        float[][] after = read.contextualVectors().of(words);
        for (int i = 0; i < before.length; i++)
            assertThat(after[i]).as("vector of word %d", i).containsExactly(before[i], within(1e-6f));
        String t = document();
        assertThat(new ArticleAnalyzer(Optional.of(read)).mentions(t))
                .isEqualTo(new ArticleAnalyzer(Optional.of(model)).mentions(t));
    }

    /**
     * A real file of format 5 (a network that reads no contextual vectors), written by the Marsad of
     * that format, still loads and tags as that Marsad tagged.
     */
    @Test
    void aNetworkModelOfTheFormatBeforeContextualVectorsStillLoads(@TempDir Path dir) throws Exception {
        // Written by the code of commit 76d33f7 (format 5) from this class's corpus(); see the
        // resources' README. It must load and tag document() as that code tagged it.
        Path older = dir.resolve("ner-format5.model");
        try (var in = SecondPassTest.class.getResourceAsStream("/analyze/ner-format5.model")) {
            assertThat(in).as("fixture ner-format5.model").isNotNull();
            java.nio.file.Files.copy(in, older);
        }
        try (var in = new java.util.zip.GZIPInputStream(java.nio.file.Files.newInputStream(older))) {
            assertThat(new java.io.DataInputStream(in).readUTF()).isEqualTo("marsad-ner 5");
        }
        NerModel read = NerModel.read(older);
        assertThat(read.hasNetwork()).isTrue();
        assertThat(read.contextualVectors().dimensions()).isZero();
        List<String> expected =
                Fixtures.text("ner-format5.mentions.txt").lines().toList();
        assertThat(expected).isNotEmpty();
        assertThat(new ArticleAnalyzer(Optional.of(read))
                        .mentions(document()).stream()
                                .map(EntityMention::toString)
                                .toList())
                .isEqualTo(expected);
    }

    /** {@code settings} with blend 0: the network is the second pass, no perceptron's beside it. */
    private static NetworkTrainer.Settings alone(NetworkTrainer.Settings s) {
        return new NetworkTrainer.Settings(
                s.embedding(),
                s.hidden(),
                s.radius(),
                s.dropout(),
                s.featureDropout(),
                s.learningRate(),
                s.batch(),
                s.epochs(),
                s.patience(),
                s.minCount(),
                s.seed(),
                s.trust(),
                0);
    }
}
