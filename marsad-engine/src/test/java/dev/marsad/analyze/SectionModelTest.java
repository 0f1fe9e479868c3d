package dev.marsad.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marsad.arabic.text.AnalyzedText;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SectionModelTest {

    private static final List<String> SPORTS =
            List.of("المباراة", "الفريق", "هدف", "الدوري", "اللاعب", "المدرب", "البطولة", "الملعب", "الكأس", "النادي");
    private static final List<String> ECONOMY = List.of(
            "الأسواق", "النفط", "الأسعار", "البنك", "الاستثمار", "الشركات", "التضخم", "الأسهم", "الميزانية", "الدولار");
    private static final List<String> COMMON = List.of("أمس", "اليوم", "قال", "كبير", "جديد", "المدينة", "العام");

    /** Texts of one topic: topic words mixed with common ones, drawn with a fixed seed. */
    private static List<SectionTrainer.Example> examples(List<String> topic, Section section, int n, Random random) {
        var examples = new ArrayList<SectionTrainer.Example>();
        for (int i = 0; i < n; i++) {
            var words = new ArrayList<String>();
            for (int w = 0; w < 12; w++)
                words.add(
                        w % 3 == 0
                                ? topic.get(random.nextInt(topic.size()))
                                : COMMON.get(random.nextInt(COMMON.size())));
            examples.add(new SectionTrainer.Example(
                    topic.get(random.nextInt(topic.size())), String.join(" ", words), section));
        }
        return examples;
    }

    private static SectionModel trained() {
        var random = new Random(3);
        var all = new ArrayList<>(examples(SPORTS, Section.SPORTS, 40, random));
        all.addAll(examples(ECONOMY, Section.ECONOMY, 40, random));
        return SectionTrainer.train(all, SectionTrainer.Settings.defaults());
    }

    @Test
    void learnsTopicsFromLabelledTexts() {
        SectionModel model = trained();
        assertThat(model.classify(
                        AnalyzedText.of("الفريق يفوز بالكأس"), List.of(AnalyzedText.of("سجل اللاعب هدف في المباراة"))))
                .contains(Section.SPORTS);
        assertThat(model.classify(
                        AnalyzedText.of("تراجع الأسهم"), List.of(AnalyzedText.of("ارتفعت أسعار النفط وتراجع الدولار"))))
                .contains(Section.ECONOMY);
    }

    @Test
    void saysNothingBelowItsThreshold() {
        SectionModel unsure = trained().withThreshold(1.0);
        assertThat(unsure.classify(AnalyzedText.of("أمس"), List.of(AnalyzedText.of("قال المدينة اليوم"))))
                .isEmpty();
    }

    @Test
    void crossValidationClassifiesEachGroupWithAModelOfTheOthers() {
        var random = new Random(7);
        var all = new ArrayList<>(examples(SPORTS, Section.SPORTS, 30, random));
        all.addAll(examples(ECONOMY, Section.ECONOMY, 30, random));
        int[] folds = new int[all.size()];
        for (int i = 0; i < folds.length; i++) folds[i] = i % 3;
        var predictions = new SectionCrossValidation(all, folds).run(SectionTrainer.Settings.defaults());
        assertThat(predictions.scores(0).macroF1())
                .as("separable topics, unseen folds")
                .isGreaterThan(0.9);
        assertThat(predictions.scores(0).coverage()).isEqualTo(1.0);
        assertThat(SectionTrainer.THRESHOLDS).contains(predictions.threshold());
    }

    @Test
    void crossValidationLeavesAGroupUnclassifiedWhenTheOthersHoldOneSection() {
        var random = new Random(8);
        var all = new ArrayList<>(examples(SPORTS, Section.SPORTS, 10, random));
        all.addAll(examples(ECONOMY, Section.ECONOMY, 10, random));
        int[] byPublisher = new int[all.size()];
        for (int i = 10; i < byPublisher.length; i++) byPublisher[i] = 1; // one section per publisher
        var predictions = new SectionCrossValidation(all, byPublisher).run(SectionTrainer.Settings.defaults());
        assertThat(predictions.top()).containsOnly(Section.UNKNOWN);
        assertThat(predictions.scores(0).coverage()).isZero();
    }

    @Test
    void crossValidationRefusesGroupsThatDoNotFitTheExamples() {
        var random = new Random(9);
        var all = examples(SPORTS, Section.SPORTS, 4, random);
        assertThatThrownBy(() -> new SectionCrossValidation(all, new int[3]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("4 examples but 3 groups");
    }

    @Test
    void choosesTheThresholdOnOtherArticles() {
        var random = new Random(5);
        var dev = new ArrayList<>(examples(SPORTS, Section.SPORTS, 10, random));
        dev.addAll(examples(ECONOMY, Section.ECONOMY, 10, random));
        SectionModel model = SectionTrainer.chooseThreshold(trained(), dev);
        assertThat(model.threshold()).isBetween(0.0, 1.0);
        assertThat(SectionTrainer.THRESHOLDS).contains(model.threshold());
    }

    @Test
    void readsBackWhatItWrote(@TempDir Path dir) {
        SectionModel model = trained().withThreshold(0.4);
        Path file = dir.resolve("models").resolve(TrainedModels.SECTIONS_FILE);
        model.write(file);
        SectionModel read = TrainedModels.load(dir.resolve("models")).sections().orElseThrow();
        var title = AnalyzedText.of("الفريق يفوز");
        var body = List.of(AnalyzedText.of("ارتفعت أسعار النفط في الملعب"));
        assertThat(read.sections()).isEqualTo(model.sections());
        assertThat(read.threshold()).isEqualTo(0.4);
        double[] expected = model.probabilities(title, body);
        double[] got = read.probabilities(title, body);
        for (int c = 0; c < expected.length; c++)
            assertThat(got[c]).isCloseTo(expected[c], org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void noModelFileIsNoModel(@TempDir Path dir) {
        assertThat(TrainedModels.load(dir.resolve("absent")).sections()).isEmpty();
    }

    @Test
    void refusesAFileThatIsNoModel(@TempDir Path dir) throws IOException {
        Path file = dir.resolve(TrainedModels.SECTIONS_FILE);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("something else\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> SectionModel.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("line 1");
    }

    @Test
    void refusesTrainingOnOneSection() {
        var one = examples(SPORTS, Section.SPORTS, 5, new Random(1));
        assertThatThrownBy(() -> SectionTrainer.train(one, SectionTrainer.Settings.defaults()))
                .hasMessageContaining("two sections");
    }

    @Test
    void splitsTheCorpusByContentSoThatCopiesStayTogether() {
        assertThat(SectionCorpus.partOf("نص  الخبر\nكما هو")).isEqualTo(SectionCorpus.partOf("نص الخبر كما هو"));
        Map<SectionCorpus.Part, Integer> counts = new HashMap<>();
        for (int i = 0; i < 5000; i++) counts.merge(SectionCorpus.partOf("خبر رقم " + i), 1, Integer::sum);
        assertThat(counts.get(SectionCorpus.Part.TRAIN)).isBetween(2800, 3200);
        assertThat(counts.get(SectionCorpus.Part.DEV)).isBetween(850, 1150);
        assertThat(counts.get(SectionCorpus.Part.TEST)).isBetween(850, 1150);
    }

    @Test
    void mapsOnlyPublisherLabelsWithAnObviousMeaning() {
        assertThat(SectionCorpus.sectionOf("alwatan-url-path", "Sports")).contains(Section.SPORTS);
        assertThat(SectionCorpus.sectionOf("3alyoum-url-path", "golobal")).contains(Section.WORLD);
        assertThat(SectionCorpus.sectionOf("aljazirah-url-path", "ln"))
                .as("opaque page code")
                .isEmpty();
        assertThat(SectionCorpus.sectionOf("alwatan-url-path", "Articles"))
                .as("opinion columns")
                .isEmpty();
    }
}
