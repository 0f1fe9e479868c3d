package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class BlockAssemblerTest {

    private static String assembled(String html) {
        Document dom = Jsoup.parse("<div class='body'>" + html + "</div>");
        List<Block> blocks =
                new BlockAssembler(TextStats.of(dom.body())).assemble(List.of(dom.selectFirst("div.body")));
        return String.join(" ", blocks.stream().map(Block::text).toList());
    }

    @Test
    void keepsASuperscriptThatGoesOnAWord() {
        assertThat(assembled("<p>تضم الحديقة بحيرة على مساحة 5000 م<sup>2</sup> ونافورة كبيرة.</p>"))
                .contains("5000 م2 ونافورة");
    }

    @Test
    void dropsFootnoteAndSymbolMarks() {
        String text = assembled("<p>ارتفع عدد الزوار إلى مليون زائر<sup><a href='#n1'>1</a></sup> خلال العام الماضي."
                + "<sup>2</sup> وقالت الشركة المشغلة<sup>®</sup> إن الموسم المقبل سيكون أفضل<sup>[3]</sup>.</p>");
        assertThat(text)
                .contains("مليون زائر خلال")
                .contains("الماضي. وقالت")
                .contains("المشغلة إن")
                .contains("أفضل.");
    }

    @Test
    void dropsAnUnlinkedFootnoteNumberAfterAWord() {
        assertThat(assembled("<p>وقالت الشركة إن عدد الزوار ارتفع<sup>3</sup> خلال العام الماضي.</p>"))
                .contains("ارتفع خلال");
    }

    @Test
    void keepsAnArabicHonorificSetAsASuperscript() {
        assertThat(assembled("<p>وقال الخطيب إن النبي محمد<sup>\uFDFA</sup> دعا إلى الرحمة بالضعفاء.</p>"))
                .contains("محمد\uFDFA دعا");
    }

    @Test
    void readsOnIntoAnUnclosedSuperscript() {
        String text = assembled("<div>بدأ المهرجان أمس<sup>1</sup> في ساحة المدينة <sup>وتستمر عروضه أسبوعا كاملا"
                + "<p>ويشارك فيه فنانون من عشرين بلدا، بحسب اللجنة المنظمة.</p></div>");
        assertThat(text).contains("وتستمر عروضه أسبوعا").contains("ويشارك فيه فنانون");
    }

    @Test
    void keepsAParagraphSetInANamedAnchorButDropsALinkParagraph() {
        String text = assembled("<p><a name='q1'>ومن أكثر أسئلة المستمعين تكرارا: ماذا يقول الخبراء عن اللقاح؟</a></p>"
                + "<p><a href='/other'>اقرأ أيضا تقريرنا السابق عن حملات التطعيم في المدارس</a></p>");
        assertThat(text).contains("ومن أكثر أسئلة المستمعين").doesNotContain("اقرأ أيضا");
    }
}
