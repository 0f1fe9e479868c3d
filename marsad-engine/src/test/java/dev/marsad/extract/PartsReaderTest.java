package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PartsReaderTest {

    private static PageParts read(Document dom) {
        PageIndex index = PageIndex.of(dom);
        return new PartsReader().readAndRemove(dom.body(), index.embedCandidates, index.bodyText);
    }

    @Test
    void labelClosingTheTextTakesTheLinksAfterItsWrapperAndLeavesTheText() {
        String text = "<p>وقالت الوزارة إن الحملة ستستمر حتى نهاية الشهر الجاري في جميع المحافظات.</p>";
        Document dom = Jsoup.parse("<article><div class='text'>" + text + "<p>اقرأ أيضاً</p></div>"
                + "<div><a href='/a'>الحكومة تقر خطة جديدة للنقل</a> <a href='/b'>افتتاح جسر في المدينة</a></div>"
                + "</article>");
        PageParts parts = read(dom);
        assertThat(parts.relatedLinks())
                .extracting(RelatedLink::title)
                .containsExactly("الحكومة تقر خطة جديدة للنقل", "افتتاح جسر في المدينة");
        assertThat(dom.body().text()).contains("وقالت الوزارة").doesNotContain("اقرأ أيضاً");
    }
}
