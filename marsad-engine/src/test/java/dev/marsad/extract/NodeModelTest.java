package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marsad.crawl.Page;
import dev.marsad.extract.ExtractionOutcome.Extracted;
import dev.marsad.extract.ExtractionOutcome.RejectReason;
import dev.marsad.extract.ExtractionOutcome.Rejected;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Issue 15, part 8: the learned choice of the body's container, its file format and its place in the extractor. */
class NodeModelTest {

    private static final int D = NodeModel.featureNames().size();
    private static final int PARAGRAPHS = NodeModel.featureNames().indexOf("paragraph_share");

    /** A page of candidates with noise features, where the one with the most paragraph text is best. */
    private static NodeModel.Ranking ranking(Random random, int candidates) {
        List<double[]> features = new ArrayList<>();
        double[] quality = new double[candidates];
        for (int i = 0; i < candidates; i++) {
            double[] x = new double[D];
            for (int j = 0; j < D; j++) x[j] = random.nextDouble();
            features.add(x);
            quality[i] = x[PARAGRAPHS];
        }
        return new NodeModel.Ranking(features, quality);
    }

    private static List<NodeModel.Ranking> rankings(long seed, int pages) {
        Random random = new Random(seed);
        List<NodeModel.Ranking> out = new ArrayList<>();
        for (int i = 0; i < pages; i++) out.add(ranking(random, 2 + i % 4));
        return out;
    }

    private static int best(NodeModel.Ranking r) {
        int best = 0;
        for (int i = 1; i < r.quality().length; i++) if (r.quality()[i] > r.quality()[best]) best = i;
        return best;
    }

    @Test
    void learnsWhichCandidateIsCloserToTheArticle() {
        NodeModel model = NodeModel.fit(rankings(1, 300), 0);
        List<NodeModel.Ranking> test = rankings(2, 100);
        long right = test.stream()
                .filter(r -> model.choose(r.candidates()) == best(r))
                .count();
        assertThat(right)
                .as("held-out pages where the best candidate is chosen")
                .isGreaterThanOrEqualTo(90);
    }

    @Test
    void keepsTheRulesChoiceUnlessAnotherRanksAboveItByTheMargin() {
        NodeModel model = NodeModel.fit(rankings(3, 300), 0);
        Random random = new Random(4);
        double[] rules = new double[D];
        double[] slightlyBetter = new double[D];
        for (int j = 0; j < D; j++) rules[j] = slightlyBetter[j] = random.nextDouble();
        rules[PARAGRAPHS] = 0.5;
        slightlyBetter[PARAGRAPHS] = 0.52;
        List<double[]> page = List.of(rules, slightlyBetter);
        assertThat(model.choose(page)).as("margin 0").isEqualTo(1);
        double gap = model.score(slightlyBetter) - model.score(rules);
        assertThat(model.withMargin(gap * 2).choose(page))
                .as("margin twice the gap")
                .isZero();
        assertThat(NodeModel.none().choose(page)).as("rules alone").isZero();
    }

    @Test
    void writtenModelReadsBackWithTheSameScores() {
        NodeModel model = NodeModel.fit(rankings(5, 200), 1.5);
        NodeModel back = NodeModel.read(model.write(List.of("a test model")), "test");
        assertThat(back.margin()).isEqualTo(1.5);
        for (NodeModel.Ranking r : rankings(6, 20))
            for (double[] c : r.candidates())
                assertThat(back.score(c)).isCloseTo(model.score(c), org.assertj.core.data.Offset.offset(1e-3));
    }

    @Test
    void rejectsAModelFileWithAnUnknownFeatureNamingTheLine() {
        assertThatThrownBy(() -> NodeModel.read("margin\t1\nno_such_feature\t0\t1\t1\n", "bad.tsv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.tsv line 2")
                .hasMessageContaining("no_such_feature");
        assertThatThrownBy(() -> NodeModel.read("margin\t1\n", "short.tsv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("incomplete");
    }

    @Test
    void rejectsTrainingWithoutCandidatesOfDifferentQuality() {
        double[] x = new double[D];
        var tie = new NodeModel.Ranking(List.of(x, x), new double[] {0.5, 0.5});
        assertThatThrownBy(() -> NodeModel.fit(List.of(tie), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("different quality");
    }

    @Test
    void theBundledModelIsActive() {
        assertThat(NodeModel.bundled().isActive()).isTrue();
        assertThat(NodeModel.none().isActive()).isFalse();
    }

    private static final String ARTICLE = "<p>The city council approved the new bridge on Tuesday, after a debate"
            + " that lasted most of the afternoon and ended with a clear vote.</p>"
            + "<p>Work on the crossing will start in the spring, the mayor said, and the first lanes should"
            + " open to traffic within two years if the weather allows.</p>"
            + "<p>Residents of the east bank, who now drive for forty minutes to reach the centre, welcomed"
            + " the decision and asked that the footpath be built first.</p>"
            + "<p>The bridge will cost about two hundred million, of which the state pays half, according"
            + " to the budget that the council published last week.</p>";

    private static final String OTHER = "<p>Readers wrote in about the weather, the trains and the price of"
            + " bread, and one of them, a retired teacher, sent a long letter about the school.</p>"
            + "<p>Another reader asked why the market closes so early on Sundays, and whether the stalls could"
            + " stay open until the evening in the summer months.</p>"
            + "<p>A third reader, who walks her dog along the river every morning, wanted to know when the"
            + " benches by the water will be painted again.</p>";

    /** An article in a box of its own, beside a box of other prose, both in one wrapper. */
    private static Page page() {
        String html = "<html><head><title>Bridge</title></head><body><div class=\"wrap\">"
                + "<div class=\"zz\">" + ARTICLE + "</div><div class=\"yy\">" + OTHER + "</div>"
                + "</div></body></html>";
        return Page.of(URI.create("https://bridge.example/news/1"), html.getBytes(StandardCharsets.UTF_8), "text/html");
    }

    @Test
    void aTrainedModelChoosesTheArticlesBoxOverTheWrapperTheRulesTake() {
        var rules = new ArticleExtractor(BlockModel.none(), NodeModel.none());
        Page page = page();
        String ruled = ((Extracted) rules.extract(page)).article().plainText();
        assertThat(ruled).as("the rules take the wrapper").contains("retired teacher");
        List<double[]> candidates = rules.nodeCandidates(page);
        assertThat(candidates).as("the rules' choice and the article's box").hasSizeGreaterThanOrEqualTo(2);
        assertThat(candidates.getFirst()[NodeModel.featureNames().indexOf("rules_choice")])
                .isEqualTo(1);
        double[] quality = new double[candidates.size()];
        for (int i = 0; i < quality.length; i++) {
            var outcome = rules.extractWithNode(page, i);
            String text = outcome instanceof Extracted e ? e.article().plainText() : "";
            quality[i] = text.contains("bridge") && !text.contains("retired teacher") ? 1 : 0;
        }
        NodeModel model = NodeModel.fit(List.of(new NodeModel.Ranking(candidates, quality)), 0);
        String chosen = ((Extracted) new ArticleExtractor(BlockModel.none(), model).extract(page))
                .article()
                .plainText();
        assertThat(chosen).contains("new bridge on Tuesday").doesNotContain("retired teacher");
    }

    @Test
    void theRulesChoiceIsCandidateZeroAndAMissingCandidateIsAClearRejection() {
        var rules = new ArticleExtractor(BlockModel.none(), NodeModel.none());
        Page page = page();
        assertThat(((Extracted) rules.extractWithNode(page, 0)).article().plainText())
                .isEqualTo(((Extracted) rules.extract(page)).article().plainText());
        var missing = rules.extractWithNode(page, 99);
        assertThat(missing).isInstanceOf(Rejected.class);
        assertThat(((Rejected) missing).reason()).isEqualTo(RejectReason.EXTRACTOR_FAILURE);
        assertThat(((Rejected) missing).detail()).contains("node choice 99");
    }
}
