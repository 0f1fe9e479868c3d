package dev.marsad.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InducedNamesTest {

    @TempDir
    Path dir;

    /** A tagger trained on invented names after titles and reporting verbs (NerTrainerTest's corpus). */
    private static NerModel tagger() {
        var sentences = new ArrayList<ConllCorpus.Sentence>();
        List<String> first = List.of("سا", "كي", "دو", "فا", "لو", "زي");
        List<String> second = List.of("روف", "لاني", "بان", "تير", "ماك");
        for (int i = 0; i < first.size(); i++)
            for (int j = 0; j < second.size(); j++)
                sentences.addAll(NerTrainerTest.sentences(
                        first.get(i) + second.get(j),
                        first.get((i + j + 1) % first.size()) + second.get((j + 3) % second.size()) + "ي",
                        first.get((i + 2 * j) % first.size()) + second.get((i + 4) % second.size()) + "يا"));
        return new NerTrainer(new NerTrainer.Settings(6, 1L), WordClusters.NONE, m -> {})
                .train(new ConllCorpus(sentences), "test");
    }

    private Path news(List<String> texts) throws Exception {
        var lines = new ArrayList<String>();
        for (String t : texts) lines.add("{\"content\": \"" + t + "\"}");
        Path file = dir.resolve("news.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aNameTaggedOftenWithOneTypeIsKeptAndARareOneIsNot() throws Exception {
        var texts = new ArrayList<String>();
        for (int i = 0; i < 8; i++) texts.add("قال الرئيس غامور راسكيل إن الوضع هادئ .");
        for (int i = 0; i < 2; i++) texts.add("قال الرئيس بيساد فيلتون إن الوضع هادئ .");
        NameLexicon induced = InducedNames.of(tagger(), news(texts), 100, m -> {});
        assertThat(induced.nameTags(Word.of("التقى غامور راسكيل وبيساد فيلتون أمس")))
                .as("often tagged: kept; tagged twice: fewer than " + InducedNames.MIN_COUNT)
                .containsExactly("-", "B-PER", "I-PER", "-", "-", "-");
    }

    @Test
    void maxTextsBoundsWhatIsRead() throws Exception {
        var texts = new ArrayList<String>();
        for (int i = 0; i < 8; i++) texts.add("قال الرئيس غامور راسكيل إن الوضع هادئ .");
        NameLexicon induced = InducedNames.of(tagger(), news(texts), InducedNames.MIN_COUNT - 1, m -> {});
        assertThat(induced.nameTags(Word.of("غامور راسكيل"))).containsOnly("-");
    }

    @Test
    void aTaggerTrainedWithInducedNamesKeepsThemInItsFile() throws Exception {
        var texts = new ArrayList<String>();
        for (int i = 0; i < 60; i++) texts.add("قال الرئيس غامور راسكيل إن الوضع هادئ .");
        var sentences = new ArrayList<ConllCorpus.Sentence>();
        for (String given : List.of("سالاني", "كيبان", "دوتير", "فاماك", "لوروف"))
            for (String family : List.of("زيروفي", "موبانيي", "ريتيري"))
                sentences.addAll(NerTrainerTest.sentences(given, family, "نيفادور"));
        NerModel model = new NerTrainer(new NerTrainer.Settings(4, 1L), WordClusters.NONE, m -> {})
                .trainWithInducedNames(new ConllCorpus(sentences), "test", news(texts), 60);
        assertThat(model.induced().nameTags(Word.of("غامور راسكيل"))).containsExactly("B-PER", "I-PER");
        Path file = dir.resolve(NerModel.FILE_NAME);
        model.write(file);
        assertThat(NerModel.read(file).induced().nameTags(Word.of("غامور راسكيل")))
                .containsExactly("B-PER", "I-PER");
    }

    @Test
    void taggedNewsIsCutAtFullStopsIntoSentencesThatNameSomeone() throws Exception {
        Path news = news(List.of("قال الرئيس غامور راسكيل إن الوضع هادئ . كان الطقس جميلا في المساء ."));
        List<ConllCorpus.Sentence> sentences = InducedNames.taggedSentences(tagger(), news, 10);
        assertThat(sentences.getFirst().text()).isEqualTo("قال الرئيس غامور راسكيل إن الوضع هادئ");
        assertThat(sentences.getFirst().tags().subList(0, 4)).containsExactly("O", "O", "B-PER", "I-PER");
        assertThat(sentences)
                .as("each kept sentence names an entity")
                .allSatisfy(t -> assertThat(t.tags()).anyMatch(tag -> tag.startsWith("B-")));
    }
}
