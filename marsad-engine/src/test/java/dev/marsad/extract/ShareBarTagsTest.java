package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.crawl.Page;
import dev.marsad.extract.ExtractionOutcome.Extracted;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: a share bar's labels ("إكس", "فيسبوك", "نسخ الرابط") are never read as tags, also when
 * the tag list beside it is empty and the label "الوسوم" reaches over to the share bar.
 */
class ShareBarTagsTest {

    private static final URI URL = URI.create("https://share.example/ar/news/7");
    private static final String BODY =
            "<p>أعلنت هيئة الموانئ اليوم الثلاثاء افتتاح رصيف جديد في الميناء الشمالي بطاقة مليوني حاوية سنويا.</p>"
                    + "<p>وقال رئيس الهيئة في مؤتمر صحفي إن الرصيف سيخفف الازدحام الذي تشهده الموانئ منذ مطلع العام.</p>"
                    + "<p>وأضاف أن المرحلة الثانية من المشروع ستبدأ في الربيع المقبل وتكتمل خلال ثمانية عشر شهرا.</p>";

    private final ArticleExtractor extractor = new ArticleExtractor();

    private Extracted extract(String footer) {
        String html = "<html><head><meta charset=\"utf-8\"><title>رصيف جديد في الميناء الشمالي</title></head>"
                + "<body><article><h1>رصيف جديد في الميناء الشمالي</h1>" + BODY
                + "<footer class=\"story__footer\">" + footer + "</footer></article></body></html>";
        var outcome = extractor.extract(Page.of(URL, html.getBytes(StandardCharsets.UTF_8), "text/html"));
        assertThat(outcome).isInstanceOf(Extracted.class);
        return (Extracted) outcome;
    }

    private static final String SHARE_BAR = "<div class=\"story__share\">شارك: <a href=\"#\">إكس</a> "
            + "<a href=\"#\">فيسبوك</a> <a href=\"#\">نسخ الرابط</a></div>";

    @Test
    void anEmptyTagListBesideAShareBarGivesNoTags() {
        var page = extract("<div class=\"story__tags\"><span>الوسوم</span><ul></ul></div>" + SHARE_BAR);
        assertThat(page.article().tags()).isEmpty();
        assertThat(page.article().body().toString()).doesNotContain("نسخ الرابط");
    }

    @Test
    void linkedTagsBesideAShareBarAreTheTagsAlone() {
        var page = extract("<div class=\"story__tags\"><span>الوسوم</span><ul>"
                + "<li><a href=\"/tag/ports\">الموانئ</a></li><li><a href=\"/tag/trade\">التجارة البحرية</a></li>"
                + "</ul></div>" + SHARE_BAR);
        assertThat(page.article().tags()).containsExactly("الموانئ", "التجارة البحرية");
    }

    @Test
    void aPlainTagListSharingItsBoxWithShareButtonsKeepsOnlyItsTags() {
        var page = extract("<div class=\"tags\"><span>الوسوم:</span> الموانئ، التجارة البحرية "
                + "<span class=\"share\"><a href=\"#\">واتساب</a> <a href=\"#\">نسخ الرابط</a></span></div>");
        assertThat(page.article().tags()).containsExactly("الموانئ", "التجارة البحرية");
    }
}
