package dev.marsad.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.DataOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tagger learns from context, not from the names themselves: trained on sentences with one set
 * of invented names, it finds other invented names in the same kinds of sentence.
 */
class NerTrainerTest {

    /** Syllables of invented names: names trained on and names never seen are different combinations. */
    private static final List<String> FIRST = List.of("سا", "كي", "دو", "فا", "لو", "زي", "مو", "ري", "تو", "نا");

    private static final List<String> SECOND = List.of("روف", "لاني", "بان", "تير", "ماك", "فان", "نور", "سيم");
    private static final List<String> NEW_GIVEN = List.of("نوركال", "بيساد", "غامور");
    private static final List<String> NEW_FAMILY = List.of("فيلتون", "راسكيل", "دوميرا");
    private static final List<String> NEW_PLACES = List.of("نيفادور", "سيكوندا");

    @TempDir
    static Path dir;

    private static NerModel model;

    @BeforeAll
    static void train() {
        var sentences = new ArrayList<ConllCorpus.Sentence>();
        for (int i = 0; i < FIRST.size(); i++)
            for (int j = 0; j < SECOND.size(); j++) {
                String given = FIRST.get(i) + SECOND.get(j);
                String family = FIRST.get((i + j + 1) % FIRST.size()) + SECOND.get((j + 3) % SECOND.size()) + "ي";
                String place = FIRST.get((i + 2 * j) % FIRST.size()) + SECOND.get((i + 5) % SECOND.size()) + "يا";
                sentences.addAll(sentences(given, family, place));
            }
        model = new NerTrainer(new NerTrainer.Settings(8, 1L), WordClusters.NONE, m -> {})
                .train(new ConllCorpus(sentences), "test corpus");
    }

    /** Three sentences naming a person after a title and a reporting verb, and a place. */
    static List<ConllCorpus.Sentence> sentences(String given, String family, String place) {
        return List.of(
                sentence(
                        "قال O", "الرئيس O", given + " B-PERS", family + " I-PERS", "إن O", "الوضع O", "هادئ O", ". O"),
                sentence(
                        "وصل O",
                        "الوزير O",
                        given + " B-PERS",
                        family + " I-PERS",
                        "إلى O",
                        place + " B-LOC",
                        "أمس O",
                        ". O"),
                sentence("وأكد O", family + " B-PERS", "أن O", "سكان O", place + " B-LOC", "بخير O", ". O"));
    }

    /** A corpus sentence from "token TAG" pairs. */
    static ConllCorpus.Sentence sentence(String... tokensAndTags) {
        var tokens = new ArrayList<String>();
        var tags = new ArrayList<String>();
        for (String t : tokensAndTags) {
            int space = t.lastIndexOf(' ');
            tokens.add(t.substring(0, space));
            tags.add(t.substring(space + 1));
        }
        return new ConllCorpus.Sentence(tokens, tags);
    }

    @Test
    void findsNamesItNeverSawFromTheirContext() {
        var analyzer = new ArticleAnalyzer(Optional.of(model));
        int found = 0;
        int total = 0;
        for (String given : NEW_GIVEN)
            for (String family : NEW_FAMILY) {
                String text = "قال الرئيس " + given + " " + family + " إن الوضع هادئ .";
                total++;
                if (analyzer.mentions(text).stream()
                        .anyMatch(m -> m.type() == Entity.Type.PER && m.name().equals(given + " " + family))) found++;
            }
        assertThat(found).as("unseen persons found of " + total).isGreaterThanOrEqualTo(total * 8 / 10);
        for (String place : NEW_PLACES)
            assertThat(analyzer.mentions("وصل الوزير نوركال فيلتون إلى " + place + " أمس ."))
                    .as(place)
                    .anyMatch(m -> m.type() == Entity.Type.LOC && m.name().equals(place));
    }

    @Test
    void oneTaggedPieceOfAListedNameIsTheWholeListedName() {
        // a tagger that learnt "ناجورنو" alone as a place (as ANERcorp-trained ones do) still gives
        // the listed name whole, so that the article counts for Karabakh whatever the spelling
        var sentences = new ArrayList<ConllCorpus.Sentence>();
        for (String given : FIRST)
            for (String family : SECOND) sentences.addAll(sentences(given + family, family + "ي", "ناجورنو"));
        NerModel placeModel = new NerTrainer(new NerTrainer.Settings(8, 1L), WordClusters.NONE, m -> {})
                .train(new ConllCorpus(sentences), "test corpus");
        var analyzer = new ArticleAnalyzer(Optional.of(placeModel));
        String text = "وصل الوزير نوركال فيلتون إلى ناجورنو قره باخ أمس .";
        assertThat(analyzer.mentions(text))
                .filteredOn(m -> m.type() == Entity.Type.LOC)
                .singleElement()
                .satisfies(m -> {
                    assertThat(text.substring(m.start(), m.end())).isEqualTo("ناجورنو قره باخ");
                    assertThat(m.id()).contains("karabakh");
                });
    }

    @Test
    void aListedNameAfterAConjunctionIsWrittenWithoutIt() {
        var analyzer = new ArticleAnalyzer(Optional.of(model));
        String text = "وأكد راسكيل أن سكان وواشنطن بخير .";
        assertThat(analyzer.mentions(text))
                .filteredOn(m -> m.id().equals("loc:washington"))
                .singleElement()
                .satisfies(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo("واشنطن"));
    }

    @Test
    void aNameTaggedOnceIsTheSameNameLaterInTheText() {
        var analyzer = new ArticleAnalyzer(Optional.of(model));
        List<EntityMention> mentions =
                analyzer.mentions("قال الرئيس غامور راسكيل إن الوضع هادئ . راسكيل غامور راسكيل هنا .");
        List<EntityMention> persons =
                mentions.stream().filter(m -> m.type() == Entity.Type.PER).toList();
        assertThat(persons).hasSizeGreaterThanOrEqualTo(2);
        assertThat(persons)
                .extracting(EntityMention::id)
                .containsOnly(persons.getFirst().id());
    }

    @Test
    void titlesAreRolesOfThePersonNotPartOfTheName() {
        var analyzer = new ArticleAnalyzer(Optional.of(model));
        var article = Fixtures.article(
                "خبر", List.of("قال الرئيس بيساد دوميرا إن الوضع هادئ ."), Optional.empty(), List.of());
        Entity person = analyzer.analyze(article).entities(Entity.Type.PER).getFirst();
        assertThat(person.name()).isEqualTo("بيساد دوميرا");
        assertThat(person.roles()).containsExactly("الرئيس");
        assertThat(person.id()).startsWith("per:");
    }

    @Test
    void writtenModelReadsBackAndTagsTheSame() {
        Path file = dir.resolve("models").resolve(NerModel.FILE_NAME);
        model.write(file);
        NerModel read = NerModel.read(file);
        assertThat(read.description()).isEqualTo("test corpus");
        assertThat(read.hasSecondPass()).as("second pass kept in the file").isTrue();
        String text = "وصل الوزير غامور فيلتون إلى سيكوندا أمس .";
        assertThat(new ArticleAnalyzer(Optional.of(read)).mentions(text))
                .isEqualTo(new ArticleAnalyzer(Optional.of(model)).mentions(text));
        assertThat(new ArticleAnalyzer(TrainedModels.load(dir.resolve("models"))).hasTrainedTagger())
                .isTrue();
        assertThat(new ArticleAnalyzer(
                                TrainedModels.load(dir.resolve("elsewhere").resolve("models")))
                        .hasTrainedTagger())
                .isFalse();
    }

    @Test
    void rejectsAFileThatIsNoModel() throws Exception {
        Path text = dir.resolve("not-a-model.txt");
        Files.writeString(text, "hello", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> NerModel.read(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not-a-model.txt");
    }

    @Test
    void aOnePassModelOfTheEarlierFormatStillLoadsAndTags() throws Exception {
        // the layout written before the second pass (issue 11): magic, description, tags,
        // transitions, feature weights, clusters, names, and nothing after
        Path file = dir.resolve("one-pass.model");
        int t = NerModel.TAGS.size();
        float[] person = new float[t];
        person[NerModel.TAGS.indexOf("B-PER")] = 5f;
        try (var out = new DataOutputStream(new GZIPOutputStream(Files.newOutputStream(file)))) {
            out.writeUTF("marsad-ner 2");
            out.writeUTF("an earlier model");
            out.writeInt(t);
            for (int k = 0; k < (t + 1) * t; k++) out.writeFloat(0f);
            FeatureWeights.of(Map.of("w=فيلتون", person), t).write(out);
            out.writeInt(0);
            NameLexicon.EMPTY.write(out);
        }
        NerModel read = NerModel.read(file);
        assertThat(read.hasSecondPass()).isFalse();
        assertThat(new ArticleAnalyzer(Optional.of(read)).mentions("وصل فيلتون أمس ."))
                .singleElement()
                .satisfies(m -> assertThat(m.type()).isEqualTo(Entity.Type.PER));
    }

    @Test
    void aModelOfAnotherFormatAsksForANewTraining() throws Exception {
        Path file = dir.resolve("future.model");
        try (var out = new DataOutputStream(new GZIPOutputStream(Files.newOutputStream(file)))) {
            out.writeUTF("marsad-ner 9");
        }
        assertThatThrownBy(() -> NerModel.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("future.model")
                .hasMessageContaining("marsad-ner 9")
                .hasMessageContaining("marsad train ner");
    }

    @Test
    void goldTagsFollowTheWordsOfTheCoreTokenizer() {
        ConllCorpus.Sentence s = sentence("(أ O", "ف) O", "قال O", "محمد B-PERS", "علي I-PERS");
        List<Word> words = Word.of(s.text());
        int[] tags = NerTrainer.goldTags(s, words);
        assertThat(tags).hasSize(words.size());
        assertThat(NerModel.TAGS.get(tags[words.size() - 2])).isEqualTo("B-PER");
        assertThat(NerModel.TAGS.get(tags[words.size() - 1])).isEqualTo("I-PER");
    }
}
