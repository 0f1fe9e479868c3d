package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marsad.crawl.Page;
import dev.marsad.extract.ExtractionOutcome.Extracted;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, part 8: the learned cut of a run of blocks at the body's edges (a publisher's "about
 * us" note and a contact line in the article's own markup), its features, its file format and its
 * place in the extractor. The page is written for this test.
 */
class EdgeModelTest {

    private static final List<String> NAMES = EdgeModel.featureNames();

    private static final String[] ARTICLE = {
        "أعلنت وزارة المياه في المحافظة الجنوبية عن خطة جديدة لإصلاح شبكة الري القديمة التي تخدم آلاف المزارعين في القرى المحيطة بالسد، وقالت إن العمل سيبدأ مطلع الشهر المقبل.",
        "وأوضح المتحدث باسم الوزارة أن الخطة تشمل استبدال القنوات الترابية بأنابيب مغلقة تقلل الفاقد من المياه، إلى جانب تركيب عدادات ذكية في المزارع الكبيرة.",
        "وقال عدد من المزارعين إنهم عانوا خلال الصيف الماضي من انقطاع المياه لأيام متتالية، ما أدى إلى تلف جزء من محصول الطماطم والبطيخ في المنطقة.",
        "وتقدر الوزارة كلفة المشروع بنحو أربعين مليون دينار، يأتي نصفها من قرض ميسر والنصف الآخر من موازنة المحافظة للعام المقبل بحسب البيان الرسمي.",
        "ويرى خبراء في إدارة الموارد المائية أن نجاح الخطة مرهون بصيانة دورية للشبكة بعد تركيبها، وبمشاركة جمعيات المزارعين في مراقبة التوزيع بين القرى.",
        "ومن المتوقع أن ينتهي العمل في المرحلة الأولى قبل موسم الزراعة الشتوي، على أن تشمل المرحلة الثانية القرى الواقعة شمال السد في العام التالي.",
    };

    private static final String ABOUT =
            "عن نهضة نيوز: تأسست نهضة نيوز عام ٢٠١٠ وهي منصة إخبارية مستقلة تغطي شؤون المنطقة.";

    private static final String CONTACT =
            "يمكن إرسال الملاحظات والتصحيحات إلى فريق التحرير عبر البريد desk@nahdanews.example في أي وقت.";

    private static Page page() {
        StringBuilder html = new StringBuilder("<html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">"
                + "<title>خطة لإصلاح شبكة الري</title><meta property=\"og:site_name\" content=\"نهضة نيوز\"></head>"
                + "<body><nav><a href=\"/\">الرئيسية</a> <a href=\"/local\">محليات</a></nav><article>"
                + "<h1>خطة لإصلاح شبكة الري</h1><div class=\"story-text\">");
        for (String p : ARTICLE) html.append("<p>").append(p).append("</p>");
        html.append("<p>").append(ABOUT).append("</p><p>").append(CONTACT).append("</p>");
        html.append("</div></article><footer>جميع الحقوق محفوظة</footer></body></html>");
        return Page.of(
                URI.create("https://www.nahdanews.example/2026/12/06/irrigation.html"),
                html.toString().getBytes(StandardCharsets.UTF_8),
                "text/html; charset=utf-8");
    }

    /**
     * A model file that weighs only what a publisher's note shows: it names the site and gives a
     * contact, at the end of the body (every mean 0 and scale 1, so each weight acts on the raw value).
     */
    private static EdgeModel handWritten(double threshold) {
        Map<String, Double> weights = Map.of("trailing", 0.5, "names_site", 6.0, "contact", 1.0);
        StringBuilder text = new StringBuilder("threshold\t" + threshold + "\nbias\t-6\n");
        for (String name : NAMES)
            text.append(name)
                    .append("\t0\t1\t")
                    .append(weights.getOrDefault(name, 0.0))
                    .append('\n');
        return EdgeModel.read(text.toString(), "hand.tsv");
    }

    private static String body(EdgeModel model) {
        var outcome = new ArticleExtractor(BlockModel.none(), NodeModel.none(), model).extract(page());
        assertThat(outcome).isInstanceOf(Extracted.class);
        return String.join("\n", ((Extracted) outcome).article().paragraphs());
    }

    @Test
    void cutsThePublishersNoteAndContactLineAtTheEndOfTheBody() {
        String without = body(EdgeModel.none());
        assertThat(without).as("no cut").contains(ABOUT).contains(CONTACT);
        String cut = body(handWritten(0.7));
        assertThat(cut).as("cut").doesNotContain("عن نهضة نيوز").doesNotContain("desk@");
        for (String p : ARTICLE) assertThat(cut).as("article paragraph kept").contains(p);
    }

    @Test
    void aThresholdAboveOneCutsNothing() {
        assertThat(handWritten(2).isActive()).isFalse();
        assertThat(body(handWritten(2))).contains(ABOUT).contains(CONTACT);
    }

    @Test
    void theExtractorGivesTheRunsItJudges() {
        var body = new ArticleExtractor(BlockModel.none(), NodeModel.none(), EdgeModel.none()).edgeBody(page());
        assertThat(body.blocks()).extracting(BlockSample::text).contains(ABOUT, CONTACT);
        EdgeModel.Run last = body.runs().getFirst();
        assertThat(last.trailing()).isTrue();
        assertThat(last.blocks()).isEqualTo(1);
        assertThat(last.features()[NAMES.indexOf("names_site")])
                .as("contact line names the site")
                .isEqualTo(1);
        assertThat(last.features()[NAMES.indexOf("contact")]).isEqualTo(1);
        assertThat(last.features()[NAMES.indexOf("rest_names_site")])
                .as("the article's paragraphs do not name the site")
                .isLessThan(0.2);
    }

    private static BlockSample block(String text, boolean judged) {
        double[] f = new double[BlockSample.featureNames().size()];
        f[BlockSample.featureNames().indexOf("log_chars")] = Math.log1p(text.length());
        return new BlockSample(text, f, judged);
    }

    @Test
    void aRunNeverHoldsMoreThanItsShareOfTheBodyNorEveryBlock() {
        List<BlockSample> body = new ArrayList<>();
        for (int i = 0; i < 5; i++) body.add(block("نص ".repeat(30), true));
        body.add(block("نص ".repeat(200), true));
        List<EdgeModel.Run> runs = EdgeFeatures.runs(body, EdgeHints.NONE);
        for (EdgeModel.Run r : runs) {
            assertThat(r.blocks()).isLessThan(body.size());
            assertThat(r.features()[NAMES.indexOf("share")]).isLessThanOrEqualTo(EdgeFeatures.MAX_SHARE);
        }
        assertThat(runs).as("the long last block alone is over the share").noneMatch(EdgeModel.Run::trailing);
        assertThat(runs).filteredOn(r -> !r.trailing()).hasSize(EdgeFeatures.MAX_LEADING);
    }

    @Test
    void aRunStopsAtABlockTheModelDoesNotJudge() {
        List<BlockSample> body = new ArrayList<>();
        for (int i = 0; i < 8; i++) body.add(block("نص ".repeat(30), true));
        body.set(6, block("نص ".repeat(30), false));
        List<EdgeModel.Run> trailing = EdgeFeatures.runs(body, EdgeHints.NONE).stream()
                .filter(EdgeModel.Run::trailing)
                .toList();
        assertThat(trailing).extracting(EdgeModel.Run::blocks).containsExactly(1);
    }

    @Test
    void hintsFindTheSiteTheAuthorAContactAndTheDescription() {
        var meta = new PageMetadata(
                Optional.empty(),
                URI.create("https://news.nahdanews.co.uk/a"),
                Optional.of("خطة جديدة لإصلاح شبكة الري القديمة في المحافظة الجنوبية"),
                Optional.empty(),
                Optional.empty(),
                List.of("سلمى الحداد"),
                Optional.empty(),
                Optional.empty(),
                Optional.of("نهضة نيوز"),
                "ar",
                List.of(),
                Optional.empty(),
                true);
        EdgeHints hints = EdgeHints.of(URI.create("https://news.nahdanews.co.uk/a"), meta);
        assertThat(hints.siteKeys()).containsExactly("nahdanews", "نهضةنيوز");
        assertThat(hints.namesSite("تابعوا NahdaNews على الشبكات")).isTrue();
        assertThat(hints.namesSite("قالت نهضة نيوز إن")).isTrue();
        assertThat(hints.namesSite("قالت الوزارة إن")).isFalse();
        assertThat(hints.authorWords()).isEqualTo(Set.of("سلمى", "الحداد"));
        assertThat(hints.namesAuthor("سلمى الحداد صحفية تغطي شؤون البيئة")).isTrue();
        assertThat(hints.repeatsDescription("خطة جديدة لإصلاح شبكة الري القديمة في المحافظة الجنوبية"))
                .isTrue();
        assertThat(hints.repeatsDescription("وقال عدد من المزارعين إنهم عانوا خلال الصيف الماضي"))
                .isFalse();
        assertThat(EdgeHints.hasContact("راسلونا على desk@example.org")).isTrue();
        assertThat(EdgeHints.hasContact("تابعونا على @nahda")).isTrue();
        assertThat(EdgeHints.hasContact("قال الوزير إن الخطة ستبدأ")).isFalse();
    }

    private static List<EdgeModel.Example> examples(long seed, int n) {
        Random random = new Random(seed);
        List<EdgeModel.Example> out = new ArrayList<>();
        int site = NAMES.indexOf("names_site");
        for (int i = 0; i < n; i++) {
            boolean goes = i % 5 == 0;
            double[] x = new double[NAMES.size()];
            for (int j = 0; j < x.length; j++) x[j] = random.nextDouble();
            x[site] = goes ? 0.7 + 0.3 * random.nextDouble() : 0.4 * random.nextDouble();
            out.add(new EdgeModel.Example(new EdgeModel.Run(true, 1, x), goes, 1));
        }
        return out;
    }

    @Test
    void learnsTheFeatureThatSeparatesARunToCut() {
        EdgeModel model = EdgeModel.fit(examples(1, 500), 0.5, 10);
        int right = 0;
        for (EdgeModel.Example e : examples(2, 200))
            if ((model.probability(e.run().features()) >= 0.5) == e.goes()) right++;
        assertThat(right).as("held-out runs judged right").isGreaterThanOrEqualTo(190);
    }

    @Test
    void writtenModelReadsBackWithTheSameProbabilities() {
        EdgeModel model = EdgeModel.fit(examples(3, 300), 0.8, 10);
        EdgeModel back = EdgeModel.read(model.write(List.of("a test model")), "test");
        assertThat(back.threshold()).isEqualTo(0.8);
        for (EdgeModel.Example e : examples(4, 50))
            assertThat(back.probability(e.run().features()))
                    .isCloseTo(model.probability(e.run().features()), Offset.offset(1e-4));
    }

    @Test
    void rejectsAMalformedOrIncompleteModelFile() {
        assertThatThrownBy(() -> EdgeModel.read("threshold\t0.8\nbias\t1\nno_such\t0\t1\t1\n", "bad.tsv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.tsv line 3")
                .hasMessageContaining("trailing");
        assertThatThrownBy(() -> EdgeModel.read("threshold\t0.8\n", "short.tsv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("incomplete");
        assertThatThrownBy(() -> EdgeModel.none().withThreshold(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
