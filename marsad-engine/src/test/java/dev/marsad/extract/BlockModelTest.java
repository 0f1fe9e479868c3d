package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marsad.crawl.Page;
import dev.marsad.extract.ExtractionOutcome.Extracted;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Issue 15, part 8: the learned veto on the body's blocks, its file format and its place in the extractor. */
class BlockModelTest {

    private static final int D = BlockSample.featureNames().size();

    /** A sample whose features are noise except {@code markup_share}, which says what it is. */
    private static BlockModel.Example example(Random random, boolean content) {
        double[] x = new double[D];
        for (int j = 0; j < D; j++) x[j] = random.nextDouble();
        int markup = BlockSample.featureNames().indexOf("markup_share");
        x[markup] = content ? 0.6 + 0.4 * random.nextDouble() : 0.3 * random.nextDouble();
        return new BlockModel.Example(new BlockSample("block", x, true), content, 1);
    }

    private static List<BlockModel.Example> examples(long seed, int n) {
        Random random = new Random(seed);
        List<BlockModel.Example> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(example(random, i % 4 != 0));
        return out;
    }

    @Test
    void learnsTheFeatureThatSeparatesTextFromFurniture() {
        BlockModel model = BlockModel.fit(examples(1, 400), 0.5, 20);
        int right = 0;
        List<BlockModel.Example> test = examples(2, 200);
        for (BlockModel.Example e : test) if (model.drops(e.sample().features()) != e.content()) right++;
        assertThat(right).as("held-out examples judged right").isGreaterThanOrEqualTo(190);
    }

    @Test
    void writtenModelReadsBackWithTheSameProbabilities() {
        BlockModel model = BlockModel.fit(examples(3, 300), 0.3, 10);
        BlockModel back = BlockModel.read(model.write(List.of("a test model")), "test");
        assertThat(back.threshold()).isEqualTo(0.3);
        for (BlockModel.Example e : examples(4, 50))
            assertThat(back.probability(e.sample().features()))
                    .isCloseTo(model.probability(e.sample().features()), org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void rejectsAModelFileWithAnUnknownFeatureNamingTheLine() {
        String text = "threshold\t0.3\nbias\t1\nno_such_feature\t0\t1\t1\n";
        assertThatThrownBy(() -> BlockModel.read(text, "bad.tsv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.tsv line 3")
                .hasMessageContaining("log_chars");
    }

    @Test
    void rejectsAnIncompleteModelFile() {
        assertThatThrownBy(() -> BlockModel.read("threshold\t0.3\n", "short.tsv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("incomplete");
    }

    @Test
    void rejectsTrainingWithoutBothKinds() {
        List<BlockModel.Example> onlyText =
                examples(5, 40).stream().filter(BlockModel.Example::content).toList();
        assertThatThrownBy(() -> BlockModel.fit(onlyText, 0.3, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("both kinds");
    }

    @Test
    void rulesAloneDropNothingAndTheBundledModelIsActive() {
        assertThat(BlockModel.none().isActive()).isFalse();
        assertThat(BlockModel.bundled().isActive()).isTrue();
        assertThatThrownBy(() -> BlockModel.bundled().withThreshold(1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    private static final List<String> PARAGRAPHS = List.of(
            "<p>The council said on Monday that the new bridge would open to traffic next month, after two"
                    + " years of work that cost about two hundred million pounds, according to its statement.</p>",
            "<p>Engineers had to close the old crossing twice during the works, and the buses that used it"
                    + " were sent on a long detour through the villages to the north of the river.</p>",
            "<p>Residents welcomed the news, although several shop owners said that the closures had cost"
                    + " them a large part of their trade over the summer, when visitors usually come.</p>",
            "<p>The new bridge has two lanes in each direction, a cycle path and a footpath, and it is"
                    + " expected to carry about forty thousand vehicles a day once it is fully open.</p>");

    /** An article of four paragraphs in its markup, then a line of another markup under it. */
    private static Page page(int n) {
        String html = "<html><head><title>Bridge " + n + "</title></head><body><div class=\"story\">"
                + String.join("", PARAGRAPHS) + "<div class=\"zz\"><span>Weekend market " + n
                + " tickets and opening hours</span></div></div></body></html>";
        return Page.of(
                URI.create("https://bridge.example/news/" + n), html.getBytes(StandardCharsets.UTF_8), "text/html");
    }

    @Test
    void aTrainedModelVetoesTheBlockTheRulesKept() {
        ArticleExtractor rules = new ArticleExtractor(BlockModel.none());
        List<BlockModel.Example> train = new ArrayList<>();
        for (int n = 0; n < 6; n++)
            for (BlockSample s : rules.blockSamples(page(n)))
                train.add(new BlockModel.Example(s, !s.text().startsWith("Weekend market"), 1));
        assertThat(train).as("samples of six pages").hasSize(30);
        BlockModel model = BlockModel.fit(train, 0.5, 10);

        Article kept = ((Extracted) rules.extract(page(7))).article();
        Article vetoed = ((Extracted) new ArticleExtractor(model).extract(page(7))).article();
        assertThat(kept.plainText()).as("rules alone").contains("Weekend market 7");
        assertThat(vetoed.plainText()).as("with the model").doesNotContain("Weekend market");
        assertThat(vetoed.body()).hasSize(4);
    }
}
