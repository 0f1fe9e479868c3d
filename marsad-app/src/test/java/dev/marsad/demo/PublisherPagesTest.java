package dev.marsad.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marsad.crawl.Page;
import dev.marsad.extract.ArticleExtractor;
import dev.marsad.extract.ExtractionOutcome;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Articles from elsewhere rendered in the demo publishers' layouts, as the ingest benchmarks read them. */
class PublisherPagesTest {

    private static final OffsetDateTime PUBLISHED = OffsetDateTime.of(2015, 7, 21, 15, 37, 0, 0, ZoneOffset.ofHours(3));

    private final PublisherPages pages = new PublisherPages();

    private static PublisherPages.Draft draft(String id, String publisher, int number) {
        return new PublisherPages.Draft(
                id,
                publisher,
                number,
                "sports",
                PUBLISHED,
                "الأهلي يقترب من ضم الظهير الأيمن حسن معاذ",
                List.of("نايف عبدالله"),
                List.of(
                        "أوضح المركز الإعلامي للنادي الأهلي تفاصيل مفاوضاته مع الظهير الأيمن لنادي الشباب حسن معاذ،"
                                + " حيث بيّن أن الإدارة الشبابية قد ردت عليهم بالموافقة على انتقاله بعد عودة المفاوضات.",
                        "وحصلت الصحيفة على نسخة من خطاب الموافقة الشبابية لانتقال معاذ إلى صفوف النادي الأهلي،"
                                + " ويعزز الخطاب مصداقية الإدارة الأهلاوية أمام جماهيرها ويثبت جديتها في المفاوضات.",
                        "وكانت إدارة النادي قد عاودت اتصالاتها الرسمية خلال الأيام الماضية مع إدارة نادي الشباب"
                                + " بشأن انتقال اللاعب إلى صفوف الفريق الأول لكرة القدم بعد مخاطبات رسمية."),
                List.of("الأهلي", "الشباب"));
    }

    @Test
    void everyPublisherRendersAnArticleTheExtractorReadsWithTitleDateAndBody() {
        List<String> ids = pages.publisherIds();
        assertThat(ids).containsExactly("nafitha", "alraed", "sada", "almadar");
        List<PublisherPages.Draft> drafts = ids.stream()
                .map(p -> draft("snn-" + p, p, 100_001 + ids.indexOf(p)))
                .toList();

        List<PublisherPages.RenderedPage> rendered = pages.render(drafts);

        var extractor = new ArticleExtractor();
        for (PublisherPages.RenderedPage page : rendered) {
            ExtractionOutcome outcome = extractor.extract(new Page(
                    page.url(),
                    200,
                    Map.of("Content-Type", List.of(page.contentType())),
                    page.body(),
                    page.lastModified()));
            assertThat(outcome).as(page.publisher()).isInstanceOf(ExtractionOutcome.Extracted.class);
            var article = ((ExtractionOutcome.Extracted) outcome).article();
            assertThat(article.title()).as(page.publisher()).contains("حسن معاذ");
            assertThat(article.published()).as(page.publisher()).isPresent();
            assertThat(article.plainText()).as(page.publisher()).contains("خطاب الموافقة الشبابية");
        }
    }

    @Test
    void pagesComeInTheOrderOfTheDraftsUnderTheirOwnNumbers() {
        List<PublisherPages.RenderedPage> first =
                pages.render(List.of(draft("b", "nafitha", 100_002), draft("a", "sada", 100_001)));
        List<PublisherPages.RenderedPage> second = pages.render(List.of(draft("c", "nafitha", 100_003)));

        assertThat(first).extracting(PublisherPages.RenderedPage::id).containsExactly("b", "a");
        assertThat(first.get(0).url()).hasToString("http://nafitha.example/news/100002");
        assertThat(first.get(1).url()).hasToString("http://sada.example/article.php?id=100001");
        assertThat(first.get(1).contentType())
                .as("the legacy site names no charset")
                .isEqualTo("text/html");
        assertThat(second.getFirst().url()).isNotEqualTo(first.getFirst().url());
    }

    @Test
    void rejectsAnUnknownPublisherAndTwiceUsedIds() {
        assertThatThrownBy(() -> pages.render(List.of(draft("a", "nowhere", 1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nowhere");
        assertThatThrownBy(() -> pages.render(List.of(draft("a", "sada", 1), draft("a", "sada", 2))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'a'");
    }
}
