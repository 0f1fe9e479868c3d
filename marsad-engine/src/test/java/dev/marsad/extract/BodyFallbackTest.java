package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class BodyFallbackTest {

    private static final String DESCRIPTION = "توقفت المسابقات الرياضية في المدينة منذ ثلاثة أسابيع بسبب الإغلاق."
            + " وتبدو الملاعب خالية تماما، فيما ينتظر اللاعبون والجمهور قرار العودة.";

    private static final String VIDEO_PAGE = "<html><body><main><article class='video-page'>"
            + "<h2>الرياضة في زمن الإغلاق: ملاعب بلا جمهور ولا مباريات</h2>"
            + "<div class='player'><video src='/v/stadiums.mp4'></video></div>"
            + "<div class='item-caption'><p class='item-description'>" + DESCRIPTION + "</p></div>"
            + "</article></main></body></html>";

    private static String text(List<Block> blocks) {
        return String.join(" ", blocks.stream().map(Block::text).toList());
    }

    @Test
    void assemblerSkipsCaptionsUnlessAskedToReadThem() {
        Document dom = Jsoup.parse(VIDEO_PAGE);
        TextStats stats = TextStats.of(dom.body());
        List<org.jsoup.nodes.Element> roots = List.of(dom.selectFirst("article"));
        assertThat(text(new BlockAssembler(stats).assemble(roots))).doesNotContain("توقفت المسابقات");
        assertThat(text(new BlockAssembler(stats, BlockAssembler.Captions.READ).assemble(roots)))
                .contains(DESCRIPTION);
    }

    @Test
    void readsTheCaptionOfAPageWithNoOtherText() {
        assertThat(text(BodyFallback.better(List.of(), VIDEO_PAGE, "https://riyada.example/video/1")))
                .contains(DESCRIPTION);
    }

    @Test
    void keepsSkippingCaptionsBesideABody() {
        String body = "<p>وقال مدير الملعب إن أعمال الصيانة مستمرة، وإن العشب سيكون جاهزا قبل استئناف المسابقات،"
                + " مشيرا إلى أن الإدارة تتابع قرارات اللجنة الأولمبية يوميا.</p>";
        String page = VIDEO_PAGE.replace("</article>", body + "</article>");
        List<Block> found = List.of(new Block.Paragraph("الرياضة في زمن الإغلاق"));
        assertThat(text(BodyFallback.better(found, page, "https://riyada.example/video/2")))
                .doesNotContain("توقفت المسابقات");
    }

    @Test
    void readsCaptionsButNotBylinesOrCreditsOfAPageWithNoOtherText() {
        String page = VIDEO_PAGE.replace(
                "<div class='player'>",
                "<div class='byline'>تقرير: سامر الخطيب</div><div class='credit'>تصوير: وكالة الأنباء</div><div class='player'>");
        String text = text(BodyFallback.better(List.of(), page, "https://riyada.example/video/3"));
        assertThat(text).contains(DESCRIPTION).doesNotContain("سامر الخطيب").doesNotContain("وكالة الأنباء");
    }
}
